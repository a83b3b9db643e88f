import type { CatalogueOf } from "../catalogue-types.js";
import type { securityEn } from "../en/security.js";

/** Refusals and errors of the security layer and the credential store. */
export const securityDe: CatalogueOf<typeof securityEn> = {
  "guard.access.read": "gelesen",
  "guard.access.write": "geschrieben",
  "guard.access.create": "angelegt",
  "guard.emptyPath":
    "„{path}“ wird nicht {access}: Der Pfad ist leer. Geben Sie einen Datei- oder Ordnernamen an.",
  "guard.nul":
    "„{path}“ wird nicht {access}: Der Pfad enthält ein NUL-Zeichen. Geben Sie den Pfad als einfachen Text an.",
  "guard.encoded":
    "„{path}“ wird nicht {access}: Der Pfad enthält URL-kodierte Pfadzeichen (%2e, %2f, %5c). Geben Sie den Pfad als einfachen Text an.",
  "guard.outside":
    "„{path}“ wird nicht {access}: Der Pfad liegt außerhalb der erlaubten Ordner ({folders}). Verschieben Sie ihn in einen davon oder fügen Sie seinen Ordner zu security.filesystem.allowed_base_paths hinzu.",
  "guard.restricted":
    "„{path}“ wird nicht {access}: Der Pfad liegt im gesperrten Ordner „{folder}“. Wählen Sie einen Pfad außerhalb davon.",
  "guard.symlink":
    "„{path}“ wird nicht {access}: „{link}“ ist ein symbolischer Link. Verwenden Sie den echten Ordner, oder setzen Sie security.filesystem.check_symlinks = false.",
  "guard.tooLarge":
    "„{path}“ wird nicht gelesen: Die Datei ist {size} Bytes groß, über der Grenze von {limit} Bytes (security.filesystem.max_file_size). Verwenden Sie eine kleinere Datei oder erhöhen Sie die Grenze.",
  "guard.cannotOpen":
    "„{path}“ konnte nicht geöffnet werden: {reason}. Prüfen Sie, ob die Datei existiert, lesbar ist und kein symbolischer Link ist.",
  "guard.notFile":
    "„{path}“ wird nicht gelesen: Es ist keine normale Datei. Geben Sie den Pfad einer Datei an.",
  "guard.notFolder":
    "„{path}“ wird nicht angelegt: „{prefix}“ existiert und ist kein Ordner. Entfernen Sie es oder wählen Sie einen anderen Pfad.",
  "guard.existsNotFile":
    "„{path}“ wird nicht geschrieben: Es existiert und ist keine normale Datei. Entfernen Sie es oder wählen Sie einen anderen Namen.",
  "guard.writeFailed":
    "„{path}“ konnte nicht geschrieben werden: {reason}. Prüfen Sie, ob der Ordner beschreibbar ist und genug freier Platz bleibt.",
  "guard.checkNotFile":
    "„{path}“ wird nicht geprüft: Es ist keine normale Datei. Ersetzen Sie es durch die Datei selbst.",
  "guard.checkNotFolder":
    "„{path}“ wird nicht geprüft: Es ist kein Ordner. Ersetzen Sie es durch einen echten Ordner.",
  "guard.modeTooOpen":
    "„{path}“ wird nicht verwendet: Der Modus {mode} erlaubt anderen Benutzern, die Datei zu lesen. Führen Sie „export-trakt validate --security --fix“ oder „chmod {wanted} {path}“ aus und versuchen Sie es dann erneut.",
  "guard.modeWarning":
    "„{path}“ hat den Modus {mode}, andere Benutzer können die Datei also lesen. Führen Sie „export-trakt validate --security --fix“ aus, um ihn auf {wanted} zu setzen.",
  "guard.chmodFileLink":
    "Der Modus von „{path}“ wird nicht geändert: Es ließ sich nicht als Datei öffnen, ohne Links zu folgen. Prüfen Sie, ob es ein symbolischer Link ist.",
  "guard.chmodFolderLink":
    "Der Modus von „{path}“ wird nicht geändert: Es ließ sich nicht als Ordner öffnen, ohne Links zu folgen. Prüfen Sie, ob es ein symbolischer Link ist.",
  "guard.chmodNotFile":
    "Der Modus von „{path}“ wird nicht geändert: Es ist keine Datei mehr.",
  "guard.chmodNotFolder":
    "Der Modus von „{path}“ wird nicht geändert: Es ist kein Ordner mehr.",
  "https.invalidUrl":
    "Keine Verbindung zu „{url}“: Das ist keine gültige absolute URL. Geben Sie eine URL wie https://api.trakt.tv/ an.",
  "https.scheme":
    "Keine Verbindung zu „{url}“: Nur https-URLs sind erlaubt, nicht „{scheme}“. Verwenden Sie eine https://-URL.",
  "https.credentialsInUrl":
    "Keine Verbindung zu „{url}“: Die URL enthält einen Benutzernamen oder ein Passwort. Entfernen Sie diese aus der URL; Zugangsdaten werden in Headern gesendet.",
  "https.blockedHost":
    "Keine Verbindung zu „{url}“: Der Host „{host}“ steht in security.https.blocked_hosts.",
  "https.hostNotAllowed":
    "Keine Verbindung zu „{url}“: Der Host „{host}“ steht nicht in security.https.allowed_hosts. Tragen Sie dort genau diesen Hostnamen ein, wenn Sie ihm vertrauen.",
  "https.plainHttp":
    "Keine Verbindung zu „{url}“: Unverschlüsseltes http ist nicht erlaubt. Verwenden Sie https://, oder setzen Sie für einen Entwicklungsserver security.https.require_https = false.",
  "https.tooLarge":
    "Die Antwort von „{url}“ wird abgelehnt: Sie ist größer als {limit} Bytes.",
  "https.tooManyRedirects":
    "Mehr als {limit} Weiterleitungen von „{url}“ werden nicht verfolgt (security.https.max_redirects). Der Server ist womöglich falsch eingerichtet.",
  "https.timeout":
    "{request}: Zeitüberschreitung nach {timeout} ms. Prüfen Sie die Verbindung, oder erhöhen Sie security.https.timeout.",
  "https.failed":
    "{request} ist fehlgeschlagen: {reason}. Prüfen Sie die Netzwerkverbindung und ob der Server erreichbar ist.",
  "https.untrustedCertificate":
    "{request} ist fehlgeschlagen: Dem Zertifikat des Servers wird nicht vertraut ({reason}). Prüfen Sie die Systemuhr und jeden Proxy, der HTTPS abfängt; für einen Server mit eigener Zertifizierungsstelle übergeben Sie mit --ca-file die Datei dieser Stelle.",
  "https.tlsVersion":
    "{request} ist fehlgeschlagen: Der Server und dieses Werkzeug haben ab {version} keine gemeinsame TLS-Version. Verwenden Sie einen Server, der {version} oder neuer anbietet, oder senken Sie security.https.tls_min_version, wenn Sie diesem vertrauen.",
  "https.readFailed":
    "Das Lesen der Antwort von „{url}“ ist fehlgeschlagen oder hat zu lange gedauert. Prüfen Sie die Verbindung und versuchen Sie es erneut.",
  "limit.reached":
    "Ratenbegrenzung für „{service}“ erreicht: Die nächste Anfrage könnte erst in {wait} ms gesendet werden, nach den erlaubten {timeout} ms Wartezeit. Versuchen Sie es später erneut oder erhöhen Sie security.rate_limit.limits.{service}.",
  "store.decryptFailed":
    "Die Zugangsdatendatei „{path}“ konnte nicht entschlüsselt werden: {reason}. Die Datei blieb unverändert. Stellen Sie sie aus einer Sicherung wieder her, oder entfernen Sie sie mit „export-trakt credentials delete“ und speichern Sie die Zugangsdaten mit „export-trakt credentials set“ erneut.",
  "store.reason.notEncrypted":
    "Es ist keine von export-trakt verschlüsselte Datei",
  "store.reason.truncated":
    "Die Datei ist abgeschnitten ({size} Bytes, obwohl schon eine leere verschlüsselte Datei {minimum} hat)",
  "store.reason.version":
    "Die Datei verwendet Formatversion {version}, und diese Version von export-trakt liest nur Format {supported}; verwenden Sie die export-trakt-Version, die sie geschrieben hat",
  "store.reason.headerDamaged":
    "Der Dateikopf ist beschädigt oder wurde verändert (unbekannte Feldwerte)",
  "store.reason.keyMismatch": "Der Schlüssel passt nicht",
  "store.reason.wrongEnvKey":
    "Die Datei wurde mit einem anderen Schlüssel als ENCRYPTION_KEY verschlüsselt",
  "store.reason.wrongPassphrase":
    "Die Datei wurde mit einem anderen Schlüssel als dem der Passphrase (scrypt) verschlüsselt",
  "store.reason.wrongKeyFile":
    "Die Datei wurde mit einem anderen Schlüssel als dem der Schlüsseldatei „{keyFile}“ verschlüsselt",
  "store.reason.damaged":
    "Die Datei ist beschädigt, abgeschnitten oder wurde verändert (die Integritätsprüfung schlug fehl)",
  "store.reason.tooLarge":
    "Die Datei ist {size} Bytes groß, weit mehr als eine Zugangsdatendatei",
  "store.reason.holdsData":
    "Die Datei enthält exportierte Daten, keine Zugangsdaten",
  "store.reason.invalidRecord":
    "Die Datei lässt sich entschlüsseln, aber der Datensatz darin ist ungültig ({fields})",
  "store.reason.notJsonRecord":
    "Die Datei lässt sich entschlüsseln, aber der Datensatz darin ist ungültig (kein JSON-Objekt)",
  "store.readFailed":
    "Die Zugangsdatendatei „{path}“ konnte nicht gelesen werden. Prüfen Sie, ob es eine Datei ist, die Sie lesen dürfen.",
  "store.writeFailed":
    "Die Zugangsdatendatei „{path}“ konnte nicht geschrieben werden; die bisherige Datei, falls vorhanden, ist unverändert. Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.",
  "store.deleteFailed":
    "Die Zugangsdatendatei „{path}“ konnte nicht gelöscht werden. Prüfen Sie ihre Berechtigungen und entfernen Sie sie von Hand.",
  "store.keyNotBase64":
    "{variable} ist kein gültiges Base64. Es muss die Base64-Kodierung von genau {length} zufälligen Bytes sein; erzeugen Sie einen Schlüssel mit „openssl rand -base64 32“.",
  "store.keyWrongLength":
    "{variable} ergibt dekodiert {bytes} Bytes, muss aber die Base64-Kodierung von genau {length} Bytes sein; erzeugen Sie einen Schlüssel mit „openssl rand -base64 32“.",
  "store.keyFileNotBase64":
    "Die Schlüsseldatei „{path}“ ist kein gültiges Base64. Sie muss die Base64-Kodierung von genau {length} zufälligen Bytes enthalten; erzeugen Sie einen Schlüssel mit „openssl rand -base64 32“.",
  "store.keyFileWrongLength":
    "Die Schlüsseldatei „{path}“ ergibt dekodiert {bytes} Bytes, muss aber die Base64-Kodierung von genau {length} Bytes enthalten; erzeugen Sie einen Schlüssel mit „openssl rand -base64 32“.",
  "store.emptyPassphrase":
    "Die Passphrase ist leer. Geben Sie eine Passphrase ein, oder setzen Sie stattdessen ENCRYPTION_KEY.",
  "store.noPassphrase":
    "Eine Passphrase wird gebraucht, aber {variable} ist nicht gesetzt und es gibt kein Terminal, um danach zu fragen. Setzen Sie {variable}, oder führen Sie den Befehl in einem Terminal aus.",
  "store.keyFileLink":
    "Die Schlüsseldatei „{path}“ ist ein symbolischer Link, und Schlüsseldateien werden nie über Links gelesen. Ersetzen Sie ihn durch die Schlüsseldatei selbst.",
  "store.keyFileUnreadable":
    "Die Schlüsseldatei „{path}“ konnte nicht gelesen werden. Prüfen Sie, ob es eine normale Datei ist, die Sie lesen dürfen.",
  "store.keyFileEmpty":
    "Die Schlüsseldatei „{path}“ enthält keinen Schlüssel. Stellen Sie sie aus einer Sicherung wieder her; ohne sie lässt sich die Zugangsdatendatei nicht öffnen.",
  "store.keyFileMissing":
    "Diese Datei wurde mit der Schlüsseldatei „{path}“ verschlüsselt, die fehlt. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her.",
  "store.keyFileCreateFailed":
    "Die Schlüsseldatei „{path}“ konnte nicht angelegt werden. Prüfen Sie, ob der Ordner beschreibbar ist.",
  "store.envKeyMissing":
    "Diese Datei wurde mit ENCRYPTION_KEY verschlüsselt, das nicht gesetzt ist. Setzen Sie ENCRYPTION_KEY auf den Schlüssel, der beim Schreiben verwendet wurde.",
  "store.noSalt":
    "Dem Passphrase-Kopf fehlt sein Salt. Stellen Sie die Datei aus einer Sicherung wieder her.",
  "store.passphrasesDiffer":
    "Die beiden Passphrasen stimmen nicht überein; nichts wurde geändert. Führen Sie den Befehl erneut aus.",
  "store.prompt.passphrase": "Passphrase eingeben: ",
  "store.prompt.newPassphrase": "Neue Passphrase: ",
  "store.prompt.newPassphraseAgain": "Neue Passphrase wiederholen: ",
  "store.prompt.clientId": "Trakt-Client-ID: ",
  "store.prompt.clientSecret": "Trakt-Client-Secret: ",
  "store.envMissingOne":
    "Einige Trakt-Variablen sind gesetzt, {variable} aber nicht. Setzen Sie sie ebenfalls, oder verwenden Sie ein anderes keyring_backend.",
  "store.envMissingBoth":
    "Einige Trakt-Variablen sind gesetzt, TRAKT_CLIENT_ID und TRAKT_CLIENT_SECRET aber nicht. Setzen Sie diese ebenfalls, oder verwenden Sie ein anderes keyring_backend.",
  "store.envCannotPersist":
    'Der Speicher env kann keine Zugangsdaten sichern: Ein erneuertes Zugriffstoken geht am Ende dieses Laufs verloren, und das alte in TRAKT_ACCESS_TOKEN funktioniert dann nicht mehr. Setzen Sie keyring_backend = "file" oder "system" in [security], um es zu behalten.',
  "store.envNothingToDelete":
    "Der Speicher env enthält nichts zum Löschen: Entfernen Sie stattdessen TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN und TRAKT_REFRESH_TOKEN aus Ihrer Shell oder Dienstdefinition.",
  "store.envCannotSet":
    'Der Speicher env kann keine Zugangsdaten speichern. Exportieren Sie TRAKT_CLIENT_ID und TRAKT_CLIENT_SECRET selbst, oder setzen Sie keyring_backend = "file" oder "system" in [security] der Konfigurationsdatei.',
  "store.envCannotMigrate":
    'Der Speicher env kann keine Zugangsdaten speichern. Um ihn zu nutzen, exportieren Sie TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN und TRAKT_REFRESH_TOKEN selbst und setzen dann keyring_backend = "env".',
  "store.keyringInvalid":
    "Der Eintrag im Schlüsselbund des Systems (Dienst „{service}“, Benutzer „{user}“) ist kein gültiger export-trakt-Datensatz. Entfernen Sie ihn mit „export-trakt credentials delete“ und speichern Sie die Zugangsdaten mit „export-trakt credentials set“ erneut.",
  "store.keyringReadFailed":
    'Der Schlüsselbund des Systems war zum Lesen der Zugangsdaten nicht erreichbar ({reason}). Auf einem Rechner ohne Schlüsselbunddienst, etwa einem Server, Container oder WSL, setzen Sie keyring_backend = "file" in [security] der Konfigurationsdatei und speichern die Zugangsdaten mit „export-trakt credentials set“ erneut.',
  "store.keyringStoreFailed":
    'Der Schlüsselbund des Systems war zum Speichern der Zugangsdaten nicht erreichbar ({reason}). Auf einem Rechner ohne Schlüsselbunddienst, etwa einem Server, Container oder WSL, setzen Sie keyring_backend = "file" in [security] der Konfigurationsdatei und speichern die Zugangsdaten mit „export-trakt credentials set“ erneut.',
  "store.keyringDeleteFailed":
    'Der Schlüsselbund des Systems war zum Löschen der Zugangsdaten nicht erreichbar ({reason}). Auf einem Rechner ohne Schlüsselbunddienst, etwa einem Server, Container oder WSL, setzen Sie keyring_backend = "file" in [security] der Konfigurationsdatei und speichern die Zugangsdaten mit „export-trakt credentials set“ erneut.',
  "store.emptyClient":
    "Client-ID und Client-Secret dürfen beide nicht leer sein; nichts wurde gespeichert. Kopieren Sie sie von der Seite Ihrer Anwendung auf trakt.tv.",
  "store.fileModeOpen":
    "Die Zugangsdatendatei „{path}“ hat den Modus {mode}, andere Benutzer können also darauf zugreifen; führen Sie „chmod 600“ dafür aus.",
  "store.nothingToRotate":
    "In „{path}“ gibt es keine Zugangsdaten zum Neuverschlüsseln. Speichern Sie sie zuerst mit „export-trakt credentials set“.",
  "store.rotateNeedsFile":
    "rotate-key verschlüsselt die Zugangsdatendatei neu, aber keyring_backend ist „{backend}“. Der Schlüsselbund des Systems verschlüsselt mit Ihrer Anmeldung, und der Speicher env speichert nichts; um die Trakt-Geheimnisse selbst zu erneuern, führen Sie „export-trakt credentials set“ aus.",
  "store.newKeyMissing":
    "Setzen Sie NEW_ENCRYPTION_KEY auf den neuen Schlüssel (erzeugen Sie einen mit „openssl rand -base64 32“), führen Sie die Rotation erneut aus und ersetzen Sie dann ENCRYPTION_KEY durch ihn.",
  "store.passphraseTooShort": {
    one: "Die neue Passphrase hat {count} Zeichen; verwenden Sie mindestens {minimum}, denn eine kurze lässt sich trotz scrypt erraten. Nichts wurde geändert.",
    other:
      "Die neue Passphrase hat {count} Zeichen; verwenden Sie mindestens {minimum}, denn eine kurze lässt sich trotz scrypt erraten. Nichts wurde geändert.",
  },
  "store.noNewPassphrase":
    "Eine neue Passphrase wird gebraucht, aber NEW_ENCRYPTION_PASSPHRASE ist nicht gesetzt und es gibt kein Terminal, um danach zu fragen. Setzen Sie NEW_ENCRYPTION_PASSPHRASE, oder führen Sie den Befehl in einem Terminal aus.",
  "store.replaceEnvKey":
    "Ersetzen Sie ENCRYPTION_KEY jetzt durch den Wert von NEW_ENCRYPTION_KEY; der alte Schlüssel öffnet die Zugangsdatendatei nicht mehr.",
  "store.replacePassphrase":
    "Ersetzen Sie ENCRYPTION_PASSPHRASE jetzt durch die neue Passphrase; die alte öffnet die Zugangsdatendatei nicht mehr.",
  "store.keyFileUnused":
    "Die Schlüsseldatei „{path}“ wird für die Zugangsdaten nicht mehr gebraucht; behalten Sie sie nur, wenn exportierte .enc-Dateien sie noch verwenden.",
  "store.alreadyInBackend":
    "Die Zugangsdaten liegen bereits im Speicher {backend}. Geben Sie bei --to einen anderen Speicher an.",
  "store.nothingToMigrate":
    "Im Speicher {backend} ({location}) gibt es keine Zugangsdaten zum Verschieben. Speichern Sie sie mit „export-trakt credentials set“.",
  "store.copyMismatch":
    "Die Kopie im Speicher {destination} ({location}) liest sich nicht identisch zurück; die Originale im Speicher {source} wurden behalten.",
  "store.setBackend":
    'Setzen Sie keyring_backend = "{backend}" in [security] der Konfigurationsdatei, damit der nächste Lauf den neuen Ort liest.',
  "decrypt.readFailed":
    "„{path}“ konnte nicht gelesen werden. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.",
  "decrypt.tooLarge":
    "„{path}“ ist {size} Bytes groß, größer als jeder Export dieses Werkzeugs ({limit}). Prüfen Sie den Pfad.",
  "decrypt.failed":
    "„{path}“ konnte nicht entschlüsselt werden: {reason}. Die Datei blieb unverändert.",
  "decrypt.holdsCredentials":
    "Es ist eine Zugangsdatendatei, keine exportierte Datendatei; verwenden Sie „export-trakt credentials status“, um Zugangsdaten anzusehen",
  "decrypt.noEncSuffix":
    "„{path}“ endet nicht auf „.enc“, daher gibt es keinen Standardnamen für die Ausgabe. Geben Sie --output PFAD an, oder --output - für die Standardausgabe.",
  "decrypt.outputExists":
    "„{path}“ existiert bereits. Geben Sie --force an, um die Datei zu ersetzen, oder --output, um woanders hin zu schreiben.",
  "decrypt.writeFailed":
    "Die entschlüsselte Datei „{path}“ konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.",
  "decrypt.done":
    "„{input}“ wurde nach „{output}“ entschlüsselt ({bytes} Bytes).",
};
