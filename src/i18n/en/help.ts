import type { MessageTable } from "../catalogue-types.js";

/** `--help`: command descriptions, option and argument help, headings. */
export const helpEn = {
  "help.program":
    "Turn your Trakt.tv film history into files Letterboxd can import.",
  "help.version": "print the version and exit",
  "help.help": "show help for a command",
  "help.helpCommand": "show help for a command",
  "help.title.usage": "Usage:",
  "help.title.arguments": "Arguments:",
  "help.title.options": "Options:",
  "help.title.commands": "Commands:",
  "help.title.globalOptions": "Global Options:",
  "help.extra.default": "default: {value}",
  "help.extra.choices": "choices: {choices}",
  "help.common.config": "configuration file (TOML)",
  "help.common.quiet": "print only warnings and errors",
  "help.common.verbose": "print more detail on stderr",
  "help.trakt.apiBaseUrl":
    "Trakt API address (default {url}); a loopback http:// URL reaches a local sandbox",
  "help.trakt.authBaseUrl":
    "Trakt OAuth address (default {url}, or the API address when that is loopback)",
  "help.trakt.caFile":
    "extra certificate authority (PEM) to trust, e.g. a sandbox started with --tls",
  "help.export": "Convert your Trakt data into Letterboxd import files.",
  "help.export.from":
    "Trakt data export: the .zip, its unpacked folder, or a raw-API backup",
  "help.export.user":
    "without --from: export this public Trakt profile (needs only the client id)",
  "help.export.timezone":
    "time zone for viewing dates (default: the account's, else this computer's)",
  "help.export.historyMode":
    "one row per viewing (individual, the default) or per film (aggregated)",
  "help.export.export": "what to write: {kinds} or all (default: {defaults})",
  "help.export.since":
    'only viewings on or after this local date (YYYY-MM-DD), or "last": only what the last export did not include',
  "help.export.maxRows": "most rows per file",
  "help.export.maxBytes": "most bytes per file",
  "help.export.spreadsheetSafe":
    "prefix cells starting with = + - @ (changes titles)",
  "help.export.output":
    "folder to write (default: exports/export_<date>_<time>)",
  "help.export.force":
    "replace an earlier export in a non-empty --output folder",
  "help.export.encrypt":
    "write .csv.enc files (and report.json.enc); restore them with decrypt",
  "help.export.dryRun": "do everything except writing files",
  "help.export.json": "print the report as JSON on stdout",
  "help.schedule": "Export again at every time a cron schedule names.",
  "help.schedule.cron":
    'five cron fields such as "30 2 * * *", or @daily (default: [schedule] cron in the config)',
  "help.auth": "log in to Trakt with a device code and store the tokens",
  "help.token": "show, refresh, revoke or forget the stored Trakt login",
  "help.token.status": "say whether a login is stored and when it expires",
  "help.token.refresh": "get a new token pair now",
  "help.token.revoke": "log out on Trakt and forget the tokens here",
  "help.token.clear": "forget the tokens here without telling Trakt",
  "help.statusJson": "print the status as JSON on stdout",
  "help.serve": "Run the local web dashboard.",
  "help.serve.host": "address to listen on",
  "help.serve.port": "port to listen on",
  "help.serve.allowRemote": "allow a --host other than loopback",
  "help.serve.tlsCert": "serve HTTPS with this PEM certificate",
  "help.serve.tlsKey": "private key (PEM) for --tls-cert",
  "help.serve.exports":
    "folder of the exports (default: [export] output_dir of the config)",
  "help.serve.maxUploadMb": "largest accepted upload, in MB",
  "help.credentials": "inspect and manage the stored Trakt credentials",
  "help.credentials.status":
    "show the backend, what is stored and when it expires",
  "help.credentials.set":
    "store the Trakt client id and secret, read from a prompt or stdin (never from arguments)",
  "help.credentials.rotateKey":
    "re-encrypt the credentials file under a new key",
  "help.credentials.rotateKey.to": "where the new key comes from",
  "help.credentials.migrate": "move the credentials to another backend",
  "help.credentials.migrate.to": "the backend to move them to",
  "help.credentials.delete": "delete the stored credentials",
  "help.config": "create the configuration file, or convert the Go tool's",
  "help.config.init": "write a commented config file with the secure defaults",
  "help.config.init.path": "where to write it (default: your config folder)",
  "help.config.init.force": "replace an existing file",
  "help.config.migrate":
    "convert the Go tool's config.toml into this tool's format",
  "help.config.migrate.oldConfig": "the Go tool's config.toml",
  "help.config.migrate.output":
    "where to write (default: export-trakt.toml beside it)",
  "help.config.migrate.force": "replace an existing file at --output",
  "help.security": "show how the security layer is set up",
  "help.security.status":
    "encryption, backend, audit figures, rate limits, permission check",
  "help.security.json": "print the status as JSON on stdout",
  "help.validate": "check the configuration; with --security, rate the set-up",
  "help.validate.security": "rate the security set-up: high, medium or low",
  "help.validate.fix": "with --security: correct the modes of secret files",
  "help.validate.json": "print the result as JSON on stdout",
  "help.audit": "show the security audit log",
  "help.audit.since": "only events on or after this date",
  "help.audit.type": "only these event types (comma-separated)",
  "help.audit.severity": "only events of this severity or higher",
  "help.audit.json": "print the events as JSON",
  "help.audit.verify":
    "check that no audit line was edited, inserted or removed",
  "help.decrypt": "decrypt an exported .enc file",
  "help.decrypt.file": "the encrypted file",
  "help.decrypt.output":
    'where to write it ("-" for stdout; default: the name without .enc)',
  "help.decrypt.force": "replace an existing output file",
  "help.sandbox":
    "run a local Trakt-compatible server for tests and demos (not Trakt)",
  "help.sandbox.data":
    "Trakt data to serve: a data export (.zip or folder) or a JSON file of SandboxData",
  "help.sandbox.host": "loopback address to listen on",
  "help.sandbox.port": "port to listen on; 0 picks a free one",
  "help.sandbox.allowRemote": "allow a --host that is not loopback",
  "help.sandbox.latency": "delay every answer by MS milliseconds",
  "help.sandbox.faults": "inject faults (grammar: docs/sandbox.md)",
  "help.sandbox.tls": "serve HTTPS with a certificate made at start",
  "help.sandbox.autoApprove": "approve device codes after a moment",
  "help.health":
    "Check that the scheduler is running and its runs succeed; exits with 1 when not (for container health checks).",
  "help.health.json": "print the status and the verdict as JSON",
  "help.health.maxFailures": "failed runs in a row that count as unhealthy",
  "help.config.migrate.replace":
    "write the new config in the old one's place and keep the old file as <old-config>.go-backup",
} as const satisfies MessageTable;
