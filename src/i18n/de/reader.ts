import type { CatalogueOf } from "../catalogue-types.js";
import type { readerEn } from "../en/reader.js";

/** Reading an export, writing the output folder, saved reports. */
export const readerDe: CatalogueOf<typeof readerEn> = {
  "reader.warning.duplicateEntry":
    "„{path}“ kommt im Archiv zweimal vor; nur die erste Kopie wurde gelesen.",
  "reader.warning.shapeMismatch":
    "„{path}“ ist wie eine Datei mit {named}-Daten benannt, enthält aber {holds}-Daten; sie wurde als {holds} gelesen.",
  "reader.warning.duplicateHistory": {
    one: "{count} Verlaufseintrag kam doppelt vor (gleiche Trakt-Verlaufs-ID) und wurde einmal gezählt.",
    other:
      "{count} Verlaufseinträge kamen doppelt vor (gleiche Trakt-Verlaufs-IDs) und wurden jeweils einmal gezählt.",
  },
  "reader.warning.listWithoutItems":
    "Die Liste „{name}“ steht in lists-lists.json, aber ihre Datei mit den Einträgen ({file}) fehlt; sie wurde nicht exportiert.",
  "reader.warning.truncated":
    "„{path}“ enthält genau {entries} Einträge, eine Seitengröße der Trakt-API: Die Sicherung hat womöglich nur die erste Seite gespeichert. Gleichen Sie sie mit Ihrem Trakt-Profil ab.",
  "reader.inputSymlink":
    "„{path}“ ist ein symbolischer Link; übergeben Sie stattdessen den tatsächlichen Pfad des Exports.",
  "reader.notFileOrFolder":
    "„{path}“ ist weder eine Datei noch ein Ordner. Übergeben Sie einen Trakt-Datenexport (.zip) oder dessen Ordner.",
  "reader.fileTooBig":
    "„{path}“ ist {size} MiB groß und überschreitet die Grenze von {limit} MiB pro Datei; das kann keine Trakt-Exportdatei sein.",
  "reader.cannotListFolder":
    "Der Ordner „{path}“ lässt sich nicht auflisten: {reason}.",
  "reader.tooManyFiles":
    "Der Ordner „{path}“ enthält mehr als {limit} Dateien; ein Trakt-Export hat weit weniger. Richten Sie --from auf den Export selbst.",
  "reader.totalTooBig":
    "„{path}“ würde entpackt {size} MiB ergeben, mehr als die Grenze von {limit} MiB; das ist kein plausibler Trakt-Export (oder eine ZIP-Bombe). Es wurde nichts geschrieben.",
  "reader.tooManyEntries":
    "„{path}“ enthält mehr als {limit} Einträge; ein Trakt-Export hat weit weniger. Es wurde nichts gelesen.",
  "reader.zipDamaged":
    "„{path}“ ist beschädigt oder unsicher ({reason}). Laden Sie den Export erneut von Trakt herunter.",
  "reader.entryTooBig":
    "„{path}“ ist {size} MiB groß und überschreitet die Grenze von {limit} MiB pro Datei. Ersetzen Sie sie durch die Datei aus Ihrem Trakt-Export; es wurde nichts geschrieben.",
  "reader.entryInflation":
    "„{path}“ wird beim Entpacken {ratio}-mal so groß wie komprimiert, mehr als die Grenze von {limit} (eine ZIP-Bombe). Ersetzen Sie sie durch die Datei aus Ihrem Trakt-Export; es wurde nichts geschrieben.",
  "reader.entryEncrypted":
    "„{path}“ ist verschlüsselt. Ersetzen Sie sie durch die Datei aus Ihrem Trakt-Export; es wurde nichts geschrieben.",
  "reader.entryNotRegular":
    "„{path}“ ist keine reguläre Datei (Links und Spezialdateien werden nicht verfolgt). Ersetzen Sie sie durch die Datei aus Ihrem Trakt-Export; es wurde nichts geschrieben.",
  "reader.entryCannotOpen":
    "„{path}“ lässt sich nicht öffnen ({reason}). Ersetzen Sie sie durch die Datei aus Ihrem Trakt-Export; es wurde nichts geschrieben.",
  "reader.entryDamaged":
    "„{path}“ lässt sich nicht aus „{zip}“ lesen: {reason}. Das Archiv scheint beschädigt zu sein; laden Sie den Export erneut von Trakt herunter.",
  "reader.entrySizeMismatch":
    "„{path}“ in „{zip}“ entpackt sich nicht zu den {declared} Bytes, die sein Header angibt: Das Archiv ist beschädigt oder darauf angelegt zu täuschen (eine ZIP-Bombe). Laden Sie den Export erneut von Trakt herunter; es wurde nichts geschrieben.",
  "reader.entryOverCap":
    "„{path}“ in „{zip}“ wird entpackt größer als {limit} MiB, die Grenze pro Datei (eine ZIP-Bombe). Laden Sie den Export erneut von Trakt herunter; es wurde nichts geschrieben.",
  "reader.tooDense":
    "„{path}“ enthält {containers} JSON-Objekte oder -Arrays in {bytes} Bytes, viel zu viele winzige Werte für Trakt-Daten. Verwenden Sie die Dateien Ihres Trakt-Exports; es wurde nichts geschrieben.",
  "reader.notArray":
    "„{path}“ sollte ein JSON-Array mit {kind}-Einträgen enthalten, enthält aber einen Wert vom Typ {type}. Laden Sie den Export erneut von Trakt herunter; es wurde nichts geschrieben.",
  "writer.cannotInspect": "„{path}“ lässt sich nicht prüfen: {reason}.",
  "writer.outputSymlink":
    "In „{path}“ wird nicht geschrieben: Das ist ein symbolischer Link, und Exporte werden nie über Links geschrieben. Übergeben Sie mit --output einen echten Ordner.",
  "writer.notAFolder":
    "Der Export kann nicht nach „{path}“ geschrieben werden: Der Pfad existiert und ist kein Ordner. Übergeben Sie mit --output einen Ordnerpfad.",
  "writer.outsideOutput":
    "„{path}“ wird nicht geschrieben: Der Pfad liegt außerhalb des Ausgabeordners.",
  "writer.cannotStage":
    "Neben „{path}“ lässt sich kein Ordner anlegen: {reason}. Prüfen Sie, ob der übergeordnete Ordner beschreibbar ist.",
  "writer.folderNotCreated":
    "Der Ordner „{path}“ konnte nicht angelegt werden: {reason}. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist.",
  "writer.settingFolderNotCreated":
    "Der Ordner „{path}“ ({setting}) konnte nicht angelegt werden: {reason}. Machen Sie den übergeordneten Ordner beschreibbar oder setzen Sie {setting} auf einen beschreibbaren Ordner.",
  "writer.writeFailed":
    "Der Export konnte nicht nach „{path}“ geschrieben werden: {reason}. Dort wurde nichts verändert.",
  "writer.notConfirmed":
    "Der Export wurde nach „{path}“ verschoben, aber das System konnte nicht bestätigen, dass er auf dem Datenträger angekommen ist ({reason}). Prüfen Sie den Ordner, bevor Sie seine Dateien hochladen.",
  "writer.rowTooLarge":
    "Zeile {row} von {file} ist {bytes} Bytes groß, zu groß für eine Datei von höchstens {limit} Bytes. Erhöhen Sie --max-bytes.",
  "writer.tooManyFolders":
    "Zu viele Exporte namens „{name}“ in „{path}“. Übergeben Sie mit --output einen Ordner Ihrer Wahl.",
  "report.jobInternalError":
    "Der Export ist wegen eines internen Fehlers fehlgeschlagen; die Einzelheiten stehen im Serverprotokoll.",
};
