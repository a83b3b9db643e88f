import type { MessageTable } from "../catalogue-types.js";

/**
 * What `serve`, `sandbox`, the status commands, `validate`, `audit` and
 * `config migrate` print, commander's remaining usage errors and the words
 * of usage lines. Keys, flags, paths and values stay placeholders.
 */
export const commandsEn = {
  "serve.port": '--port must be a whole number from 0 to 65535, not "{value}".',
  "serve.tlsPair":
    "--tls-cert and --tls-key go together: pass both PEM files, or neither to serve plain HTTP on loopback.",
  "serve.remoteHost":
    '--host "{host}" would expose the dashboard beyond this machine. Add --allow-remote if that is intended (preferably with --tls-cert and --tls-key), or use 127.0.0.1.',
  "serve.remoteTls":
    "the dashboard listens on {host}, so other machines can reach it.",
  "serve.remotePlain":
    "the dashboard listens on {host}, so other machines can reach it. Traffic, including the login link, is not encrypted; use --tls-cert and --tls-key.",
  "serve.secretCreatedInFile": "Created the dashboard secret in {path}.",
  "serve.secretCreatedInStore":
    "Created the dashboard secret in the credential store ({location}).",
  "serve.url": "Dashboard: {url}",
  "serve.loginLink":
    "Log in within {minutes} minutes with this one-time link: {link}",
  "serve.stopping": "Stopping the dashboard ({signal}).",
  "serve.secretMoved":
    "Moved the dashboard secret from {path} into the credential store ({location}) and deleted the file.",
  "serve.secretStoreUnreadable":
    "The credential store cannot be read, so the dashboard secret is kept in {path} (mode 0600) instead: {reason}",
  "serve.secretStoreUnwritable":
    "The credential store cannot be written, so the dashboard secret is kept in {path} (mode 0600) instead: {reason}",
  "serve.secretNeedsApp":
    'The credential store keeps the dashboard secret with the Trakt app\'s client id and secret, and none are set yet, so the secret is kept in {path} (mode 0600) for now. Run "export-trakt credentials set" (or set [trakt] client_id and client_secret) and restart the dashboard to move it into the store.',
  "serve.secretNotPersisted":
    'The "{backend}" credential backend cannot save the dashboard secret, so it is kept in {path} (mode 0600).',

  "sandbox.remoteHost":
    'Refusing --host "{host}": the sandbox listens on loopback (127.0.0.1, ::1, localhost) only. Add --allow-remote to listen there anyway.',
  "sandbox.port":
    '--port must be a whole number from 0 to 65535, not "{value}". Use 0 for any free port.',
  "sandbox.latency":
    '--latency must be a whole number of milliseconds, not "{value}".',
  "sandbox.banner": "Trakt sandbox running: a test and demo server, not Trakt.",
  "sandbox.apiBaseUrl": "API base URL",
  "sandbox.authBaseUrl": "Auth base URL",
  "sandbox.clientId": "Client id",
  "sandbox.clientSecret": "Client secret",
  "sandbox.user": "User",
  "sandbox.caCertificate": "CA certificate",
  "sandbox.faults": "Faults",
  "sandbox.field": "{label}: {value}",
  "sandbox.autoApprove":
    "Device codes are approved automatically after {seconds} s.",
  "sandbox.approveAt": "Approve device codes at {url}",
  "sandbox.howTo":
    "Point export-trakt at it with --api-base-url {url}, with TRAKT_CLIENT_ID and TRAKT_CLIENT_SECRET set to the client id and secret above.",
  "sandbox.howToTls":
    "Point export-trakt at it with --api-base-url {url} --ca-file {ca}, with TRAKT_CLIENT_ID and TRAKT_CLIENT_SECRET set to the client id and secret above.",
  "sandbox.stopHint": "Stop with Ctrl+C.",
  "sandbox.stopped": {
    one: "Sandbox stopped after {count} request ({rateLimited} answered 429).",
    other:
      "Sandbox stopped after {count} requests ({rateLimited} answered 429).",
  },

  "status.field": "{label}: {value}",
  "status.none": "none",
  "status.noConfig": "none (built-in defaults)",
  "status.backend": "Backend",
  "status.location": "Location",
  "status.configFile": "Config file",
  "status.key": "Key",
  "status.fileMode": "File mode",
  "status.clientId": "Client id",
  "status.clientSecret": "Client secret",
  "status.accessToken": "Access token",
  "status.refreshToken": "Refresh token",
  "status.dashboardSecret": "Dashboard secret",
  "status.scope": "Scope",
  "status.expiresAt": "Expires at",
  "status.status": "Status",
  "status.next": "Next: {advice}",
  "status.location.env":
    "environment (TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN, TRAKT_REFRESH_TOKEN)",
  "status.location.system":
    'system keyring, service "{service}", user "{user}"',
  "status.keySource.passphrase": "a passphrase (scrypt)",
  "status.keySource.keyFile": 'the key file "{path}"',
  "status.health.nothingStored": "nothing stored",
  "status.health.missingToken": "client stored, not signed in",
  "status.health.valid": "usable",
  "status.health.expired": "access token expired",
  "status.advice.nothingStored":
    'Store the Trakt client id and secret with "export-trakt credentials set".',
  "status.advice.missingToken":
    "No access token yet: sign in to Trakt to get one.",
  "status.advice.expiredNoRefresh":
    "The access token has expired and there is no refresh token: sign in to Trakt again.",
  "status.advice.expiredRefresh":
    "The access token has expired; it will be refreshed on the next request.",
  "status.token.noLogin":
    'No Trakt login is stored. Run "export-trakt auth" to log in.',
  "status.security.encryptionOn": "Encryption: on, key from {source}",
  "status.security.encryptionOff": "Encryption: off, key from {source}",
  "status.security.backend": "Credential backend: {backend}",
  "status.security.auditOn": "Audit log: on, {folder}",
  "status.security.auditOff": "Audit log: off, {folder}",
  "status.security.eventsByType": "Audit events since {since}: {counts}",
  "status.security.eventsBySeverity": "Audit events by severity: {counts}",
  "status.security.writeFailures":
    "Audit write failures (this run): {failures}",
  "status.security.chainIntact": "Audit chain: intact ({lines} in {files})",
  "status.security.chainBroken":
    'Audit chain: BROKEN at "{file}" line {line}: {problem}',
  "status.security.lines": { one: "{count} line", other: "{count} lines" },
  "status.security.rateLimitOn": {
    one: "Rate limiting: on, {count} server limit hit in the audit window",
    other: "Rate limiting: on, {count} server limit hits in the audit window",
  },
  "status.security.rateLimitOff": {
    one: "Rate limiting: off, {count} server limit hit in the audit window",
    other: "Rate limiting: off, {count} server limit hits in the audit window",
  },
  "status.security.counters": "Rate-limit counters (this run): {counters}",
  "status.security.counter":
    "{name} allowed {allowed}, delayed {delayed}, refused {refused}",
  "status.security.permissionsOk": "Permission check at {time}: no problems",
  "status.security.permissionsProblems": {
    one: "Permission check at {time}: {count} problem",
    other: "Permission check at {time}: {count} problems",
  },

  "validate.fixNeedsSecurity":
    '--fix corrects what the security check finds; use "export-trakt validate --security --fix".',
  "validate.valid": "The configuration is valid ({path}).",
  "validate.validDefaults":
    "The configuration is valid (no config file, built-in defaults).",
  "validate.level.ok": "ok",
  "validate.level.info": "note",
  "validate.level.warning": "warning",
  "validate.level.error": "error",
  "validate.area.config": "config",
  "validate.area.keyring": "keyring",
  "validate.area.keySource": "key_source",
  "validate.area.fileModes": "file_modes",
  "validate.area.https": "https",
  "validate.area.audit": "audit",
  "validate.area.rateLimit": "rate_limit",
  "validate.finding": "{level} {area}: {message}",
  "validate.rating.high": "high",
  "validate.rating.medium": "medium",
  "validate.rating.low": "low",
  "validate.rating": "Security rating: {rating} ({errors}, {warnings}).",
  "validate.errors": { one: "{count} error", other: "{count} errors" },
  "validate.warnings": { one: "{count} warning", other: "{count} warnings" },
  "validate.failed": {
    one: 'The security check found {count} error, listed above. Fix it (file modes with --fix) and run "export-trakt validate --security" again.',
    other:
      'The security check found {count} errors, listed above. Fix them (file modes with --fix) and run "export-trakt validate --security" again.',
  },
  "validate.config.defaults":
    "No config file: the built-in defaults apply, with every protection on.",
  "validate.config.valid": 'The config file "{path}" is valid.',
  "validate.config.permissionsNotEnforced":
    "enforce_permissions = false: secret files that others can read are only warned about, not refused.",
  "validate.config.encryptionOff":
    "encryption_enabled = false: nothing this tool stores is encrypted by it. Set security.encryption_enabled = true.",
  "validate.keyring.file":
    'Credentials are kept in the encrypted file "{path}" (AES-256-GCM).',
  "validate.keyring.env":
    'Credentials come from TRAKT_* environment variables: they are not encrypted by this tool, and a refreshed token is lost when the run ends. Prefer keyring_backend = "system" or "file".',
  "validate.keyring.systemReachable":
    "Credentials are kept in the operating system's keyring, which is reachable.",
  "validate.keyring.systemUnreachable":
    'The operating system\'s keyring is not reachable ({reason}), so nothing is stored there yet. Start a Secret Service, or set keyring_backend = "file" to store credentials in an encrypted file.',
  "validate.keyring.systemSilent":
    'The operating system\'s keyring is not reachable (no answer within {ms} ms), so nothing is stored there yet. Start a Secret Service, or set keyring_backend = "file" to store credentials in an encrypted file.',
  "validate.key.envKey": "The key comes from ENCRYPTION_KEY (32 bytes).",
  "validate.key.shortPassphrase":
    "ENCRYPTION_PASSPHRASE is shorter than {minimum} characters, which a guessing attack can break despite scrypt. Choose a longer one.",
  "validate.key.passphrase":
    "The key is derived from ENCRYPTION_PASSPHRASE with scrypt.",
  "validate.key.unused":
    'No ENCRYPTION_KEY or ENCRYPTION_PASSPHRASE: "export --encrypt" would use the key file "{path}".',
  "validate.key.keyFile":
    'The key comes from the key file "{path}" beside the credentials file: it only protects against someone who gets the credentials file alone. Set ENCRYPTION_KEY and run "export-trakt credentials rotate-key --to env-key", or use a passphrase with --to passphrase.',
  "validate.mode.configOk": 'The config file "{path}" has mode {mode}.',
  "validate.mode.credentialsOk":
    'The credentials file "{path}" has mode {mode}.',
  "validate.mode.keyOk": 'The key file "{path}" has mode {mode}.',
  "validate.mode.auditOk": 'The audit folder "{path}" has mode {mode}.',
  "validate.mode.configFixed":
    'The config file "{path}" had mode {mode}; fixed to {fixed}.',
  "validate.mode.credentialsFixed":
    'The credentials file "{path}" had mode {mode}; fixed to {fixed}.',
  "validate.mode.keyFixed":
    'The key file "{path}" had mode {mode}; fixed to {fixed}.',
  "validate.mode.auditFixed":
    'The audit folder "{path}" had mode {mode}; fixed to {fixed}.',
  "validate.mode.configOpen":
    'The config file "{path}" has mode {mode}, more open than {wanted}. Run "export-trakt validate --security --fix".',
  "validate.mode.credentialsOpen":
    'The credentials file "{path}" has mode {mode}, more open than {wanted}. Run "export-trakt validate --security --fix".',
  "validate.mode.keyOpen":
    'The key file "{path}" has mode {mode}, more open than {wanted}. Run "export-trakt validate --security --fix".',
  "validate.mode.auditOpen":
    'The audit folder "{path}" has mode {mode}, more open than {wanted}. Run "export-trakt validate --security --fix".',
  "validate.https.plainAllowed":
    "require_https = false: requests may use plain HTTP, where tokens can be read on the network. Set security.require_https = true.",
  "validate.https.insecure":
    "allow_insecure = true: plain HTTP is allowed to hosts outside blocked_hosts. Keep it for a development server only.",
  "validate.https.only": "Only HTTPS requests are allowed.",
  "validate.https.tls": "TLS {version} or later is required.",
  "validate.https.hosts": "Requests go only to {hosts}.",
  "validate.https.extraHosts": "allowed_hosts also lists {hosts}.",
  "validate.https.unblocked":
    "blocked_hosts no longer lists {hosts}: loopback or cloud metadata addresses could be reached if allowed_hosts names them. Add them back to security.https.blocked_hosts.",
  "validate.https.loopback":
    "{key} is {url}: requests go to a server on this machine (such as the sandbox), whatever allowed_hosts says.",
  "validate.https.loopbackPlain":
    "{key} is {url}: requests go to a server on this machine (such as the sandbox), over plain HTTP, whatever allowed_hosts says.",
  "validate.https.notAllowed":
    "{key} is {url}, but {host} is not in security.https.allowed_hosts: every request to it will be refused. Add the host there or fix the URL.",
  "validate.https.noHsts":
    "enable_hsts = false: a missing HSTS header is not reported.",
  "validate.audit.off":
    "Audit logging is off: credential use and exports leave no record. Set security.audit_logging = true.",
  "validate.audit.on":
    'Audit logging is on in "{folder}", files kept {days} days.',
  "validate.audit.sensitive":
    "include_sensitive = true: user names, paths and addresses are written to the audit log (secrets never are). Set it to false outside debugging.",
  "validate.audit.level":
    'log_level = "{level}": routine events such as credential access are not recorded.',
  "validate.audit.chainNote":
    "The hash chain shows lines edited, inserted or removed by hand, but it has no secret key: someone who can write the audit folder can rewrite the whole chain.",
  "validate.rateLimit.off":
    "Rate limiting is off: a loop or a retry storm can exhaust the Trakt API quota. Set security.rate_limit_enabled = true.",
  "validate.rateLimit.on": "Rate limiting is on: {limits}.",

  "auditList.time": "Time",
  "auditList.severity": "Severity",
  "auditList.type": "Type",
  "auditList.action": "Source/action",
  "auditList.result": "Result",
  "auditList.message": "Message",
  "auditList.none": 'No audit events in "{folder}".',
  "auditList.noneMatching": 'No audit events in "{folder}" match the filters.',
  "auditList.since":
    '--since must be a date such as 2026-03-01 or 2026-03-01T10:00:00Z, not "{value}".',
  "auditList.type.invalid": '--type must be one of {types}, not "{value}".',
  "auditList.severity.invalid":
    '--severity must be one of {severities}, not "{value}".',
  "auditList.broken":
    'The audit log is broken at "{file}" line {line}: {problem}. Entries from this line on cannot be trusted; keep a copy of the folder for investigation.',

  "migrate.moved": "- moved {key}: now {to}",
  "migrate.movedWithNote": "- moved {key}: now {to}; {note}",
  "migrate.changed": "- changed {key}: {detail}",
  "migrate.dropped": "- dropped {key}: {detail}",
  "migrate.added": "- added {key}: {detail}",
  "migrate.sameFile":
    'Refusing to write over the Go tool\'s config "{path}" itself. Pass --output with another path.',
  "migrate.unreadable":
    'Could not read the Go tool\'s config "{path}": {reason}. Check the path.',
  "migrate.invalidToml":
    '"{file}" is not valid TOML: {reason}. Fix the file (a mode such as 0600 must be written "0600" or 0o600), then run the migration again.',
  "migrate.unknownKey": "no version of the Go tool read this key",
  "migrate.alreadySet": "an earlier key already set {to}; that value was kept",
  "migrate.historyMode":
    'set to "aggregated", the Go tool\'s default (this tool\'s own default is "individual", one row per viewing)',
  "migrate.types":
    'set to ["watched"], what the Go tool exported without --export; add "watchlist", "lists" or "collection" to export more (ratings and reviews are part of "watched")',
  "migrate.logRotation":
    'set to "10MB" with logging.max_files = 5: the log file is now rotated instead of growing forever',
  "migrate.notLogLevel": '{value} is not a log level; "info" is used',
  "migrate.writtenAs": '{value} is written as "{written}"',
  "migrate.writtenAsText": '{value} is written as "text" (readable lines)',
  "migrate.megabytes": '{value} (megabytes) is written as "{written}"',
  "migrate.notOneOf": "{value} is not one of {allowed}; the default is used",
  "migrate.localTimeZone":
    "with no time zone set, the Trakt account's zone is used, then the system's; set [export] timezone to fix one",
  "migrate.notTimeZone": "{value} is not an IANA time zone",
  "migrate.extendedLetterboxd":
    '"letterboxd" made the Go tool write letterboxd_import.csv (and send an invalid extended=letterboxd to Trakt); watched.csv here is already in Letterboxd\'s import format',
  "migrate.extendedInfo":
    "this tool asks Trakt for the fields it needs on each call",
  "migrate.dateFormat":
    "the Go time layout {value} is not needed: Letterboxd reads only YYYY-MM-DD, which this tool always writes",
  "migrate.notSize": '{value} is not a size such as "10MB"',
  "migrate.notFileMode": '{value} is not a file mode such as "0600"',
  "migrate.accessToken":
    "tokens are not kept in the config here; sign in again and the credential store keeps them",
  "migrate.fixedFileNames":
    "file names are fixed here (watched.csv, watchlist.csv, lists/<name>.csv) so that each matches its Letterboxd import page",
  "migrate.showsFileName":
    "file names are fixed here (watched.csv, watchlist.csv, lists/<name>.csv) so that each matches its Letterboxd import page; TV shows cannot be imported into Letterboxd",
  "migrate.ratingsFileName":
    "file names are fixed here (watched.csv, watchlist.csv, lists/<name>.csv) so that each matches its Letterboxd import page; ratings are part of watched.csv",
  "migrate.ignoredByGo": "never used by the Go tool",
  "migrate.exportFormat": "never used by the Go tool; the output is always CSV",
  "migrate.defaultLanguage":
    "messages fall back to the environment's locale, then English",
  "migrate.localesDir": "the message catalogue is built in",
  "migrate.httpsSection":
    "the Go tool never applied [security.https]; this tool's enforced defaults are written instead (HTTPS only, TLS 1.2 or newer, api.trakt.tv and auth.trakt.tv)",
  "migrate.authSection":
    "the Go tool overwrote these values itself; sign-in here needs none of them",
  "migrate.webserverSection":
    "never read by the Go tool; the dashboard has its own settings",

  "legacy.note":
    "Note: this is the Go tool's form; from now on write: {command}",

  "usage.tooManyArguments": {
    one: 'Too many arguments: "{path}" takes {count} argument but got {received}. Run "{path} --help" for the usage.',
    other:
      'Too many arguments: "{path}" takes {count} arguments but got {received}. Run "{path} --help" for the usage.',
  },
  "usage.noArguments":
    'Too many arguments: "{path}" takes none but got {received}. Run "{path} --help" for the usage.',
  "usage.conflictingOptions":
    "Option '{option}' cannot be used with option '{other}'. Run \"{path} --help\" for the usage.",
  "usage.term.options": "options",
  "usage.term.command": "command",
  "usage.term.file": "file",
  "usage.term.path": "path",
  "usage.term.name": "name",
  "usage.term.mode": "mode",
  "usage.term.list": "list",
  "usage.term.date": "date",
  "usage.term.dir": "dir",
  "usage.term.host": "host",
  "usage.term.port": "port",
  "usage.term.types": "types",
  "usage.term.level": "level",
  "usage.term.source": "source",
  "usage.term.backend": "backend",
  "usage.term.oldConfig": "old-config",
  "migrate.secretInFile":
    'kept, but a secret in the config file gets a warning at every run: store it with "export-trakt credentials set", then delete the line',
  "migrate.replaceWithOutput":
    "--replace writes the new config in the old one's place; drop --output, or drop --replace.",
  "migrate.backupFailed":
    'Could not keep the Go tool\'s config as "{path}" ({reason}); nothing was changed. If an earlier backup is there, move it away and run the command again.',
  "migrate.alreadyMigrated":
    '"{file}" is already a config file of this tool (it has keys the Go tool never had, such as [export] output_dir); migrating it again would reset its settings. Nothing was written.',
} as const satisfies MessageTable;
