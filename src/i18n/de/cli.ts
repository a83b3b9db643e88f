import type { CatalogueOf } from "../catalogue-types.js";
import type { cliEn } from "../en/cli.js";

/** What the commands print: frames, progress, summaries, success lines. */
export const cliDe: CatalogueOf<typeof cliEn> = {
  "cli.error": "Fehler: {message}",
  "cli.warning": "Warnung: {message}",
  "cli.internalError":
    "Unerwarteter interner Fehler; bitte melden Sie ihn mit dem Text unten.",
  "count.rows": { one: "{count} Zeile", other: "{count} Zeilen" },
  "count.files": { one: "{count} Datei", other: "{count} Dateien" },
  "count.lines": { one: "{count} Zeile", other: "{count} Zeilen" },
  "count.endpoints": { one: "{count} Endpunkt", other: "{count} Endpunkte" },
  "count.films": { one: "{count} Film", other: "{count} Filme" },
  "count.viewings": { one: "{count} Sichtung", other: "{count} Sichtungen" },
  "progress.reading": "Lesen {bar} {done}/{total} Dateien",
  "progress.fetching": {
    one: "Abruf von Trakt: {count} Seite",
    other: "Abruf von Trakt: {count} Seiten",
  },
  "progress.rateLimit":
    "Trakt bittet um langsamere Anfragen: {seconds} s Wartezeit",
  "progress.retrying":
    "Neuer Versuch für {path} in {seconds} s (Versuch {attempt})",
  "progress.converting": "Umwandlung in Letterboxd-Zeilen…",
  "progress.writing": "{files} Dateien werden geschrieben…",
  "summary.zone.option": "aus --timezone oder der Konfiguration",
  "summary.zone.account": "die des Trakt-Kontos",
  "summary.zone.system":
    "die dieses Rechners; mit --timezone wählen Sie eine andere",
  "summary.read":
    "{files} aus {source} gelesen (Zeitzone {zone}, {zoneSource}).",
  "summary.fetched":
    "{endpoints} von {source} abgerufen (Zeitzone {zone}, {zoneSource}).",
  "summary.watchlistOnly":
    "{where} (nur dort: der Profilimport würde jeden Film als gesehen markieren)",
  "summary.asList": "{where} als „{list}“",
  "summary.parts":
    "Nummerierte Teile gehören auf dieselbe Seite, jeder als eigener Upload und jeder innerhalb der Größengrenzen von Letterboxd.",
  "summary.filmsFromViewings": "{films} aus {viewings}",
  "summary.sameDayMerged": {
    one: "{count} Sichtung am selben Tag zu einem Tagebucheintrag zusammengefasst (Letterboxd behält einen pro Film und Tag)",
    other:
      "{count} Sichtungen am selben Tag zu einem Tagebucheintrag zusammengefasst (Letterboxd behält einen pro Film und Tag)",
  },
  "summary.undated": {
    one: "{count} Sichtung ohne verwendbares Datum",
    other: "{count} Sichtungen ohne verwendbares Datum",
  },
  "summary.beforeSince": {
    one: "{count} Zeile vor --since ausgelassen",
    other: "{count} Zeilen vor --since ausgelassen",
  },
  "summary.skipped": "Nicht exportiert: {items} aus {source}",
  "source.history": "dem Verlauf",
  "source.ratings": "den Bewertungen",
  "source.comments": "den Kommentaren",
  "source.watchlist": "der Merkliste",
  "source.collection": "der Sammlung",
  "source.favorites": "den Favoriten",
  "source.television": "den Fernsehdateien",
  "source.list": "der Liste „{name}“",
  "summary.ignored": {
    one: "{count} Eingabedatei ignoriert (in report.json aufgeführt)",
    other: "{count} Eingabedateien ignoriert (in report.json aufgeführt)",
  },
  "summary.withoutIds": {
    one: "{count} Zeile ohne IMDb- oder TMDB-ID: Letterboxd ordnet sie über den Titel zu, prüfen Sie sie also",
    other:
      "{count} Zeilen ohne IMDb- oder TMDB-ID: Letterboxd ordnet sie über den Titel zu, prüfen Sie sie also",
  },
  "note.spoilerReviews": {
    one: "{count} Ihrer Rezensionen ist bei Trakt als Spoiler markiert; der Import kennt keine Spoiler-Markierung, setzen Sie also nach dem Import auf Letterboxd das Häkchen bei „contains spoilers“.",
    other:
      "{count} Ihrer Rezensionen sind bei Trakt als Spoiler markiert; der Import kennt keine Spoiler-Markierung, setzen Sie also nach dem Import auf Letterboxd das Häkchen bei „contains spoilers“.",
  },
  "note.watchlistNotes": {
    one: "{count} Notiz der Merkliste wurde nicht übernommen: Der Merklisten-Import von Letterboxd nimmt keine Notizen an.",
    other:
      "{count} Notizen der Merkliste wurden nicht übernommen: Der Merklisten-Import von Letterboxd nimmt keine Notizen an.",
  },
  "note.undatedFilms": {
    one: "{count} Film hat keine datierte Sichtung (bewertet, rezensiert oder ohne Datum erfasst): Er erhält eine Zeile ohne Datum, die ihn ohne Tagebucheintrag als gesehen markiert.",
    other:
      "{count} Filme haben keine datierte Sichtung (bewertet, rezensiert oder ohne Datum erfasst): Sie erhalten Zeilen ohne Datum, die sie ohne Tagebucheintrag als gesehen markieren.",
  },
  "summary.undoWarning":
    "Letterboxd-Importe lassen sich nicht rückgängig machen: Prüfen Sie die Zuordnungen auf jeder Seite, bevor Sie bestätigen.",
  "summary.dryRun":
    "Probelauf: {rows} in {files} würden geschrieben; nichts wurde geschrieben.",
  "summary.wrote": "{rows} in {files} nach {folder} geschrieben",
  "skip.episode": { one: "{count} Serienfolge", other: "{count} Serienfolgen" },
  "skip.show": { one: "{count} Serie", other: "{count} Serien" },
  "skip.season": { one: "{count} Staffel", other: "{count} Staffeln" },
  "skip.person": { one: "{count} Person", other: "{count} Personen" },
  "skip.noFilm": {
    one: "{count} Eintrag ohne Film",
    other: "{count} Einträge ohne Film",
  },
  "skip.invalid": {
    one: "{count} fehlerhafter Eintrag",
    other: "{count} fehlerhafte Einträge",
  },
  "skip.ratingRange": {
    one: "{count} Bewertung außerhalb von 1–10",
    other: "{count} Bewertungen außerhalb von 1–10",
  },
  "skip.reply": {
    one: "{count} Antwort auf einen Kommentar",
    other: "{count} Antworten auf Kommentare",
  },
  "skip.emptyComment": {
    one: "{count} leerer Kommentar",
    other: "{count} leere Kommentare",
  },
  "skip.television": {
    one: "{count} Fernseheintrag",
    other: "{count} Fernseheinträge",
  },
  "cli.export.noEarlierExport":
    "--since last hat in {path} keinen früheren Export gefunden; dieser Lauf exportiert alles.",
  "cli.export.maxRowsAboveLimit":
    "--max-rows {value} liegt über der Grenze von Letterboxd von {limit} Zeilen pro Datei; der Import lehnt größere Dateien womöglich ab.",
  "cli.export.maxBytesAboveLimit":
    "--max-bytes {value} liegt über der Grenze von Letterboxd von {limit} Bytes pro Datei; der Import lehnt größere Dateien womöglich ab.",
  "cli.auth.openCode":
    "Öffnen Sie {url} und geben Sie den Code {code} ein (gültig für {minutes} Minuten). Warte auf die Bestätigung…",
  "cli.auth.done": "Bei Trakt angemeldet; die Tokens sind gespeichert.",
  "cli.token.none":
    "Es ist keine Trakt-Anmeldung gespeichert. Führen Sie „export-trakt auth“ aus.",
  "cli.token.expires":
    "Eine Trakt-Anmeldung ist gespeichert; sie läuft am {time} ab.",
  "cli.token.expired":
    "Eine Trakt-Anmeldung ist gespeichert; sie ist am {time} abgelaufen.",
  "cli.token.unknownTime": "einem unbekannten Zeitpunkt",
  "cli.token.refreshed":
    "Die Trakt-Anmeldung wurde erneuert; die neuen Tokens sind gespeichert.",
  "cli.token.revoked":
    "Die Trakt-Anmeldung wurde widerrufen und die Tokens vergessen.",
  "cli.token.cleared": "Die gespeicherten Trakt-Tokens wurden vergessen.",
  "cli.config.written":
    "Die Konfigurationsdatei „{path}“ wurde geschrieben (Modus 0600).",
  "cli.config.migrated":
    "„{path}“ wurde mit den {changes} oben aufgeführten Änderungen geschrieben (Modus 0600). Prüfen Sie die Datei und übergeben Sie sie dann mit --config.",
  "cli.credentials.stored":
    "Client-ID und Client-Secret wurden im Speicher {backend} abgelegt ({location}).",
  "cli.credentials.storedKeptTokens":
    "Client-ID und Client-Secret wurden im Speicher {backend} abgelegt ({location}). Vorhandene Tokens wurden behalten.",
  "cli.credentials.rotated":
    "„{location}“ wurde mit einem neuen Schlüssel neu verschlüsselt ({from} zu {to}).",
  "cli.credentials.moved":
    "Die Zugangsdaten wurden vom Speicher {from} in den Speicher {to} verschoben.",
  "cli.credentials.movedAndRemoved":
    "Die Zugangsdaten wurden vom Speicher {from} in den Speicher {to} verschoben und an der Quelle entfernt.",
  "cli.credentials.deleted": "Die Zugangsdaten in {location} wurden gelöscht.",
  "cli.credentials.nothingToDelete": "In {location} gibt es nichts zu löschen.",
  "cli.audit.nothingToVerify":
    "Keine Auditdateien in „{folder}“; nichts zu prüfen.",
  "cli.audit.intact":
    "Auditprotokoll unversehrt: {lines} in {files} in „{folder}“.",
  "cli.audit.unreadable": {
    one: "{count} Auditzeile konnte nicht gelesen werden. Führen Sie „export-trakt audit verify“ aus, um sie zu finden.",
    other:
      "{count} Auditzeilen konnten nicht gelesen werden. Führen Sie „export-trakt audit verify“ aus, um sie zu finden.",
  },
  "cli.schedule.zone.option": "aus --timezone oder [export] timezone",
  "cli.schedule.zone.account": "die des Kontos, laut Export",
  "cli.schedule.zone.system":
    "die dieses Rechners; mit --timezone wählen Sie eine andere",
  "cli.schedule.start":
    "Zeitplan „{expression}“ in {zone} ({zoneSource}). Nächste Läufe:",
  "cli.schedule.howItRuns":
    "Jeder Lauf schreibt einen neuen Ordner unter {folder} und hält die Exportsperre. Beenden mit Strg+C oder SIGTERM.",
  "cli.schedule.stopped":
    "Planer beendet: {runs} gestartet, {succeeded} erfolgreich, {failed} fehlgeschlagen, {skipped} übersprungen, {stopped} abgebrochen.",
  "count.runs": { one: "{count} Lauf", other: "{count} Läufe" },
  "warning.unchanged":
    "Seit dem letzten Export auf Trakt unverändert, daher nicht erneut geschrieben: {kinds}.",
  "warning.accountTimeZone":
    "Die Zeitzone des Kontos „{zone}“ im Export ist keine bekannte IANA-Zeitzone; die Zeitzone des Systems wurde verwendet. Wählen Sie mit --timezone eine aus.",
  "warning.noWatchlist":
    "Der Export enthält keine Watchlist-Datei; es wurde keine watchlist.csv geschrieben.",
  "warning.noCollection":
    "Der Export enthält keine Sammlungsdatei; es wurde keine lists/collection.csv geschrieben.",
  "warning.summaryOnly":
    "Der Export enthält keinen Sichtungsverlauf, nur die letzte Sichtung jedes Films: Frühere Sichtungen sind unbekannt, daher erhält jeder Film eine einzige Tagebuchzeile.",
  "warning.filmsOnlyInSummary": {
    one: "{count} Film steht in watched-movies, aber nicht im Verlauf; er erhielt eine Zeile für seine letzte Sichtung.",
    other:
      "{count} Filme stehen in watched-movies, aber nicht im Verlauf; jeder erhielt eine Zeile für seine letzte Sichtung.",
  },
  "health.state.waiting":
    "Der Planer wartet auf den nächsten Lauf: Prozess {pid} auf {host}, gestartet am {since}, Zeitplan „{expression}“ ({zone}).",
  "health.state.running":
    "Der Planer exportiert gerade (Lauf Nr. {number}, seit {time}): Prozess {pid} auf {host}, gestartet am {since}, Zeitplan „{expression}“ ({zone}).",
  "health.state.stopped":
    "Der Planer wurde am {time} beendet: Prozess {pid} auf {host}, gestartet am {since}, Zeitplan „{expression}“ ({zone}).",
  "health.state.gone":
    "Der Planer läuft nicht mehr: Prozess {pid} auf {host} existiert nicht mehr, zuletzt gemeldet am {time}; gestartet am {since}, Zeitplan „{expression}“ ({zone}).",
  "health.noRunYet": "Noch kein Lauf abgeschlossen.",
  "health.lastRun": "Letzter Lauf: Nr. {number}, {result}, {time}: {message}",
  "health.result.success": "erfolgreich",
  "health.result.failure": "fehlgeschlagen",
  "health.result.skipped": "übersprungen",
  "health.result.stopped": "abgebrochen",
  "health.nextRun": "Nächster Lauf: {time}.",
  "health.noNextRun": "Der Zeitplan enthält keinen weiteren Lauf.",
  "health.neverStarted":
    "Kein Planer hat seinen Status „{path}“ geschrieben. Starten Sie einen mit „export-trakt schedule“ und derselben Konfigurationsdatei (der Status liegt in deren [export] output_dir).",
  "health.stopped":
    "Der Planer wurde am {time} beendet. Starten Sie ihn mit „export-trakt schedule“ neu.",
  "health.processGone":
    "Der Planer (Prozess {pid}) wurde beendet, ohne sauber anzuhalten. Seine letzten Logzeilen (auf stderr oder in der Logdatei, falls eine eingestellt ist) nennen den Grund; starten Sie ihn mit „export-trakt schedule“ neu.",
  "health.stuckTooLong": {
    one: "Lauf Nr. {number} läuft seit {time}, also länger als {count} Stunde: Er hängt. Beenden Sie den Planer und starten Sie ihn neu; sein Log zeigt, welchen Schritt der Lauf erreicht hat.",
    other:
      "Lauf Nr. {number} läuft seit {time}, also länger als {count} Stunden: Er hängt. Beenden Sie den Planer und starten Sie ihn neu; sein Log zeigt, welchen Schritt der Lauf erreicht hat.",
  },
  "health.stuckSkipping": {
    one: "Lauf Nr. {number}, seit {time} im Gange, hat den Planer {count} fälligen Lauf überspringen lassen: Er hängt, oder der Zeitplan lässt ihm zu wenig Zeit. Das Log zeigt, welchen Schritt der Lauf erreicht hat; starten Sie den Planer neu oder wählen Sie größere Abstände.",
    other:
      "Lauf Nr. {number}, seit {time} im Gange, hat den Planer {count} fällige Läufe in Folge überspringen lassen: Er hängt, oder der Zeitplan lässt ihm zu wenig Zeit. Das Log zeigt, welchen Schritt der Lauf erreicht hat; starten Sie den Planer neu oder wählen Sie größere Abstände.",
  },
  "health.overdue":
    "Der für {time} fällige Lauf hat nicht begonnen: Der Planer hängt oder sein Rechner war im Ruhezustand. Starten Sie den Planer neu.",
  "health.failing":
    "Fehlgeschlagene Läufe in Folge: {count}. Der jüngste: {message}. Beheben Sie die Ursache oder lesen Sie das Log und „export-trakt audit --type data_export“.",
  "cli.config.migratedInPlace":
    "„{path}“ wurde mit den {changes} oben aufgeführten Änderungen geschrieben (Modus 0600), anstelle der Konfiguration des Go-Tools, die als „{backup}“ aufbewahrt ist. Sie wird ab jetzt ohne --config gelesen.",
};
