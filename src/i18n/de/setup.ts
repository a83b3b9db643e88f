import type { CatalogueOf } from "../catalogue-types.js";
import type { setupEn } from "../en/setup.js";

/** Schedule, logging, base URLs, config file, prompts, flags and sandbox. */
export const setupDe: CatalogueOf<typeof setupEn> = {
  "cron.unknownTimeZone":
    "Die Zeitzone „{zone}“ ist keine bekannte IANA-Zeitzone. Verwenden Sie einen Namen wie „Europe/Paris“, „America/New_York“ oder „UTC“.",
  "cron.notCron":
    "Der Zeitplan „{expression}“ ist kein Cron-Ausdruck, den dieses Werkzeug lesen kann. {hint}",
  "cron.invalid": "Der Zeitplan „{expression}“ ist ungültig: {reason}. {hint}",
  "cron.neverRuns":
    "Der Zeitplan „{expression}“ nennt keinen Zeitpunkt, den es gibt (etwa den 30. Februar), und würde daher nie laufen. {hint}",
  "cron.hint":
    "Geben Sie fünf Felder an (Minute Stunde Tag-des-Monats Monat Wochentag), etwa „30 2 * * *“ für jede Nacht um 02:30, oder eines von @hourly, @daily, @weekly, @monthly, @yearly.",
  "cron.noSchedule":
    "Kein Zeitplan angegeben: Übergeben Sie einen Cron-Ausdruck wie „30 2 * * *“, oder setzen Sie cron im Abschnitt [schedule] der Konfigurationsdatei.",
  "cron.stoppedBySignal": "Durch {signal} beendet",
  "scheduleStatus.unreadable":
    "Der Status des Planers „{path}“ kann nicht gelesen werden: {reason}.",
  "scheduleStatus.damaged":
    "Der Status des Planers „{path}“ ist beschädigt. Er wird beim nächsten Start des Planers neu geschrieben.",
  "scheduleStatus.otherScheduler":
    "Auf diesem Exportordner läuft bereits ein anderer Planer: Prozess {pid} auf {host}, gestartet am {startedAt}, führt seinen Status in „{path}“. Beenden Sie ihn, bevor Sie einen neuen starten; ist dieser Prozess kein Planer, löschen Sie die Statusdatei und versuchen Sie es erneut.",
  "logSize.invalid":
    "{key} muss eine Größe wie „10MB“, „512KB“ oder eine Anzahl Bytes sein, nicht „{value}“.",
  "logFile.unwritable":
    "Die Logdatei „{path}“ konnte nicht geschrieben werden ({reason}); der Befehl läuft ohne sie weiter.",
  "logFile.toolFile":
    "Das Log wird nicht nach „{path}“ geschrieben: Das ist {role} „{file}“, und Logzeilen würden diese Datei beschädigen. Setzen Sie file im Abschnitt [logging] der Konfigurationsdatei auf eine eigene Datei, etwa „logs/export-trakt.log“.",
  "logFile.inAuditFolder":
    "Das Log wird nicht nach „{path}“ geschrieben: Der Pfad liegt im Ordner des Auditprotokolls „{folder}“, dessen Dateien nur das Auditprotokoll schreiben darf. Setzen Sie file im Abschnitt [logging] der Konfigurationsdatei auf einen Pfad außerhalb davon, etwa „logs/export-trakt.log“.",
  "logFile.notALog":
    "Das Log wird nicht nach „{path}“ geschrieben: Dort liegt bereits eine Datei, und sie ist kein Log (ihre erste Zeile ist keine JSON-Logzeile mit „level“ und „time“). Setzen Sie file im Abschnitt [logging] der Konfigurationsdatei auf einen anderen Pfad, oder verschieben Sie diese Datei.",
  "logFile.role.config": "die Konfigurationsdatei",
  "logFile.role.credentials": "die Zugangsdatendatei",
  "logFile.role.keyFile": "die Schlüsseldatei der Zugangsdatendatei",
  "logFile.role.exportState": "die Statusdatei der Exporte",
  "logFile.role.scheduleStatus": "die Statusdatei des Planers",
  "logFile.role.lock": "die Sperrdatei der Exporte",
  "outputClosed.stopped":
    "Abgebrochen: Die Ausgabe wurde geschlossen, bevor der Befehl fertig war.",
  "baseUrl.notUrl":
    "{flag} „{value}“ ist keine URL. Geben Sie eine an wie {example}.",
  "baseUrl.notHttps": "{flag} „{value}“ muss eine https://-URL sein.",
  "baseUrl.notBare":
    "{flag} „{value}“ muss eine reine Adresse wie {example} sein: ohne Benutzer, Pfad, Abfrage oder Fragment.",
  "baseUrl.plainHttp":
    "{flag} „{value}“ verwendet unverschlüsseltes http zu einem Host, der keine Loopback-Adresse ist. Verwenden Sie https://, oder für einen lokalen Testserver eine Loopback-Adresse (127.0.0.1).",
  "configFile.exists":
    "„{path}“ wird nicht ersetzt: Die Datei existiert bereits. Übergeben Sie --force, um sie zu ersetzen, oder --output mit einem anderen Pfad.",
  "configFile.cannotWrite":
    "„{path}“ konnte nicht geschrieben werden: {reason}. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.",
  "prompt.inputEnded":
    "Die Standardeingabe endete, bevor eine Antwort auf „{question}“ gelesen wurde. Geben Sie eine Antwort pro Zeile ein.",
  "prompt.cancelled": "Abgebrochen; es wurde nichts geändert.",
  "flags.invalid":
    "{problems}. Führen Sie „export-trakt {command} --help“ aus, um die Verwendung zu sehen.",
  "dashboardTrakt.noLogin":
    "Es ist keine Trakt-Anmeldung gespeichert. Verwenden Sie zuerst „Mit einem Gerätecode anmelden“.",
  "dashboardTrakt.internalFailure":
    "Die Anmeldung ist an einem internen Fehler gescheitert; Einzelheiten stehen im Serverprotokoll.",
  "sandboxData.unreadable":
    "Die Sandbox-Daten „{path}“ können nicht gelesen werden: {reason}. Prüfen Sie den bei --data angegebenen Pfad.",
  "sandboxData.notJson":
    "Die Sandbox-Daten „{path}“ sind kein JSON: {reason}. Übergeben Sie eine JSON-Datei mit den Schlüsseln von SandboxData.",
  "sandboxData.wrongShape":
    "Die Sandbox-Daten „{path}“ haben nicht die Form von SandboxData:\n{problems}",
  "sandboxHost.refused":
    "Lauschen auf „{host}“ abgelehnt: Die Sandbox ist ein Testwerkzeug und lauscht nur auf Loopback-Adressen (127.0.0.1, ::1, localhost). Übergeben Sie --allow-remote, um trotzdem dort zu lauschen.",
  "faults.invalid":
    "--faults „{spec}“ ist ungültig:\n{problems}\nDie Syntax steht in docs/sandbox.md.",
  "faults.inRule": "„{rule}“: {problem}",
  "faults.unknownKind":
    "unbekannte Fehlerart „{kind}“; verwenden Sie latency, status, html, drop, rate-limit, strip-paging oder expire-token.",
  "faults.form.latency": "Schreiben Sie die Regel als latency=MS.",
  "faults.form.status":
    "Schreiben Sie die Regel als {kind}=CODE, mit einem CODE von 100 bis 599.",
  "faults.form.rateLimit":
    "Schreiben Sie die Regel als rate-limit oder rate-limit=SEKUNDEN.",
  "faults.form.expireToken":
    "Schreiben Sie die Regel als expire-token=N, mit N als Anzahl von Anfragen.",
  "faults.pathSlash": "path muss mit „/“ beginnen.",
  "faults.unknownKey":
    "unbekannter Schlüssel „{key}“; verwenden Sie path, page, method, from, count, nth oder retry-after.",
  "faults.notWholeNumber":
    "{key} muss eine ganze Zahl ab 1 sein, nicht „{value}“.",
  "faults.notPair": "„{pair}“ hat nicht die Form SCHLÜSSEL=WERT.",
  "faults.retryAfterSeconds":
    "retry-after muss eine ganze Zahl von Sekunden sein, nicht „{value}“.",
  "faults.retryAfterKind":
    "retry-after passt nur zu status, html oder rate-limit.",
  "logFile.inOutputFolder":
    "Das Log wird nicht nach „{path}“ geschrieben: Der Pfad liegt im Ordner, den dieser Export schreibt, „{folder}“, der nur den Export enthalten darf. Wählen Sie ein anderes --output oder setzen Sie file im Abschnitt [logging] auf einen Pfad außerhalb davon.",
  "scheduleStatus.otherSchedulerLock":
    "Auf diesem Exportordner läuft bereits ein anderer Planer: Prozess {pid} auf {host}, gestartet am {startedAt}, hält „{path}“. Beenden Sie ihn, bevor Sie einen neuen starten; ist dieser Prozess kein Planer (eine nach einem Neustart wiederverwendete Prozessnummer oder ein verschwundener Planer auf einem anderen Rechner), löschen Sie „{path}“ und versuchen Sie es erneut.",
  "scheduleStatus.unknownSchedulerLock":
    "Möglicherweise läuft bereits ein anderer Planer: „{path}“ existiert, ist aber keine Sperre, die dieses Tool geschrieben hat. Läuft auf diesem Exportordner kein Planer, löschen Sie die Datei und versuchen Sie es erneut.",
};
