import type { MessageTable } from "../catalogue-types.js";

/**
 * What goes wrong while setting a command up: the schedule (`cron.`) and
 * its status file (`scheduleStatus.`), logging sizes and the log file
 * (`logSize.`, `logFile.`), an output closed by its reader
 * (`outputClosed.`), the Trakt base URLs (`baseUrl.`), the migrated
 * config file (`configFile.`), questions and flags (`prompt.`, `flags.`),
 * the dashboard's Trakt page (`dashboardTrakt.`) and the sandbox
 * (`sandboxData.`, `sandboxHost.`, `faults.`). Every file, URL, flag and
 * value stays a placeholder; details from libraries (croner, zod, the file
 * system) arrive in English inside `{reason}` or `{problems}`.
 */
export const setupEn = {
  "cron.unknownTimeZone":
    'The time zone "{zone}" is not a known IANA time zone. Use a name such as "Europe/Paris", "America/New_York" or "UTC".',
  "cron.notCron":
    'The schedule "{expression}" is not a cron expression this tool reads. {hint}',
  "cron.invalid": 'The schedule "{expression}" is not valid: {reason}. {hint}',
  "cron.neverRuns":
    'The schedule "{expression}" names no time that exists (such as 30 February), so it would never run. {hint}',
  "cron.hint":
    'Use five fields (minute hour day-of-month month day-of-week), such as "30 2 * * *" for 02:30 every night, or one of @hourly, @daily, @weekly, @monthly, @yearly.',
  "cron.noSchedule":
    'No schedule given: pass a cron expression such as "30 2 * * *", or set cron in the [schedule] section of the config file.',
  "cron.stoppedBySignal": "Stopped by {signal}",
  "scheduleStatus.unreadable":
    'Cannot read the scheduler status "{path}": {reason}.',
  "scheduleStatus.damaged":
    'The scheduler status "{path}" is damaged. It is rewritten when the scheduler starts again.',
  "scheduleStatus.otherScheduler":
    'Another scheduler is already running on this exports folder: process {pid} on {host}, started {startedAt}, keeps its status in "{path}". Stop it before starting a new one; if that process is not a scheduler, delete the status file and try again.',
  "logSize.invalid":
    '{key} must be a size such as "10MB", "512KB" or a number of bytes, not "{value}".',
  "logFile.unwritable":
    'the log file "{path}" could not be written ({reason}); the command goes on without it.',
  "logFile.toolFile":
    'Refusing to write the log to "{path}": it is {role} "{file}", and log lines would damage that file. Set file in the [logging] section of the config file to a file of its own, such as "logs/export-trakt.log".',
  "logFile.inAuditFolder":
    'Refusing to write the log to "{path}": it is inside the audit log folder "{folder}", whose files only the audit log may write. Set file in the [logging] section of the config file to a path outside it, such as "logs/export-trakt.log".',
  "logFile.notALog":
    'Refusing to write the log to "{path}": a file is already there and it is not a log (its first line is not a JSON log line with "level" and "time"). Set file in the [logging] section of the config file to another path, or move that file away.',
  "logFile.role.config": "the config file",
  "logFile.role.credentials": "the credentials file",
  "logFile.role.keyFile": "the key file of the credentials file",
  "logFile.role.exportState": "the export state file",
  "logFile.role.scheduleStatus": "the scheduler status file",
  "logFile.role.lock": "the export lock file",
  "outputClosed.stopped":
    "Stopped: the output was closed before the command finished.",
  "baseUrl.notUrl":
    '{flag} "{value}" is not a URL. Give one such as {example}.',
  "baseUrl.notHttps": '{flag} "{value}" must be an https:// URL.',
  "baseUrl.notBare":
    '{flag} "{value}" must be a bare address such as {example}: no user, path, query or fragment.',
  "baseUrl.plainHttp":
    '{flag} "{value}" uses plain http on a host that is not loopback. Use https://, or a loopback address (127.0.0.1) for a local test server.',
  "configFile.exists":
    'Refusing to replace "{path}": the file exists. Pass --force to replace it, or --output with another path.',
  "configFile.cannotWrite":
    'Could not write "{path}": {reason}. Check that its folder exists and is writable.',
  "prompt.inputEnded":
    'Standard input ended before an answer to "{question}" was read. Pass one answer per line.',
  "prompt.cancelled": "Cancelled; nothing was changed.",
  "flags.invalid":
    '{problems}. Run "export-trakt {command} --help" for the usage.',
  "dashboardTrakt.noLogin":
    'No Trakt login is stored. Use "Log in with a device code" first.',
  "dashboardTrakt.internalFailure":
    "the login failed because of an internal error; the server log has the details.",
  "sandboxData.unreadable":
    'Cannot read sandbox data "{path}": {reason}. Check the path given to --data.',
  "sandboxData.notJson":
    'Sandbox data "{path}" is not JSON: {reason}. Pass a JSON file with the keys of SandboxData.',
  "sandboxData.wrongShape":
    'Sandbox data "{path}" does not have the SandboxData shape:\n{problems}',
  "sandboxHost.refused":
    'Refusing to listen on "{host}": the sandbox is a test tool and listens on loopback (127.0.0.1, ::1, localhost) only. Pass --allow-remote to listen there anyway.',
  "faults.invalid":
    '--faults "{spec}" is not valid:\n{problems}\nSee docs/sandbox.md for the grammar.',
  "faults.inRule": '"{rule}": {problem}',
  "faults.unknownKind":
    'unknown fault "{kind}"; use latency, status, html, drop, rate-limit, strip-paging or expire-token.',
  "faults.form.latency": "write it as latency=MS.",
  "faults.form.status": "write it as {kind}=CODE, with CODE from 100 to 599.",
  "faults.form.rateLimit": "write it as rate-limit or rate-limit=SECONDS.",
  "faults.form.expireToken":
    "write it as expire-token=N, with N a number of requests.",
  "faults.pathSlash": 'path must start with "/".',
  "faults.unknownKey":
    'unknown key "{key}"; use path, page, method, from, count, nth or retry-after.',
  "faults.notWholeNumber":
    '{key} must be a whole number from 1, not "{value}".',
  "faults.notPair": '"{pair}" is not KEY=VALUE.',
  "faults.retryAfterSeconds":
    'retry-after must be whole seconds, not "{value}".',
  "faults.retryAfterKind": "retry-after only fits status, html or rate-limit.",
  "logFile.inOutputFolder":
    'Refusing to write the log to "{path}": it is inside the folder this export writes, "{folder}", which must hold only the export. Choose another --output, or set file in the [logging] section to a path outside it.',
  "scheduleStatus.otherSchedulerLock":
    'Another scheduler is already running on this exports folder: process {pid} on {host}, started {startedAt}, holds "{path}". Stop it before starting a new one; if that process is not a scheduler (a reused process id after a reboot, or a scheduler on another host that is gone), delete "{path}" and try again.',
  "scheduleStatus.unknownSchedulerLock":
    'Another scheduler may be running: "{path}" exists but is not a lock this tool wrote. If no scheduler runs on this exports folder, delete it and try again.',
} as const satisfies MessageTable;
