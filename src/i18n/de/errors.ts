import type { CatalogueOf } from "../catalogue-types.js";
import type { errorsEn } from "../en/errors.js";

/** Errors raised below the CLI; every detail of the English text is kept. */
export const errorsDe: CatalogueOf<typeof errorsEn> = {
  "usage.positiveInteger":
    "{flag} muss eine ganze Zahl größer als 0 sein, nicht „{value}“.",
  "usage.unknownOption":
    "Unbekannte Option „{option}“. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.unknownOptionTop":
    "Unbekannte Option „{option}“. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen. Optionen stehen hinter dem Befehl, wie in „export-trakt export --from DATEI“.",
  "usage.unknownOptionSuggestion":
    "Unbekannte Option „{option}“ (meinten Sie {suggestion}?). Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.unknownOptionSuggestionTop":
    "Unbekannte Option „{option}“ (meinten Sie {suggestion}?). Führen Sie „{path} --help“ aus, um die Verwendung zu sehen. Optionen stehen hinter dem Befehl, wie in „export-trakt export --from DATEI“.",
  "usage.unknownCommand":
    "Unbekannter Befehl „{command}“. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.unknownCommandSuggestion":
    "Unbekannter Befehl „{command}“ (meinten Sie {suggestion}?). Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.missingArgument":
    "Das erforderliche Argument „{argument}“ fehlt. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.optionMissingArgument":
    "Der Option „{option}“ fehlt ein Wert. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.missingMandatoryOption":
    "Die erforderliche Option „{option}“ wurde nicht angegeben. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.invalidChoice":
    "Der Wert „{value}“ der Option „{option}“ ist ungültig. Mögliche Werte: {choices}. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.timezone":
    "--timezone „{value}“ ist keine bekannte IANA-Zeitzone. Verwenden Sie einen Namen wie „Europe/Paris“, „America/New_York“ oder „UTC“.",
  "usage.exportUnknown":
    "--export „{value}“ kann dieses Werkzeug nicht exportieren. Geben Sie eine durch Kommas getrennte Liste aus {kinds} an, oder „all“.",
  "usage.exportEmpty":
    "--export braucht mindestens einen Wert aus {kinds}, oder „all“.",
  "usage.since":
    "--since „{value}“ ist kein Kalenderdatum. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2024-01-31.",
  "usage.outputEmpty":
    "--output ist leer. Geben Sie den Zielordner an, zum Beispiel --output exports/letterboxd.",
  "usage.maxBytesTooSmall":
    "--max-bytes muss mindestens {minimum} sein, nicht {value}.",
  "usage.userWithFrom":
    "--user exportiert über die Trakt-API und lässt sich nicht mit --from kombinieren; lassen Sie eine der beiden Optionen weg.",
  "usage.outputContainsInput":
    "--output „{output}“ enthält die Eingabe „{input}“: Dort zu schreiben könnte den gerade gelesenen Export zerstören. Wählen Sie einen anderen --output-Ordner.",
  "input.missing":
    "„{path}“ lässt sich nicht öffnen: Der Pfad existiert nicht. Übergeben Sie mit --from den Pfad Ihres Trakt-Datenexports (eine .zip-Datei oder der daraus entpackte Ordner).",
  "input.cannotOpen":
    "„{path}“ lässt sich nicht öffnen: {reason}. Übergeben Sie mit --from den Pfad Ihres Trakt-Datenexports (eine .zip-Datei oder der daraus entpackte Ordner).",
  "input.notZip":
    "„{path}“ ist weder ein ZIP-Archiv noch ein Ordner noch eine .json/.txt-Datei. Übergeben Sie Ihren Trakt-Datenexport (.zip) oder eine Sicherung der Roh-API.",
  "input.unreadableZip":
    "„{path}“ ist kein lesbares ZIP-Archiv ({reason}). Laden Sie den Export erneut von Trakt herunter.",
  "input.notJson":
    "„{path}“ ist kein gültiges JSON ({reason}). Laden Sie den Export erneut von Trakt herunter; es wurde nichts geschrieben.",
  "input.noFilmData":
    "In „{path}“ wurden keine Trakt-Filmdaten gefunden (untersuchte Dateien: {files}). Übergeben Sie die ZIP-Datei von Trakts Seite „Export your data“ oder einen Ordner mit Dateien wie watched-history.json und ratings-movies.json.",
  "output.notEmpty":
    "Der Ausgabeordner „{path}“ enthält bereits Dateien. Wählen Sie ein anderes --output, oder übergeben Sie --force, um seinen Inhalt zu ersetzen.",
  "output.notAnExport":
    "„{path}“ wird nicht ersetzt: --force ersetzt nur einen früheren Export (einen Ordner mit der report.json dieses Werkzeugs), und dieser Ordner enthält andere Dateien. Wählen Sie einen leeren oder neuen --output-Ordner.",
  "credentials.noClientId":
    "Es ist keine Trakt-Client-ID gesetzt. Tragen Sie die Werte Ihrer App von https://app.trakt.tv/settings/apps in den Zugangsdatenspeicher („export-trakt credentials set“), in die Konfigurationsdatei ([trakt] client_id) oder in {idVariable} und {secretVariable} ein; oder verwenden Sie stattdessen --from mit einem Trakt-Datenexport.",
  "credentials.noClientSecret":
    "Die Trakt-Anmeldung braucht das Client-Secret der App. Setzen Sie {secretVariable} auf das Secret, das unter https://app.trakt.tv/settings/apps angezeigt wird.",
  "credentials.noLogin":
    "Es ist keine Trakt-Anmeldung gespeichert. Führen Sie „export-trakt auth“ aus, um sich anzumelden, oder übergeben Sie --user NAME, um ein öffentliches Profil zu exportieren.",
  "credentials.noClientForTokens":
    "Ohne Client-ID und Client-Secret der App lassen sich die Trakt-Tokens nicht speichern. Führen Sie zuerst „export-trakt credentials set“ aus.",
  "credentials.unknownDeviceCode":
    "Trakt kennt diesen Gerätecode nicht. Führen Sie „export-trakt auth“ erneut aus.",
  "credentials.deviceCodeUsed":
    "Dieser Gerätecode wurde bereits verwendet. Führen Sie „export-trakt auth“ erneut aus, um einen neuen zu erhalten.",
  "credentials.loginDenied":
    "Die Anmeldung wurde bei Trakt abgelehnt. Führen Sie „export-trakt auth“ erneut aus und bestätigen Sie sie, um fortzufahren.",
  "credentials.deviceCodeExpired":
    "Der Gerätecode ist abgelaufen, bevor er bestätigt wurde. Führen Sie „export-trakt auth“ erneut aus und geben Sie den Code innerhalb der angezeigten Zeit ein.",
  "trakt.status401":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Trakt hat die Anmeldung nicht akzeptiert. Führen Sie „export-trakt auth“ aus, um sich erneut anzumelden.",
  "trakt.status423":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Das Trakt-Konto ist gesperrt oder deaktiviert; melden Sie sich auf trakt.tv an, um das zu klären, und versuchen Sie es dann erneut.",
  "trakt.status426":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Dafür ist Trakt VIP nötig; stufen Sie das Konto auf trakt.tv hoch, oder exportieren Sie stattdessen mit --from aus Ihrem Datenexport.",
  "record.symlink": "es ist ein symbolischer Link",
  "record.notRegular": "es ist keine normale Datei",
  "record.tooLarge": "es ist größer als {limit} Byte",
};
