import type { CatalogueOf } from "../catalogue-types.js";
import type { configEn } from "../en/config.js";

/** Configuration errors and warnings; each problem starts with its key. */
export const configDe: CatalogueOf<typeof configEn> = {
  "config.unreadableFlag":
    "Die mit --config angegebene Konfigurationsdatei „{path}“ konnte nicht gelesen werden: {reason}. Prüfen Sie den Pfad, oder führen Sie „export-trakt config init“ aus, um eine anzulegen.",
  "config.unreadableEnvironment":
    "Die in EXPORT_TRAKT_CONFIG genannte Konfigurationsdatei „{path}“ konnte nicht gelesen werden: {reason}. Prüfen Sie den Pfad, oder führen Sie „export-trakt config init“ aus, um eine anzulegen.",
  "config.unreadableFound":
    "Die gefundene Konfigurationsdatei „{path}“ konnte nicht gelesen werden: {reason}. Prüfen Sie den Pfad, oder führen Sie „export-trakt config init“ aus, um eine anzulegen.",
  "config.reason.missing": "Datei nicht gefunden",
  "config.reason.denied": "Zugriff verweigert",
  "config.reason.folder": "Es ist ein Ordner",
  "config.reason.loop": "seine symbolischen Links bilden eine Schleife",
  "config.reason.unknown": "unbekannter Fehler",
  "config.tooLarge":
    "Die Konfigurationsdatei „{path}“ ist {size} Bytes groß; eine Konfigurationsdatei hat höchstens {limit} Bytes. Prüfen Sie, ob --config auf die richtige Datei zeigt.",
  "config.tomlSyntaxFile":
    "„{path}“ konnte nicht als TOML gelesen werden: {reason} (Zeile {line}, Spalte {column}). {advice}",
  "config.tomlSyntax":
    "Die Konfiguration konnte nicht als TOML gelesen werden: {reason} (Zeile {line}, Spalte {column}). {advice}",
  "config.tomlFixSyntax":
    "Korrigieren Sie die Syntax an dieser Stelle und führen Sie den Befehl erneut aus.",
  "config.tomlLeadingZero":
    'Eine Zahl mit führender Null, etwa ein als 0600 geschriebener Dateimodus, ist kein gültiges TOML: Schreiben Sie sie in Anführungszeichen ("0600") oder als TOML-Oktalzahl (0o600).',
  "config.fileProblems": {
    one: "Die Konfigurationsdatei „{path}“ hat {count} Problem:\n{problems}\nBeheben Sie es und führen Sie den Befehl erneut aus.",
    other:
      "Die Konfigurationsdatei „{path}“ hat {count} Probleme:\n{problems}\nBeheben Sie sie und führen Sie den Befehl erneut aus.",
  },
  "config.problems": {
    one: "Die Konfiguration hat {count} Problem:\n{problems}\nBeheben Sie es und führen Sie den Befehl erneut aus.",
    other:
      "Die Konfiguration hat {count} Probleme:\n{problems}\nBeheben Sie sie und führen Sie den Befehl erneut aus.",
  },
  "config.unknownKey":
    "{path}: unbekannter Schlüssel; erlaubt sind hier {allowed}.",
  "config.literalSecret":
    "trakt.client_secret: steht direkt in der Datei; wer die Datei lesen kann, kann den Wert verwenden. Speichern Sie ihn mit „export-trakt credentials set“, oder schreiben Sie „{reference}“ und setzen Sie diese Variable.",
  "config.badReference":
    "{path}: „{reference}“ ist kein gültiger Variablenverweis; verwenden Sie {example} mit Buchstaben, Ziffern und „_“.",
  "config.secretVariable":
    "{path}: {reference} enthält ein Geheimnis und darf hier nicht stehen, weil es sonst in Meldungen erschiene; schreiben Sie den Wert selbst hin.",
  "config.missingVariable":
    "{path}: Die Umgebungsvariable {name} ist nicht gesetzt; setzen Sie sie oder ersetzen Sie {reference} durch einen Wert.",
  "config.notSection": "{path}: muss eine Tabelle sein (ein [Abschnitt]).",
  "config.notServiceTable":
    "{path}: muss eine Tabelle sein ([security.rate_limit.limits.NAME]).",
  "config.wrongType": "{path}: falscher Typ; erwartet: {expected}.",
  "config.notString":
    "{path}: muss ein Text in Anführungszeichen sein; erhalten: {value}.",
  "config.notBoolean":
    "{path}: muss true oder false sein (ohne Anführungszeichen); erhalten: {value}.",
  "config.notOneOf":
    "{path}: muss einer der Werte {choices} sein; erhalten: {value}.",
  "config.notWholeNumber":
    "{path}: muss eine ganze Zahl von {min} bis {max} sein; erhalten: {value}.",
  "config.notAllowedValue": "{path}: muss einer der Werte {choices} sein.",
  "config.tooBig": "{path}: darf höchstens {max} sein.",
  "config.tooSmall": "{path}: muss mindestens {min} sein.",
  "config.notList":
    '{path}: muss eine Liste von Texten in Anführungszeichen sein, etwa ["a", "b"]; erhalten: {value}.',
  "config.notFileMode":
    '{path}: muss ein Dateimodus sein, als Text in Anführungszeichen ("0600") oder als TOML-Oktalzahl (0o600); erhalten: {value}.',
  "config.notTlsVersion":
    '{path}: muss 771, 772, "1.2" oder "1.3" sein (TLS 1.2 oder 1.3); erhalten: {value}.',
  "config.notDuration":
    '{path}: muss eine Dauer in Anführungszeichen sein, etwa "30s", "5m" oder "1m30s" (Einheiten ms, s, m, h), von {min} bis {max}; erhalten: {value}.',
  "config.notByteSize":
    '{path}: muss eine Anzahl Bytes (104857600) oder eine Größe in Anführungszeichen sein, etwa "100MB" (Einheiten B, KB, MB, GB), von {min} bis {max} Bytes; erhalten: {value}.',
  "config.notUrl":
    '{path}: muss eine http(s)-URL ohne Benutzer, Query und Fragment sein, etwa "https://api.trakt.tv"; erhalten: {value}.',
  "config.notTimezone":
    '{path}: muss eine IANA-Zeitzone sein, etwa "UTC" oder "Europe/Paris"; erhalten: {value}.',
  "config.notLanguage":
    '{path}: muss ein Sprachcode sein, etwa "en", "fr" oder "pt-BR"; erhalten: {value}.',
  "config.emptyPath": "{path}: muss ein nicht leerer Pfad sein.",
  "config.notHost":
    '{path}: muss ein reiner Hostname sein, etwa "api.trakt.tv" (ohne Schema, Port und Pfad); erhalten: {value}.',
  "config.badServiceName":
    '{path}: Dienstnamen bestehen aus Kleinbuchstaben, Ziffern und „_“, etwa "trakt_api".',
  "config.unknownKeys":
    "{path}: unbekannte Schlüssel {keys}; entfernen Sie sie oder prüfen Sie die Schreibweise.",
  "config.value.string": "ein Text",
  "config.value.number": "eine Zahl",
  "config.value.boolean": "ein Wahrheitswert",
  "config.value.list": "eine Liste",
  "config.value.date": "ein Datum",
  "config.value.table": "eine Tabelle",
  "config.value.other": "ein Wert anderen Typs",
  "config.encryptionRequired":
    'security.encryption_enabled: muss true sein, wenn security.keyring_backend "file" ist, denn die Zugangsdatendatei wird nie unverschlüsselt geschrieben; setzen Sie keyring_backend stattdessen auf "system" oder "env".',
  "config.switchConflict":
    "{outerKey}: ist {outer}, aber {innerKey} ist {inner}; setzen Sie beide auf denselben Wert oder entfernen Sie einen davon.",
  "config.allowInsecure":
    "security.https.allow_insecure: ist true, daher sind einfache http://-Anfragen an nicht gesperrte Hosts erlaubt; verwenden Sie das nur für die lokale Entwicklung.",
  "config.looseConfigMode":
    'security.filesystem.config_file_mode: "{mode}" lässt andere Benutzer Dateien mit Geheimnissen lesen; empfohlen ist "0600".',
  "config.exists":
    "Die Konfigurationsdatei „{path}“ existiert bereits. Geben Sie --force an, um sie zu ersetzen, oder --path, um woanders hin zu schreiben.",
  "config.writeFailed":
    "Die Konfigurationsdatei „{path}“ konnte nicht geschrieben werden. Prüfen Sie, ob ihr Ordner beschreibbar ist.",
  "config.notCron": "{path}: {reason}",
};
