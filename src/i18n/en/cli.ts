import type { MessageTable } from "../catalogue-types.js";

/** What the commands print: frames, progress, summaries, success lines. */
export const cliEn = {
  "cli.error": "Error: {message}",
  "cli.warning": "Warning: {message}",
  "cli.internalError":
    "Unexpected internal error; please report it with the text below.",
  "count.rows": { one: "{count} row", other: "{count} rows" },
  "count.files": { one: "{count} file", other: "{count} files" },
  "count.lines": { one: "{count} line", other: "{count} lines" },
  "count.endpoints": { one: "{count} endpoint", other: "{count} endpoints" },
  "count.films": { one: "{count} film", other: "{count} films" },
  "count.viewings": { one: "{count} viewing", other: "{count} viewings" },
  "progress.reading": "Reading {bar} {done}/{total} files",
  "progress.fetching": {
    one: "Fetching from Trakt: {count} page",
    other: "Fetching from Trakt: {count} pages",
  },
  "progress.rateLimit": "Trakt asked to slow down: waiting {seconds} s",
  "progress.retrying": "Retrying {path} in {seconds} s (attempt {attempt})",
  "progress.converting": "Converting to Letterboxd rows…",
  "progress.writing": "Writing {files} files…",
  "summary.zone.option": "from --timezone or the config",
  "summary.zone.account": "the Trakt account's",
  "summary.zone.system": "this computer's; pass --timezone to choose",
  "summary.read":
    "Read {files} from {source} (time zone {zone}, {zoneSource}).",
  "summary.fetched":
    "Fetched {endpoints} from {source} (time zone {zone}, {zoneSource}).",
  "summary.watchlistOnly":
    "{where} (only there: the profile import would mark every film as watched)",
  "summary.asList": '{where} as "{list}"',
  "summary.parts":
    "Numbered parts go to the same page, one upload each, each within Letterboxd's size limits.",
  "summary.filmsFromViewings": "{films} from {viewings}",
  "summary.sameDayMerged": {
    one: "{count} same-day viewing merged into one diary entry (Letterboxd keeps one per film and day)",
    other:
      "{count} same-day viewings merged into one diary entry (Letterboxd keeps one per film and day)",
  },
  "summary.undated": {
    one: "{count} viewing without a usable date",
    other: "{count} viewings without a usable date",
  },
  "summary.beforeSince": {
    one: "{count} row older than --since left out",
    other: "{count} rows older than --since left out",
  },
  "summary.skipped": "{items} in {source} not exported",
  "source.history": "history",
  "source.ratings": "ratings",
  "source.comments": "comments",
  "source.watchlist": "watchlist",
  "source.collection": "collection",
  "source.favorites": "favorites",
  "source.television": "television files",
  "source.list": 'list "{name}"',
  "summary.ignored": {
    one: "{count} input file ignored (listed in report.json)",
    other: "{count} input files ignored (listed in report.json)",
  },
  "summary.withoutIds": {
    one: "{count} row without IMDb or TMDB id: Letterboxd will match by title, so check them",
    other:
      "{count} rows without IMDb or TMDB id: Letterboxd will match by title, so check them",
  },
  "note.spoilerReviews": {
    one: '{count} of your reviews is marked as a spoiler on Trakt; the import has no spoiler flag, so tick "contains spoilers" on Letterboxd after importing.',
    other:
      '{count} of your reviews are marked as a spoiler on Trakt; the import has no spoiler flag, so tick "contains spoilers" on Letterboxd after importing.',
  },
  "note.watchlistNotes": {
    one: "{count} watchlist note was not carried: Letterboxd's watchlist import takes no notes.",
    other:
      "{count} watchlist notes were not carried: Letterboxd's watchlist import takes no notes.",
  },
  "note.undatedFilms": {
    one: "{count} film has no dated viewing (rated, reviewed or logged without a date): it gets an undated row, which marks it as watched without a diary entry.",
    other:
      "{count} films have no dated viewing (rated, reviewed or logged without a date): they get undated rows, which mark them as watched without a diary entry.",
  },
  "summary.undoWarning":
    "Letterboxd imports cannot be undone: check the matches on each page before you confirm.",
  "summary.dryRun":
    "Dry run: {rows} in {files} would be written; nothing was written.",
  "summary.wrote": "Wrote {rows} in {files} to {folder}",
  "skip.episode": { one: "{count} TV episode", other: "{count} TV episodes" },
  "skip.show": { one: "{count} show", other: "{count} shows" },
  "skip.season": { one: "{count} season", other: "{count} seasons" },
  "skip.person": { one: "{count} person", other: "{count} people" },
  "skip.noFilm": {
    one: "{count} entry without a film",
    other: "{count} entries without a film",
  },
  "skip.invalid": {
    one: "{count} malformed entry",
    other: "{count} malformed entries",
  },
  "skip.ratingRange": {
    one: "{count} rating outside 1-10",
    other: "{count} ratings outside 1-10",
  },
  "skip.reply": {
    one: "{count} reply to a comment",
    other: "{count} replies to comments",
  },
  "skip.emptyComment": {
    one: "{count} empty comment",
    other: "{count} empty comments",
  },
  "skip.television": { one: "{count} TV item", other: "{count} TV items" },
  "cli.export.noEarlierExport":
    "--since last found no earlier export recorded in {path}; this run exports everything.",
  "cli.export.maxRowsAboveLimit":
    "--max-rows {value} is above Letterboxd's limit of {limit} rows per file; the importer may refuse the larger files.",
  "cli.export.maxBytesAboveLimit":
    "--max-bytes {value} is above Letterboxd's limit of {limit} bytes per file; the importer may refuse the larger files.",
  "cli.auth.openCode":
    "Open {url} and enter the code {code} (valid for {minutes} minutes). Waiting for approval…",
  "cli.auth.done": "Logged in to Trakt; the tokens are stored.",
  "cli.token.none": 'No Trakt login is stored. Run "export-trakt auth".',
  "cli.token.expires": "A Trakt login is stored; it expires at {time}.",
  "cli.token.expired": "A Trakt login is stored; it expired at {time}.",
  "cli.token.unknownTime": "an unknown time",
  "cli.token.refreshed":
    "Refreshed the Trakt login; the new tokens are stored.",
  "cli.token.revoked": "Revoked the Trakt login and forgot the tokens.",
  "cli.token.cleared": "Forgot the stored Trakt tokens.",
  "cli.config.written": 'Wrote the config file "{path}" (mode 0600).',
  "cli.config.migrated":
    'Wrote "{path}" (mode 0600) with {changes} changes listed above. Check it, then pass it with --config.',
  "cli.credentials.stored":
    "Stored the client id and secret in the {backend} backend ({location}).",
  "cli.credentials.storedKeptTokens":
    "Stored the client id and secret in the {backend} backend ({location}). Existing tokens were kept.",
  "cli.credentials.rotated":
    'Re-encrypted "{location}" with a new key ({from} to {to}).',
  "cli.credentials.moved":
    "Moved the credentials from the {from} backend to the {to} backend.",
  "cli.credentials.movedAndRemoved":
    "Moved the credentials from the {from} backend to the {to} backend and removed them from the source.",
  "cli.credentials.deleted": "Deleted the credentials from {location}.",
  "cli.credentials.nothingToDelete": "Nothing to delete in {location}.",
  "cli.audit.nothingToVerify":
    'No audit files in "{folder}"; nothing to verify.',
  "cli.audit.intact": 'Audit log intact: {lines} in {files} in "{folder}".',
  "cli.audit.unreadable": {
    one: '{count} audit line could not be read. Run "export-trakt audit verify" to find it.',
    other:
      '{count} audit lines could not be read. Run "export-trakt audit verify" to find them.',
  },
  "cli.schedule.zone.option": "from --timezone or [export] timezone",
  "cli.schedule.zone.account": "the account's, from the export",
  "cli.schedule.zone.system": "this computer's; pass --timezone to choose",
  "cli.schedule.start":
    'Schedule "{expression}" in {zone} ({zoneSource}). Next runs:',
  "cli.schedule.howItRuns":
    "Each run writes a new folder under {folder} and holds the export lock. Stop with Ctrl+C or SIGTERM.",
  "cli.schedule.stopped":
    "Scheduler stopped: {runs} started, {succeeded} succeeded, {failed} failed, {skipped} skipped, {stopped} interrupted.",
  "count.runs": { one: "{count} run", other: "{count} runs" },
  "warning.unchanged":
    "Unchanged on Trakt since the last export, so not written again: {kinds}.",
  "warning.accountTimeZone":
    'The account time zone "{zone}" in the export is not a known IANA time zone; the system time zone was used. Pass --timezone to choose one.',
  "warning.noWatchlist":
    "The export has no watchlist file; no watchlist.csv was written.",
  "warning.noCollection":
    "The export has no collection file; no lists/collection.csv was written.",
  "warning.summaryOnly":
    "The export has no viewing history, only each film's last viewing: earlier viewings are unknown, so each film gets one diary row.",
  // English keeps one wording for every count; the others use their plurals.
  "warning.filmsOnlyInSummary": {
    other:
      "{count} films are in watched-movies but not in the history; each got one row for its last viewing.",
  },
  "health.state.waiting":
    'The scheduler is waiting for its next run: process {pid} on {host}, started {since}, schedule "{expression}" ({zone}).',
  "health.state.running":
    'The scheduler is exporting (run {number}, since {time}): process {pid} on {host}, started {since}, schedule "{expression}" ({zone}).',
  "health.state.stopped":
    'The scheduler stopped at {time}: process {pid} on {host}, started {since}, schedule "{expression}" ({zone}).',
  "health.state.gone":
    'The scheduler is not running: process {pid} on {host} is gone, last heard from at {time}; it started {since}, schedule "{expression}" ({zone}).',
  "health.noRunYet": "No run has finished yet.",
  "health.lastRun": "Last run: number {number}, {result}, {time}: {message}",
  "health.result.success": "succeeded",
  "health.result.failure": "failed",
  "health.result.skipped": "skipped",
  "health.result.stopped": "stopped",
  "health.nextRun": "Next run: {time}.",
  "health.noNextRun": "The schedule names no later run.",
  "health.neverStarted":
    'No scheduler has written its status "{path}". Start one with "export-trakt schedule", using the same config file (the status lives in its [export] output_dir).',
  "health.stopped":
    'The scheduler stopped at {time}. Start it again with "export-trakt schedule".',
  "health.processGone":
    'The scheduler (process {pid}) ended without stopping cleanly. Its last log lines (stderr, or the log file when one is set) say why; start it again with "export-trakt schedule".',
  "health.stuckTooLong": {
    one: "Run {number} has been going since {time}, for more than {count} hour: it is stuck. Stop the scheduler and start it again; its log shows the step the run reached.",
    other:
      "Run {number} has been going since {time}, for more than {count} hours: it is stuck. Stop the scheduler and start it again; its log shows the step the run reached.",
  },
  "health.stuckSkipping": {
    one: "Run {number}, going since {time}, made the scheduler skip {count} due run: it is stuck, or the schedule leaves it too little time. Its log shows the step the run reached; restart the scheduler, or space out the schedule.",
    other:
      "Run {number}, going since {time}, made the scheduler skip {count} due runs in a row: it is stuck, or the schedule leaves it too little time. Its log shows the step the run reached; restart the scheduler, or space out the schedule.",
  },
  "health.overdue":
    "The run due at {time} has not started: the scheduler is stuck or its machine was asleep. Restart the scheduler.",
  "health.failing":
    'Failed runs in a row: {count}. The latest: {message}. Fix the cause, or read the log and "export-trakt audit --type data_export".',
  "cli.config.migratedInPlace":
    'Wrote "{path}" (mode 0600) with {changes} changes listed above, in place of the Go tool\'s config, kept as "{backup}". It is read without --config from now on.',
} as const satisfies MessageTable;
