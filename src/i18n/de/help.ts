import type { CatalogueOf } from "../catalogue-types.js";
import type { helpEn } from "../en/help.js";

/** `--help`: command descriptions, option and argument help, headings. */
export const helpDe: CatalogueOf<typeof helpEn> = {
  "help.program":
    "Macht aus Ihrem Trakt.tv-Filmverlauf Dateien, die Letterboxd importieren kann.",
  "help.version": "Version ausgeben und beenden",
  "help.help": "Hilfe zu einem Befehl anzeigen",
  "help.helpCommand": "Hilfe zu einem Befehl anzeigen",
  "help.title.usage": "Aufruf:",
  "help.title.arguments": "Argumente:",
  "help.title.options": "Optionen:",
  "help.title.commands": "Befehle:",
  "help.title.globalOptions": "Globale Optionen:",
  "help.extra.default": "Standard: {value}",
  "help.extra.choices": "mögliche Werte: {choices}",
  "help.common.config": "Konfigurationsdatei (TOML)",
  "help.common.quiet": "nur Warnungen und Fehler ausgeben",
  "help.common.verbose": "mehr Einzelheiten auf stderr ausgeben",
  "help.trakt.apiBaseUrl":
    "Adresse der Trakt-API (Standard {url}); eine http://-Loopback-URL erreicht eine lokale Sandbox",
  "help.trakt.authBaseUrl":
    "OAuth-Adresse von Trakt (Standard {url}, oder die API-Adresse, wenn diese eine Loopback-Adresse ist)",
  "help.trakt.caFile":
    "zusätzliche Zertifizierungsstelle (PEM), der vertraut wird, z. B. die einer mit --tls gestarteten Sandbox",
  "help.export": "Wandelt Ihre Trakt-Daten in Letterboxd-Importdateien um.",
  "help.export.from":
    "Trakt-Datenexport: die .zip-Datei, ihr entpackter Ordner oder eine Sicherung der Roh-API",
  "help.export.user":
    "ohne --from: dieses öffentliche Trakt-Profil exportieren (braucht nur die Client-ID)",
  "help.export.timezone":
    "Zeitzone für Sichtungsdaten (Standard: die des Kontos, sonst die dieses Rechners)",
  "help.export.historyMode":
    "eine Zeile pro Sichtung (individual, Standard) oder pro Film (aggregated)",
  "help.export.export":
    "was geschrieben wird: {kinds} oder all (Standard: {defaults})",
  "help.export.since":
    "nur Sichtungen ab diesem lokalen Datum (JJJJ-MM-TT), oder „last“: nur was der letzte Export noch nicht enthielt",
  "help.export.maxRows": "höchstens so viele Zeilen pro Datei",
  "help.export.maxBytes": "höchstens so viele Bytes pro Datei",
  "help.export.spreadsheetSafe":
    "Zellen, die mit = + - @ beginnen, ein Präfix voranstellen (ändert Titel)",
  "help.export.output":
    "Zielordner (Standard: exports/export_<Datum>_<Uhrzeit>)",
  "help.export.force":
    "einen früheren Export in einem nicht leeren --output-Ordner ersetzen",
  "help.export.encrypt":
    "verschlüsselte .csv.enc-Dateien schreiben (und report.json.enc); mit decrypt wiederherstellen",
  "help.export.dryRun": "alles tun außer Dateien schreiben",
  "help.export.json": "den Bericht als JSON auf stdout ausgeben",
  "help.schedule": "Exportiert zu jedem Zeitpunkt eines Cron-Zeitplans erneut.",
  "help.schedule.cron":
    "fünf Cron-Felder wie „30 2 * * *“, oder @daily (Standard: [schedule] cron der Konfiguration)",
  "help.auth":
    "mit einem Gerätecode bei Trakt anmelden und die Tokens speichern",
  "help.token":
    "gespeicherte Trakt-Anmeldung anzeigen, erneuern, widerrufen oder vergessen",
  "help.token.status":
    "anzeigen, ob eine Anmeldung gespeichert ist und wann sie abläuft",
  "help.token.refresh": "sofort ein neues Token-Paar holen",
  "help.token.revoke": "bei Trakt abmelden und die Tokens hier vergessen",
  "help.token.clear":
    "die Tokens hier vergessen, ohne Trakt zu benachrichtigen",
  "help.statusJson": "den Status als JSON auf stdout ausgeben",
  "help.serve": "Startet das lokale Web-Dashboard.",
  "help.serve.host": "Adresse, auf der gelauscht wird",
  "help.serve.port": "Port, auf dem gelauscht wird",
  "help.serve.allowRemote": "einen --host außer der Loopback-Adresse erlauben",
  "help.serve.tlsCert": "HTTPS mit diesem PEM-Zertifikat anbieten",
  "help.serve.tlsKey": "privater Schlüssel (PEM) zu --tls-cert",
  "help.serve.exports":
    "Ordner der Exporte (Standard: [export] output_dir der Konfiguration)",
  "help.serve.maxUploadMb": "größter angenommener Upload, in MB",
  "help.credentials": "gespeicherte Trakt-Zugangsdaten ansehen und verwalten",
  "help.credentials.status":
    "Speicherort, gespeicherte Daten und Ablaufzeit anzeigen",
  "help.credentials.set":
    "Client-ID und Client-Secret von Trakt speichern, gelesen aus einer Eingabeaufforderung oder stdin (nie aus Argumenten)",
  "help.credentials.rotateKey":
    "die Zugangsdatendatei mit einem neuen Schlüssel neu verschlüsseln",
  "help.credentials.rotateKey.to": "woher der neue Schlüssel kommt",
  "help.credentials.migrate":
    "die Zugangsdaten in einen anderen Speicher verschieben",
  "help.credentials.migrate.to": "der Zielspeicher",
  "help.credentials.delete": "die gespeicherten Zugangsdaten löschen",
  "help.config":
    "die Konfigurationsdatei anlegen oder die des Go-Werkzeugs umwandeln",
  "help.config.init":
    "eine kommentierte Konfigurationsdatei mit sicheren Standardwerten schreiben",
  "help.config.init.path":
    "wohin sie geschrieben wird (Standard: Ihr Konfigurationsordner)",
  "help.config.init.force": "eine vorhandene Datei ersetzen",
  "help.config.migrate":
    "die config.toml des Go-Werkzeugs in das Format dieses Werkzeugs umwandeln",
  "help.config.migrate.oldConfig": "die config.toml des Go-Werkzeugs",
  "help.config.migrate.output":
    "wohin geschrieben wird (Standard: export-trakt.toml daneben)",
  "help.config.migrate.force": "eine vorhandene Datei unter --output ersetzen",
  "help.security": "zeigt, wie die Sicherheitsschicht eingerichtet ist",
  "help.security.status":
    "Verschlüsselung, Speicher, Audit-Zahlen, Ratenlimits, Rechteprüfung",
  "help.security.json": "den Status als JSON auf stdout ausgeben",
  "help.validate":
    "prüft die Konfiguration; mit --security wird die Einrichtung bewertet",
  "help.validate.security":
    "die Sicherheit der Einrichtung bewerten: hoch, mittel oder niedrig",
  "help.validate.fix":
    "mit --security: die Rechte geheimer Dateien korrigieren",
  "help.validate.json": "das Ergebnis als JSON auf stdout ausgeben",
  "help.audit": "das Sicherheits-Auditprotokoll anzeigen",
  "help.audit.since": "nur Ereignisse ab diesem Datum",
  "help.audit.type": "nur diese Ereignistypen (durch Kommas getrennt)",
  "help.audit.severity":
    "nur Ereignisse dieses oder eines höheren Schweregrads",
  "help.audit.json": "die Ereignisse als JSON ausgeben",
  "help.audit.verify":
    "prüfen, dass keine Auditzeile geändert, eingefügt oder entfernt wurde",
  "help.decrypt": "eine exportierte .enc-Datei entschlüsseln",
  "help.decrypt.file": "die verschlüsselte Datei",
  "help.decrypt.output":
    "wohin sie geschrieben wird („-“ für stdout; Standard: der Name ohne .enc)",
  "help.decrypt.force": "eine vorhandene Ausgabedatei ersetzen",
  "help.sandbox":
    "einen lokalen, Trakt-kompatiblen Server für Tests und Vorführungen starten (nicht Trakt)",
  "help.sandbox.data":
    "auszuliefernde Trakt-Daten: ein Datenexport (.zip oder Ordner) oder eine JSON-Datei vom Typ SandboxData",
  "help.sandbox.host": "Loopback-Adresse, auf der gelauscht wird",
  "help.sandbox.port": "Port, auf dem gelauscht wird; 0 wählt einen freien",
  "help.sandbox.allowRemote":
    "einen --host erlauben, der keine Loopback-Adresse ist",
  "help.sandbox.latency": "jede Antwort um MS Millisekunden verzögern",
  "help.sandbox.faults": "Fehler einspeisen (Syntax: docs/sandbox.md)",
  "help.sandbox.tls":
    "HTTPS mit einem beim Start erzeugten Zertifikat anbieten",
  "help.sandbox.autoApprove": "Gerätecodes nach kurzer Zeit selbst bestätigen",
  "help.health":
    "Prüft, ob der Planer läuft und seine Läufe gelingen; endet sonst mit 1 (für Health-Checks von Containern).",
  "help.health.json": "Status und Urteil als JSON ausgeben",
  "help.health.maxFailures":
    "Anzahl fehlgeschlagener Läufe in Folge, ab der der Zustand als schlecht gilt",
  "help.config.migrate.replace":
    "schreibt die neue Konfiguration an die Stelle der alten und bewahrt die alte Datei als <alte-Konfig>.go-backup auf",
};
