import type { CatalogueOf } from "../catalogue-types.js";
import type { commandsEn } from "../en/commands.js";

/** `serve`, `sandbox`, the status commands, `validate`, `audit`, migration. */
export const commandsDe: CatalogueOf<typeof commandsEn> = {
  "serve.port":
    "--port muss eine ganze Zahl von 0 bis 65535 sein, nicht „{value}“.",
  "serve.tlsPair":
    "--tls-cert und --tls-key gehören zusammen: Geben Sie beide PEM-Dateien an, oder keine, um einfaches HTTP auf der Loopback-Adresse anzubieten.",
  "serve.remoteHost":
    "--host „{host}“ würde das Dashboard über diesen Rechner hinaus erreichbar machen. Fügen Sie --allow-remote hinzu, wenn das gewollt ist (am besten mit --tls-cert und --tls-key), oder verwenden Sie 127.0.0.1.",
  "serve.remoteTls":
    "Das Dashboard lauscht auf {host}, andere Rechner können es also erreichen.",
  "serve.remotePlain":
    "Das Dashboard lauscht auf {host}, andere Rechner können es also erreichen. Der Verkehr, auch der Anmeldelink, ist nicht verschlüsselt; verwenden Sie --tls-cert und --tls-key.",
  "serve.secretCreatedInFile":
    "Das Dashboard-Geheimnis wurde in {path} angelegt.",
  "serve.secretCreatedInStore":
    "Das Dashboard-Geheimnis wurde im Zugangsdatenspeicher angelegt ({location}).",
  "serve.url": "Dashboard: {url}",
  "serve.loginLink":
    "Melden Sie sich innerhalb von {minutes} Minuten mit diesem Einmal-Link an: {link}",
  "serve.stopping": "Das Dashboard wird beendet ({signal}).",
  "serve.secretMoved":
    "Das Dashboard-Geheimnis wurde aus {path} in den Zugangsdatenspeicher ({location}) verschoben und die Datei gelöscht.",
  "serve.secretStoreUnreadable":
    "Der Zugangsdatenspeicher kann nicht gelesen werden, deshalb bleibt das Dashboard-Geheimnis stattdessen in {path} (Modus 0600): {reason}",
  "serve.secretStoreUnwritable":
    "In den Zugangsdatenspeicher kann nicht geschrieben werden, deshalb bleibt das Dashboard-Geheimnis stattdessen in {path} (Modus 0600): {reason}",
  "serve.secretNeedsApp":
    "Der Zugangsdatenspeicher verwahrt das Dashboard-Geheimnis zusammen mit Client-ID und Client-Secret der Trakt-App, und diese sind noch nicht gesetzt; deshalb bleibt das Geheimnis vorerst in {path} (Modus 0600). Führen Sie „export-trakt credentials set“ aus (oder setzen Sie client_id und client_secret unter [trakt]) und starten Sie das Dashboard neu, um es in den Speicher zu verschieben.",
  "serve.secretNotPersisted":
    "Der Zugangsdatenspeicher „{backend}“ kann das Dashboard-Geheimnis nicht sichern, deshalb bleibt es in {path} (Modus 0600).",

  "sandbox.remoteHost":
    "--host „{host}“ abgelehnt: Die Sandbox lauscht nur auf Loopback-Adressen (127.0.0.1, ::1, localhost). Fügen Sie --allow-remote hinzu, um trotzdem dort zu lauschen.",
  "sandbox.port":
    "--port muss eine ganze Zahl von 0 bis 65535 sein, nicht „{value}“. Verwenden Sie 0 für einen beliebigen freien Port.",
  "sandbox.latency":
    "--latency muss eine ganze Zahl von Millisekunden sein, nicht „{value}“.",
  "sandbox.banner":
    "Trakt-Sandbox läuft: ein Test- und Vorführserver, nicht Trakt.",
  "sandbox.apiBaseUrl": "API-Basis-URL",
  "sandbox.authBaseUrl": "Auth-Basis-URL",
  "sandbox.clientId": "Client-ID",
  "sandbox.clientSecret": "Client-Secret",
  "sandbox.user": "Benutzer",
  "sandbox.caCertificate": "CA-Zertifikat",
  "sandbox.faults": "Simulierte Fehler",
  "sandbox.field": "{label}: {value}",
  "sandbox.autoApprove":
    "Gerätecodes werden nach {seconds} s automatisch bestätigt.",
  "sandbox.approveAt": "Gerätecodes bestätigen Sie unter {url}",
  "sandbox.howTo":
    "Richten Sie export-trakt mit --api-base-url {url} darauf aus und setzen Sie TRAKT_CLIENT_ID und TRAKT_CLIENT_SECRET auf die Client-ID und das Client-Secret oben.",
  "sandbox.howToTls":
    "Richten Sie export-trakt mit --api-base-url {url} --ca-file {ca} darauf aus und setzen Sie TRAKT_CLIENT_ID und TRAKT_CLIENT_SECRET auf die Client-ID und das Client-Secret oben.",
  "sandbox.stopHint": "Beenden mit Strg+C.",
  "sandbox.stopped": {
    one: "Sandbox nach {count} Anfrage beendet ({rateLimited} mit 429 beantwortet).",
    other:
      "Sandbox nach {count} Anfragen beendet ({rateLimited} mit 429 beantwortet).",
  },

  "status.field": "{label}: {value}",
  "status.none": "keine",
  "status.noConfig": "keine (eingebaute Standardwerte)",
  "status.backend": "Speicher",
  "status.location": "Ort",
  "status.configFile": "Konfigurationsdatei",
  "status.key": "Schlüssel",
  "status.fileMode": "Dateimodus",
  "status.clientId": "Client-ID",
  "status.clientSecret": "Client-Secret",
  "status.accessToken": "Zugriffstoken",
  "status.refreshToken": "Aktualisierungstoken",
  "status.dashboardSecret": "Dashboard-Geheimnis",
  "status.scope": "Geltungsbereich",
  "status.expiresAt": "Läuft ab am",
  "status.status": "Zustand",
  "status.next": "Nächster Schritt: {advice}",
  "status.location.env":
    "Umgebungsvariablen (TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN, TRAKT_REFRESH_TOKEN)",
  "status.location.system":
    "Schlüsselbund des Systems, Dienst „{service}“, Benutzer „{user}“",
  "status.keySource.passphrase": "eine Passphrase (scrypt)",
  "status.keySource.keyFile": "die Schlüsseldatei „{path}“",
  "status.health.nothingStored": "nichts gespeichert",
  "status.health.missingToken": "Client gespeichert, nicht angemeldet",
  "status.health.valid": "verwendbar",
  "status.health.expired": "Zugriffstoken abgelaufen",
  "status.advice.nothingStored":
    "Speichern Sie Client-ID und Client-Secret von Trakt mit „export-trakt credentials set“.",
  "status.advice.missingToken":
    "Noch kein Zugriffstoken: Melden Sie sich bei Trakt an, um eines zu erhalten.",
  "status.advice.expiredNoRefresh":
    "Das Zugriffstoken ist abgelaufen, und es gibt kein Aktualisierungstoken: Melden Sie sich erneut bei Trakt an.",
  "status.advice.expiredRefresh":
    "Das Zugriffstoken ist abgelaufen; es wird bei der nächsten Anfrage erneuert.",
  "status.token.noLogin":
    "Es ist keine Trakt-Anmeldung gespeichert. Führen Sie „export-trakt auth“ aus, um sich anzumelden.",
  "status.security.encryptionOn":
    "Verschlüsselung: an, Schlüsselquelle: {source}",
  "status.security.encryptionOff":
    "Verschlüsselung: aus, Schlüsselquelle: {source}",
  "status.security.backend": "Zugangsdatenspeicher: {backend}",
  "status.security.auditOn": "Auditprotokoll: an, {folder}",
  "status.security.auditOff": "Auditprotokoll: aus, {folder}",
  "status.security.eventsByType": "Audit-Ereignisse seit {since}: {counts}",
  "status.security.eventsBySeverity":
    "Audit-Ereignisse nach Schweregrad: {counts}",
  "status.security.writeFailures":
    "Fehlgeschlagene Audit-Schreibvorgänge (dieser Lauf): {failures}",
  "status.security.chainIntact": "Audit-Kette: unversehrt ({lines} in {files})",
  "status.security.chainBroken":
    "Audit-Kette: GEBROCHEN in „{file}“, Zeile {line}: {problem}",
  "status.security.lines": { one: "{count} Zeile", other: "{count} Zeilen" },
  "status.security.rateLimitOn": {
    one: "Ratenbegrenzung: an, {count} Server-Limit im Audit-Zeitraum erreicht",
    other:
      "Ratenbegrenzung: an, {count} Server-Limits im Audit-Zeitraum erreicht",
  },
  "status.security.rateLimitOff": {
    one: "Ratenbegrenzung: aus, {count} Server-Limit im Audit-Zeitraum erreicht",
    other:
      "Ratenbegrenzung: aus, {count} Server-Limits im Audit-Zeitraum erreicht",
  },
  "status.security.counters":
    "Zähler der Ratenbegrenzung (dieser Lauf): {counters}",
  "status.security.counter":
    "{name}: {allowed} erlaubt, {delayed} verzögert, {refused} abgelehnt",
  "status.security.permissionsOk": "Rechteprüfung um {time}: keine Probleme",
  "status.security.permissionsProblems": {
    one: "Rechteprüfung um {time}: {count} Problem",
    other: "Rechteprüfung um {time}: {count} Probleme",
  },

  "validate.fixNeedsSecurity":
    "--fix behebt, was die Sicherheitsprüfung findet; verwenden Sie „export-trakt validate --security --fix“.",
  "validate.valid": "Die Konfiguration ist gültig ({path}).",
  "validate.validDefaults":
    "Die Konfiguration ist gültig (keine Konfigurationsdatei, eingebaute Standardwerte).",
  "validate.level.ok": "ok",
  "validate.level.info": "Hinweis",
  "validate.level.warning": "Warnung",
  "validate.level.error": "Fehler",
  "validate.area.config": "Konfiguration",
  "validate.area.keyring": "Schlüsselbund",
  "validate.area.keySource": "Schlüsselquelle",
  "validate.area.fileModes": "Dateirechte",
  "validate.area.https": "HTTPS",
  "validate.area.audit": "Audit",
  "validate.area.rateLimit": "Ratenbegrenzung",
  "validate.finding": "{level} {area}: {message}",
  "validate.rating.high": "hoch",
  "validate.rating.medium": "mittel",
  "validate.rating.low": "niedrig",
  "validate.rating": "Sicherheitsbewertung: {rating} ({errors}, {warnings}).",
  "validate.errors": { one: "{count} Fehler", other: "{count} Fehler" },
  "validate.warnings": { one: "{count} Warnung", other: "{count} Warnungen" },
  "validate.failed": {
    one: "Die Sicherheitsprüfung hat {count} Fehler gefunden (oben aufgeführt). Beheben Sie ihn (Dateirechte mit --fix) und führen Sie „export-trakt validate --security“ erneut aus.",
    other:
      "Die Sicherheitsprüfung hat {count} Fehler gefunden (oben aufgeführt). Beheben Sie sie (Dateirechte mit --fix) und führen Sie „export-trakt validate --security“ erneut aus.",
  },
  "validate.config.defaults":
    "Keine Konfigurationsdatei: Es gelten die eingebauten Standardwerte, mit allen Schutzmaßnahmen.",
  "validate.config.valid": "Die Konfigurationsdatei „{path}“ ist gültig.",
  "validate.config.permissionsNotEnforced":
    "enforce_permissions = false: Vor geheimen Dateien, die andere lesen können, wird nur gewarnt; sie werden nicht abgelehnt.",
  "validate.config.encryptionOff":
    "encryption_enabled = false: Nichts, was dieses Werkzeug speichert, wird von ihm verschlüsselt. Setzen Sie security.encryption_enabled = true.",
  "validate.keyring.file":
    "Die Zugangsdaten liegen in der verschlüsselten Datei „{path}“ (AES-256-GCM).",
  "validate.keyring.env":
    'Die Zugangsdaten kommen aus TRAKT_*-Umgebungsvariablen: Dieses Werkzeug verschlüsselt sie nicht, und ein erneuertes Token geht am Ende des Laufs verloren. Besser ist keyring_backend = "system" oder "file".',
  "validate.keyring.systemReachable":
    "Die Zugangsdaten liegen im Schlüsselbund des Betriebssystems, der erreichbar ist.",
  "validate.keyring.systemUnreachable":
    'Der Schlüsselbund des Betriebssystems ist nicht erreichbar ({reason}), deshalb ist dort noch nichts gespeichert. Starten Sie einen Secret Service, oder setzen Sie keyring_backend = "file", um die Zugangsdaten in einer verschlüsselten Datei abzulegen.',
  "validate.keyring.systemSilent":
    'Der Schlüsselbund des Betriebssystems ist nicht erreichbar (keine Antwort innerhalb von {ms} ms), deshalb ist dort noch nichts gespeichert. Starten Sie einen Secret Service, oder setzen Sie keyring_backend = "file", um die Zugangsdaten in einer verschlüsselten Datei abzulegen.',
  "validate.key.envKey": "Der Schlüssel kommt aus ENCRYPTION_KEY (32 Byte).",
  "validate.key.shortPassphrase":
    "ENCRYPTION_PASSPHRASE ist kürzer als {minimum} Zeichen und kann trotz scrypt durch Ausprobieren geknackt werden. Wählen Sie eine längere.",
  "validate.key.passphrase":
    "Der Schlüssel wird mit scrypt aus ENCRYPTION_PASSPHRASE abgeleitet.",
  "validate.key.unused":
    "Weder ENCRYPTION_KEY noch ENCRYPTION_PASSPHRASE: „export --encrypt“ würde die Schlüsseldatei „{path}“ verwenden.",
  "validate.key.keyFile":
    "Der Schlüssel kommt aus der Schlüsseldatei „{path}“ neben der Zugangsdatendatei: Er schützt nur vor jemandem, der allein die Zugangsdatendatei erhält. Setzen Sie ENCRYPTION_KEY und führen Sie „export-trakt credentials rotate-key --to env-key“ aus, oder verwenden Sie eine Passphrase mit --to passphrase.",
  "validate.mode.configOk":
    "Die Konfigurationsdatei „{path}“ hat den Modus {mode}.",
  "validate.mode.credentialsOk":
    "Die Zugangsdatendatei „{path}“ hat den Modus {mode}.",
  "validate.mode.keyOk": "Die Schlüsseldatei „{path}“ hat den Modus {mode}.",
  "validate.mode.auditOk": "Der Audit-Ordner „{path}“ hat den Modus {mode}.",
  "validate.mode.configFixed":
    "Die Konfigurationsdatei „{path}“ hatte den Modus {mode}; auf {fixed} korrigiert.",
  "validate.mode.credentialsFixed":
    "Die Zugangsdatendatei „{path}“ hatte den Modus {mode}; auf {fixed} korrigiert.",
  "validate.mode.keyFixed":
    "Die Schlüsseldatei „{path}“ hatte den Modus {mode}; auf {fixed} korrigiert.",
  "validate.mode.auditFixed":
    "Der Audit-Ordner „{path}“ hatte den Modus {mode}; auf {fixed} korrigiert.",
  "validate.mode.configOpen":
    "Die Konfigurationsdatei „{path}“ hat den Modus {mode}, offener als {wanted}. Führen Sie „export-trakt validate --security --fix“ aus.",
  "validate.mode.credentialsOpen":
    "Die Zugangsdatendatei „{path}“ hat den Modus {mode}, offener als {wanted}. Führen Sie „export-trakt validate --security --fix“ aus.",
  "validate.mode.keyOpen":
    "Die Schlüsseldatei „{path}“ hat den Modus {mode}, offener als {wanted}. Führen Sie „export-trakt validate --security --fix“ aus.",
  "validate.mode.auditOpen":
    "Der Audit-Ordner „{path}“ hat den Modus {mode}, offener als {wanted}. Führen Sie „export-trakt validate --security --fix“ aus.",
  "validate.https.plainAllowed":
    "require_https = false: Anfragen dürfen einfaches HTTP nutzen, wo Tokens im Netz mitgelesen werden können. Setzen Sie security.require_https = true.",
  "validate.https.insecure":
    "allow_insecure = true: Einfaches HTTP ist zu Hosts außerhalb von blocked_hosts erlaubt. Behalten Sie das nur für einen Entwicklungsserver bei.",
  "validate.https.only": "Nur HTTPS-Anfragen sind erlaubt.",
  "validate.https.tls": "TLS {version} oder neuer ist erforderlich.",
  "validate.https.hosts": "Anfragen gehen nur an {hosts}.",
  "validate.https.extraHosts": "allowed_hosts enthält außerdem {hosts}.",
  "validate.https.unblocked":
    "blocked_hosts enthält {hosts} nicht mehr: Loopback- oder Cloud-Metadaten-Adressen wären erreichbar, wenn allowed_hosts sie nennt. Nehmen Sie sie wieder in security.https.blocked_hosts auf.",
  "validate.https.loopback":
    "{key} ist {url}: Anfragen gehen an einen Server auf diesem Rechner (etwa die Sandbox), was auch immer allowed_hosts sagt.",
  "validate.https.loopbackPlain":
    "{key} ist {url}: Anfragen gehen über einfaches HTTP an einen Server auf diesem Rechner (etwa die Sandbox), was auch immer allowed_hosts sagt.",
  "validate.https.notAllowed":
    "{key} ist {url}, aber {host} steht nicht in security.https.allowed_hosts: Jede Anfrage dorthin wird abgelehnt. Tragen Sie den Host dort ein oder korrigieren Sie die URL.",
  "validate.https.noHsts":
    "enable_hsts = false: Ein fehlender HSTS-Header wird nicht gemeldet.",
  "validate.audit.off":
    "Das Auditprotokoll ist aus: Die Nutzung der Zugangsdaten und Exporte hinterlassen keine Spur. Setzen Sie security.audit_logging = true.",
  "validate.audit.on":
    "Das Auditprotokoll ist an, in „{folder}“; Dateien werden {days} Tage aufbewahrt.",
  "validate.audit.sensitive":
    "include_sensitive = true: Benutzernamen, Pfade und Adressen werden ins Auditprotokoll geschrieben (Geheimnisse nie). Setzen Sie es außerhalb der Fehlersuche auf false.",
  "validate.audit.level":
    'log_level = "{level}": Routineereignisse wie der Zugriff auf Zugangsdaten werden nicht aufgezeichnet.',
  "validate.audit.chainNote":
    "Die Hash-Kette zeigt von Hand geänderte, eingefügte oder entfernte Zeilen, hat aber keinen geheimen Schlüssel: Wer in den Audit-Ordner schreiben kann, kann die ganze Kette neu schreiben.",
  "validate.rateLimit.off":
    "Die Ratenbegrenzung ist aus: Eine Schleife oder eine Flut von Wiederholungen kann das Kontingent der Trakt-API erschöpfen. Setzen Sie security.rate_limit_enabled = true.",
  "validate.rateLimit.on": "Die Ratenbegrenzung ist an: {limits}.",

  "auditList.time": "Zeit",
  "auditList.severity": "Schweregrad",
  "auditList.type": "Typ",
  "auditList.action": "Quelle/Aktion",
  "auditList.result": "Ergebnis",
  "auditList.message": "Meldung",
  "auditList.none": "Keine Audit-Ereignisse in „{folder}“.",
  "auditList.noneMatching":
    "Keine Audit-Ereignisse in „{folder}“ passen zu den Filtern.",
  "auditList.since":
    "--since muss ein Datum wie 2026-03-01 oder 2026-03-01T10:00:00Z sein, nicht „{value}“.",
  "auditList.type.invalid":
    "--type muss einer dieser Werte sein: {types}, nicht „{value}“.",
  "auditList.severity.invalid":
    "--severity muss einer dieser Werte sein: {severities}, nicht „{value}“.",
  "auditList.broken":
    "Das Auditprotokoll ist in „{file}“, Zeile {line}, gebrochen: {problem}. Einträgen ab dieser Zeile ist nicht zu trauen; bewahren Sie eine Kopie des Ordners für die Untersuchung auf.",

  "migrate.moved": "- verschoben {key}: jetzt {to}",
  "migrate.movedWithNote": "- verschoben {key}: jetzt {to}; {note}",
  "migrate.changed": "- geändert {key}: {detail}",
  "migrate.dropped": "- entfernt {key}: {detail}",
  "migrate.added": "- hinzugefügt {key}: {detail}",
  "migrate.sameFile":
    "Die Konfiguration des Go-Werkzeugs „{path}“ selbst wird nicht überschrieben. Geben Sie mit --output einen anderen Pfad an.",
  "migrate.unreadable":
    "Die Konfiguration des Go-Werkzeugs „{path}“ konnte nicht gelesen werden: {reason}. Prüfen Sie den Pfad.",
  "migrate.invalidToml":
    '„{file}“ ist kein gültiges TOML: {reason}. Korrigieren Sie die Datei (ein Modus wie 0600 muss als "0600" oder 0o600 geschrieben werden) und starten Sie die Migration erneut.',
  "migrate.unknownKey": "keine Version des Go-Werkzeugs las diesen Schlüssel",
  "migrate.alreadySet":
    "ein früherer Schlüssel hat {to} schon gesetzt; dieser Wert wurde behalten",
  "migrate.historyMode":
    'auf "aggregated" gesetzt, den Standard des Go-Werkzeugs (der eigene Standard dieses Werkzeugs ist "individual", eine Zeile pro Sichtung)',
  "migrate.types":
    'auf ["watched"] gesetzt, was das Go-Werkzeug ohne --export exportierte; fügen Sie "watchlist", "lists" oder "collection" hinzu, um mehr zu exportieren (Bewertungen und Rezensionen gehören zu "watched")',
  "migrate.logRotation":
    'auf "10MB" mit logging.max_files = 5 gesetzt: Die Protokolldatei wird jetzt rotiert, statt endlos zu wachsen',
  "migrate.notLogLevel":
    '{value} ist keine Protokollstufe; "info" wird verwendet',
  "migrate.writtenAs": '{value} wird als "{written}" geschrieben',
  "migrate.writtenAsText":
    '{value} wird als "text" geschrieben (lesbare Zeilen)',
  "migrate.megabytes": '{value} (Megabyte) wird als "{written}" geschrieben',
  "migrate.notOneOf":
    "{value} ist keiner der Werte {allowed}; der Standardwert wird verwendet",
  "migrate.localTimeZone":
    "ohne eingestellte Zeitzone gilt die des Trakt-Kontos, danach die des Systems; setzen Sie [export] timezone, um eine festzulegen",
  "migrate.notTimeZone": "{value} ist keine IANA-Zeitzone",
  "migrate.extendedLetterboxd":
    '"letterboxd" ließ das Go-Werkzeug letterboxd_import.csv schreiben (und ein ungültiges extended=letterboxd an Trakt senden); watched.csv ist hier bereits im Importformat von Letterboxd',
  "migrate.extendedInfo":
    "dieses Werkzeug fragt Trakt bei jedem Aufruf nach den Feldern, die es braucht",
  "migrate.dateFormat":
    "das Go-Zeitformat {value} wird nicht gebraucht: Letterboxd liest nur JJJJ-MM-TT, was dieses Werkzeug immer schreibt",
  "migrate.notSize": '{value} ist keine Größe wie "10MB"',
  "migrate.notFileMode": '{value} ist kein Dateimodus wie "0600"',
  "migrate.accessToken":
    "Tokens werden hier nicht in der Konfiguration gehalten; melden Sie sich erneut an, dann verwahrt sie der Zugangsdatenspeicher",
  "migrate.fixedFileNames":
    "die Dateinamen sind hier fest (watched.csv, watchlist.csv, lists/<name>.csv), damit jeder zu seiner Importseite bei Letterboxd passt",
  "migrate.showsFileName":
    "die Dateinamen sind hier fest (watched.csv, watchlist.csv, lists/<name>.csv), damit jeder zu seiner Importseite bei Letterboxd passt; Serien lassen sich nicht in Letterboxd importieren",
  "migrate.ratingsFileName":
    "die Dateinamen sind hier fest (watched.csv, watchlist.csv, lists/<name>.csv), damit jeder zu seiner Importseite bei Letterboxd passt; Bewertungen stehen in watched.csv",
  "migrate.ignoredByGo": "vom Go-Werkzeug nie verwendet",
  "migrate.exportFormat":
    "vom Go-Werkzeug nie verwendet; die Ausgabe ist immer CSV",
  "migrate.defaultLanguage":
    "Meldungen richten sich nach der Sprache der Umgebung, sonst Englisch",
  "migrate.localesDir": "der Meldungskatalog ist eingebaut",
  "migrate.httpsSection":
    "das Go-Werkzeug wandte [security.https] nie an; stattdessen werden die fest vorgegebenen Standardwerte dieses Werkzeugs geschrieben (nur HTTPS, TLS 1.2 oder neuer, api.trakt.tv und auth.trakt.tv)",
  "migrate.authSection":
    "das Go-Werkzeug überschrieb diese Werte selbst; die Anmeldung hier braucht keinen davon",
  "migrate.webserverSection":
    "vom Go-Werkzeug nie gelesen; das Dashboard hat eigene Einstellungen",

  "legacy.note":
    "Hinweis: Das ist die Schreibweise des Go-Werkzeugs; schreiben Sie künftig: {command}",

  "usage.tooManyArguments": {
    one: "Zu viele Argumente: „{path}“ nimmt {count} Argument, erhielt aber {received}. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
    other:
      "Zu viele Argumente: „{path}“ nimmt {count} Argumente, erhielt aber {received}. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  },
  "usage.noArguments":
    "Zu viele Argumente: „{path}“ nimmt keine, erhielt aber {received}. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.conflictingOptions":
    "Die Option „{option}“ kann nicht zusammen mit der Option „{other}“ verwendet werden. Führen Sie „{path} --help“ aus, um die Verwendung zu sehen.",
  "usage.term.options": "Optionen",
  "usage.term.command": "Befehl",
  "usage.term.file": "Datei",
  "usage.term.path": "Pfad",
  "usage.term.name": "Name",
  "usage.term.mode": "Modus",
  "usage.term.list": "Liste",
  "usage.term.date": "Datum",
  "usage.term.dir": "Ordner",
  "usage.term.host": "Host",
  "usage.term.port": "Port",
  "usage.term.types": "Typen",
  "usage.term.level": "Stufe",
  "usage.term.source": "Quelle",
  "usage.term.backend": "Speicher",
  "usage.term.oldConfig": "alte-Konfig",
  "migrate.secretInFile":
    "übernommen, aber ein Geheimnis in der Konfigurationsdatei löst bei jedem Lauf eine Warnung aus: speichern Sie es mit „export-trakt credentials set“ und löschen Sie dann die Zeile",
  "migrate.replaceWithOutput":
    "--replace schreibt die neue Konfiguration an die Stelle der alten; lassen Sie --output oder --replace weg.",
  "migrate.backupFailed":
    "Die Konfiguration des Go-Tools konnte nicht als „{path}“ aufbewahrt werden ({reason}); nichts wurde geändert. Liegt dort eine frühere Sicherung, verschieben Sie sie und führen Sie den Befehl erneut aus.",
  "migrate.alreadyMigrated":
    "„{file}“ ist bereits eine Konfigurationsdatei dieses Tools (sie enthält Schlüssel, die das Go-Tool nie hatte, etwa [export] output_dir); eine erneute Migration würde ihre Einstellungen zurücksetzen. Es wurde nichts geschrieben.",
};
