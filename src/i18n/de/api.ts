import type { CatalogueOf } from "../catalogue-types.js";
import type { apiEn } from "../en/api.js";

/** Errors of the Trakt client, the network, the export lock and its state. */
export const apiDe: CatalogueOf<typeof apiEn> = {
  "api.status403":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Trakt hat die Client-ID abgelehnt: Prüfen Sie die Client-ID im Zugangsdatenspeicher, in der Konfiguration ([trakt] client_id) oder in TRAKT_CLIENT_ID. Seit 2026 funktionieren nur noch Apps von Trakt-VIP-Mitgliedern.",
  "api.status404":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Trakt kennt diese Adresse nicht; prüfen Sie --api-base-url.",
  "api.status404User":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Es gibt keinen Trakt-Benutzer „{user}“, oder das Profil ist privat. Prüfen Sie --user, oder melden Sie sich mit „export-trakt auth“ an, um Ihr eigenes privates Profil zu exportieren.",
  "api.status405":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Der Server nimmt diese Methode unter dieser Adresse nicht an; prüfen Sie, ob --api-base-url auf die Trakt-API zeigt, und melden Sie den Fehler, falls ja.",
  "api.status409":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Trakt meldet einen Konflikt: Was diese Anfrage anlegt, existiert bereits. Versuchen Sie es erneut; bleibt der Fehler, melden Sie ihn bitte.",
  "api.status412":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Trakt hat die Form der Anfrage abgelehnt (Inhaltstyp oder API-Version); das ist ein Fehler in export-trakt, bitte melden Sie ihn.",
  "api.status420":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Das Trakt-Konto überschreitet eines seiner Limits; entfernen Sie einige Einträge auf trakt.tv und versuchen Sie es erneut.",
  "api.status5xx":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Trakt hat gerade Probleme; versuchen Sie es später erneut.",
  "api.statusOther":
    "{method} {path} ist mit HTTP {status}{detail} fehlgeschlagen. Das ist unerwartet; bitte melden Sie es.",
  "api.htmlBlock":
    "{method} {path} hat mit HTTP {status} und einer HTML-Sperrseite statt JSON geantwortet (Trakts Firewall, Cloudflare, hat die Anfrage gestoppt). Prüfen Sie, ob die Client-ID stimmt und ob nichts den User-Agent entfernt; wenn Sie viele Anfragen gesendet haben, warten Sie einige Minuten und versuchen Sie es erneut.",
  "api.htmlInsteadOfJson":
    "{method} {path} hat mit HTTP {status} und einer HTML-Seite geantwortet, wo JSON erwartet wurde. Vielleicht steht ein Proxy oder eine Firewall im Weg; versuchen Sie es später erneut und melden Sie es, wenn es so bleibt.",
  "api.notJson":
    "{method} {path} hat mit HTTP {status} und einem Inhalt geantwortet, der kein JSON ist, wo JSON erwartet wurde. Vielleicht steht ein Proxy oder eine Firewall im Weg; versuchen Sie es später erneut und melden Sie es, wenn es so bleibt.",
  "api.schema":
    "{method} {path} hat mit JSON geantwortet, das dieses Programm nicht versteht:\n{problems}\nVielleicht hat Trakt sein Format geändert; bitte melden Sie es.",
  "api.rateLimited": {
    one: "Trakt drosselt {method} {path} (HTTP {status}) auch nach {count} Versuch noch. Es wurde nichts geschrieben; versuchen Sie es nach {retryAt} erneut.",
    other:
      "Trakt drosselt {method} {path} (HTTP {status}) auch nach {count} Versuchen noch. Es wurde nichts geschrieben; versuchen Sie es nach {retryAt} erneut.",
  },
  "api.rateLimitedTooLong":
    "Trakt drosselt {method} {path} (HTTP {status}) bis {retryAt}, länger als die {maxWaitSeconds} s, die dieses Programm wartet. Es wurde nichts geschrieben; versuchen Sie es nach {retryAt} erneut.",
  "api.tooManyPages":
    "{method} {path} hat {pageCount} Seiten angekündigt, mehr als irgendein Trakt-Konto enthält (höchstens {maxPages} Seiten zu {pageLimit}). Der Server antwortet nicht wie Trakt; prüfen Sie --api-base-url oder [trakt] api_base_url.",
  "api.itemsMissing":
    "{method} {path} hat {announced} Einträge angekündigt, aber {received} sind über {pageCount} Seiten angekommen; Trakt lässt verborgene Einträge aus (etwa Titel, die es neu eingeordnet hat). Der Export geht mit dem Angekommenen weiter.",
  "api.refreshWithoutLogin":
    "Trakt braucht hier eine Anmeldung, und es ist keine gespeichert. Führen Sie „export-trakt auth“ aus, um sich anzumelden.",
  "api.refreshWithoutSecret":
    "Die Trakt-Anmeldung ist abgelaufen und lässt sich ohne das Client-Secret nicht erneuern. Setzen Sie TRAKT_CLIENT_SECRET, oder führen Sie „export-trakt auth“ aus, um sich erneut anzumelden.",
  "api.refreshRefused":
    "Trakt hat die Erneuerung der Anmeldung abgelehnt (invalid_grant): Das Refresh-Token wurde bereits verwendet, widerrufen oder ist abgelaufen. Führen Sie „export-trakt auth“ aus, um sich erneut anzumelden.",
  "network.refused":
    "{method} {url} ist fehlgeschlagen: {host} hat die Verbindung abgelehnt. Prüfen Sie, ob der Server läuft und ob --api-base-url und --auth-base-url auf ihn zeigen.",
  "network.dns":
    "{method} {url} ist fehlgeschlagen: Der Name {host} konnte nicht aufgelöst werden. Prüfen Sie die Netzwerkverbindung, die DNS-Einstellungen und die Schreibweise der Adresse.",
  "network.timeout":
    "{method} {url} hat nach {timeoutMs} ms nicht geantwortet. Prüfen Sie die Verbindung, oder erhöhen Sie security.https.timeout.",
  "network.dropped":
    "{method} {url} ist fehlgeschlagen: Die Verbindung zu {host} wurde geschlossen, bevor die Antwort vollständig war. Prüfen Sie die Netzwerkverbindung und jeden Proxy dazwischen und versuchen Sie es dann erneut.",
  "network.failed":
    "{method} {url} ist fehlgeschlagen: {reason}. Prüfen Sie die Netzwerkverbindung und ob der Server erreichbar ist.",
  "network.untrustedCertificate":
    "{method} {url}: Dem Zertifikat des Servers wird nicht vertraut ({problem}). Übergeben Sie bei einer mit --tls gestarteten Sandbox mit --ca-file die CA-Datei, die sie ausgegeben hat; prüfen Sie sonst die Systemuhr und jeden Proxy, der HTTPS abfängt.",
  "lock.heldManual":
    "Ein anderer Export läuft: Die Sperrdatei „{path}“ gehört Prozess {pid} auf {host} (manueller Export, gestartet {startedAt}). Warten Sie, bis er fertig ist; gibt es diesen Prozess nicht mehr, löschen Sie die Sperrdatei und versuchen Sie es erneut.",
  "lock.heldScheduled":
    "Ein anderer Export läuft: Die Sperrdatei „{path}“ gehört Prozess {pid} auf {host} (geplanter Export, gestartet {startedAt}). Warten Sie, bis er fertig ist; gibt es diesen Prozess nicht mehr, löschen Sie die Sperrdatei und versuchen Sie es erneut.",
  "lock.held":
    "Ein anderer Export läuft: Die Sperrdatei „{path}“ gehört Prozess {pid} auf {host} (Export „{purpose}“, gestartet {startedAt}). Warten Sie, bis er fertig ist; gibt es diesen Prozess nicht mehr, löschen Sie die Sperrdatei und versuchen Sie es erneut.",
  "lock.unknownFile":
    "Möglicherweise läuft ein anderer Export: Die Sperrdatei „{path}“ existiert, stammt aber nicht von diesem Werkzeug. Wenn kein Export läuft, löschen Sie sie und versuchen Sie es erneut.",
  "lock.cannotCreate":
    "Die Exportsperre „{path}“ konnte nicht angelegt werden: {reason}. Prüfen Sie, ob der Exportordner beschreibbar ist.",
  "lock.keepsReappearing":
    "Die Exportsperre „{path}“ konnte nicht übernommen werden: Sie taucht immer wieder auf. Suchen Sie nach einem anderen export-trakt-Prozess und versuchen Sie es dann erneut.",
  "lock.staleManual":
    "Die verwaiste Exportsperre „{path}“ wurde ersetzt: Prozess {pid} auf {host} (manueller Export, gestartet {startedAt}) läuft nicht mehr.",
  "lock.staleScheduled":
    "Die verwaiste Exportsperre „{path}“ wurde ersetzt: Prozess {pid} auf {host} (geplanter Export, gestartet {startedAt}) läuft nicht mehr.",
  "lock.stale":
    "Die verwaiste Exportsperre „{path}“ wurde ersetzt: Prozess {pid} auf {host} (Export „{purpose}“, gestartet {startedAt}) läuft nicht mehr.",
  "state.unreadable":
    "Der Exportstand „{path}“ lässt sich nicht lesen: {reason}. Prüfen Sie die Zugriffsrechte, oder löschen Sie die Datei, damit der nächste Export vollständig wird.",
  "state.damaged":
    "Der Exportstand „{path}“ ist beschädigt. Löschen Sie die Datei, damit der nächste Export vollständig wird.",
  "state.notRecorded":
    "Der Export wurde geschrieben, aber das Festhalten in „{path}“ ist fehlgeschlagen: {reason}. Der nächste Lauf mit --since last exportiert wieder alles.",
};
