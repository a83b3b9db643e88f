import { isKnownTimeZone } from "../transform/index.js";

/** What happens to one key of the Go tool's config. */
export type RuleOutcome =
  | { kind: "copy"; to: string; value: unknown; note?: string }
  | { kind: "drop"; reason: string };

export type Rule = (value: unknown, key: string) => RuleOutcome;

const copyTo =
  (to: string): Rule =>
  (value) => ({ kind: "copy", to, value });

const drop =
  (reason: string): Rule =>
  () => ({ kind: "drop", reason });

// Values come from a TOML file, so they always stringify.
const show = (value: unknown): string => JSON.stringify(value);

const LEVELS: Readonly<Record<string, string>> = {
  trace: "debug",
  debug: "debug",
  info: "info",
  warn: "warn",
  warning: "warn",
  error: "error",
  fatal: "error",
  panic: "error",
};

function logLevel(to: string): Rule {
  return (value) => {
    const level =
      typeof value === "string" ? LEVELS[value.toLowerCase()] : undefined;
    if (level === undefined)
      return {
        kind: "drop",
        reason: `${show(value)} is not a log level; "info" is used`,
      };
    return level === value
      ? { kind: "copy", to, value }
      : {
          kind: "copy",
          to,
          value: level,
          note: `${show(value)} is written as "${level}"`,
        };
  };
}

function oneOf(to: string, allowed: readonly string[]): Rule {
  return (value) =>
    typeof value === "string" && allowed.includes(value)
      ? { kind: "copy", to, value }
      : {
          kind: "drop",
          reason: `${show(value)} is not one of ${allowed.join(", ")}; the default is used`,
        };
}

const timeZone: Rule = (value) => {
  if (value === "Local" || value === "")
    return {
      kind: "drop",
      reason: "the system time zone is already the fallback",
    };
  if (typeof value === "string" && isKnownTimeZone(value))
    return { kind: "copy", to: "export.timezone", value };
  return { kind: "drop", reason: `${show(value)} is not an IANA time zone` };
};

const extendedInfo: Rule = (value) => ({
  kind: "drop",
  reason:
    value === "letterboxd"
      ? '"letterboxd" made the Go tool write letterboxd_import.csv (and send an invalid extended=letterboxd to Trakt); watched.csv here is already in Letterboxd\'s import format'
      : "this tool asks Trakt for the fields it needs on each call",
});

const dateFormat: Rule = (value) => ({
  kind: "drop",
  reason: `the Go time layout ${show(value)} is not needed: Letterboxd reads only YYYY-MM-DD, which this tool always writes`,
});

const logFormat: Rule = (value) =>
  value === "json"
    ? { kind: "copy", to: "logging.format", value }
    : {
        kind: "copy",
        to: "logging.format",
        value: "text",
        note: `${show(value)} is written as "text" (readable lines)`,
      };

// Go's logging libraries read a bare number as megabytes.
const maxSize: Rule = (value) => {
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0)
    return {
      kind: "copy",
      to: "logging.max_size",
      value: `${value}MB`,
      note: `${value} (megabytes) is written as "${value}MB"`,
    };
  if (typeof value === "string" && /^\d+\s*(B|KB|MB|GB)$/i.test(value.trim()))
    return {
      kind: "copy",
      to: "logging.max_size",
      value: value.trim().toUpperCase().replace(/\s/g, ""),
    };
  return {
    kind: "drop",
    reason: `${show(value)} is not a size such as "10MB"`,
  };
};

// Modes such as 384 (0600 read as decimal by a TOML library) become "0600".
const fileMode =
  (to: string): Rule =>
  (value) => {
    if (
      typeof value === "number" &&
      Number.isInteger(value) &&
      value >= 0 &&
      value <= 0o777
    ) {
      const mode = `0${value.toString(8).padStart(3, "0")}`;
      return {
        kind: "copy",
        to,
        value: mode,
        note: `${value} is written as "${mode}"`,
      };
    }
    return typeof value === "string" && /^0?[0-7]{3}$/.test(value)
      ? { kind: "copy", to, value: value.padStart(4, "0") }
      : {
          kind: "drop",
          reason: `${show(value)} is not a file mode such as "0600"`,
        };
  };

const ignoredByGo = "never used by the Go tool";
const fixedFileNames =
  "file names are fixed here (watched.csv, watchlist.csv, lists/<name>.csv) so that each matches its Letterboxd import page";
const neverReadHttps =
  "the Go tool never applied [security.https]; this tool's enforced defaults are written instead (HTTPS only, TLS 1.2 or newer, api.trakt.tv and auth.trakt.tv)";

/** Every key the Go tool knew, by dotted name. Other keys are dropped as unknown. */
export const GO_RULES: Readonly<Record<string, Rule>> = {
  "trakt.client_id": copyTo("trakt.client_id"),
  "trakt.client_secret": copyTo("trakt.client_secret"),
  "trakt.access_token": drop(
    "tokens are not kept in the config here; sign in again and the credential store keeps them",
  ),
  "trakt.api_base_url": copyTo("trakt.api_base_url"),
  "trakt.extended_info": extendedInfo,
  "letterboxd.export_dir": copyTo("export.output_dir"),
  "letterboxd.watched_filename": drop(fixedFileNames),
  "letterboxd.collection_filename": drop(fixedFileNames),
  "letterboxd.shows_filename": drop(
    `${fixedFileNames}; TV shows cannot be imported into Letterboxd`,
  ),
  "letterboxd.ratings_filename": drop(
    `${fixedFileNames}; ratings are part of watched.csv`,
  ),
  "letterboxd.watchlist_filename": drop(fixedFileNames),
  "letterboxd.letterboxd_import_filename": drop(fixedFileNames),
  "export.format": drop(`${ignoredByGo}; the output is always CSV`),
  "export.date_format": dateFormat,
  "export.timezone": timeZone,
  "export.history_mode": oneOf("export.history_mode", [
    "aggregated",
    "individual",
  ]),
  "logging.level": logLevel("logging.level"),
  "logging.file": copyTo("logging.file"),
  "logging.format": logFormat,
  "logging.max_size": maxSize,
  "logging.max_backups": copyTo("logging.max_files"),
  "logging.max_files": copyTo("logging.max_files"),
  "i18n.language": copyTo("i18n.language"),
  "i18n.default_language": drop(
    "messages fall back to the environment's locale, then English",
  ),
  "i18n.locales_dir": drop("the message catalogue is built in"),
  "security.encryption_enabled": copyTo("security.encryption_enabled"),
  "security.keyring_backend": oneOf("security.keyring_backend", [
    "system",
    "env",
    "file",
  ]),
  "security.audit_logging": copyTo("security.audit_logging"),
  "security.rate_limit_enabled": copyTo("security.rate_limit_enabled"),
  "security.require_https": copyTo("security.require_https"),
  "security.keyring.service_name": copyTo("security.keyring.service_name"),
  "security.keyring.username": copyTo("security.keyring.username"),
  "security.audit.log_level": logLevel("security.audit.log_level"),
  "security.audit.retention_days": copyTo("security.audit.retention_days"),
  "security.audit.include_sensitive": copyTo(
    "security.audit.include_sensitive",
  ),
  "security.audit.output_format": oneOf("security.audit.output_format", [
    "json",
    "text",
  ]),
  "security.rate_limit.enabled": copyTo("security.rate_limit_enabled"),
  "security.rate_limit.default_limit": copyTo(
    "security.rate_limit.default_limit",
  ),
  "security.rate_limit.burst_limit": copyTo("security.rate_limit.burst_limit"),
  "security.rate_limit.window_duration": copyTo(
    "security.rate_limit.window_duration",
  ),
  "security.rate_limit.cleanup_interval": copyTo(
    "security.rate_limit.cleanup_interval",
  ),
  "security.filesystem.enforce_permissions": copyTo(
    "security.filesystem.enforce_permissions",
  ),
  "security.filesystem.config_file_mode": fileMode(
    "security.filesystem.config_file_mode",
  ),
  "security.filesystem.data_file_mode": fileMode(
    "security.filesystem.data_file_mode",
  ),
  "security.filesystem.directory_mode": fileMode(
    "security.filesystem.directory_mode",
  ),
  "security.filesystem.allowed_base_paths": copyTo(
    "security.filesystem.allowed_base_paths",
  ),
  "security.filesystem.restricted_paths": copyTo(
    "security.filesystem.restricted_paths",
  ),
  "security.filesystem.max_file_size": copyTo(
    "security.filesystem.max_file_size",
  ),
  "security.filesystem.check_symlinks": copyTo(
    "security.filesystem.check_symlinks",
  ),
};

const RATE_LIMIT_RULE =
  /^security\.rate_limit\.limits\.([a-z][a-z0-9_]*)\.(requests_per_minute|burst_capacity|window)$/;

/** Whole sections the Go tool accepted and ignored, with the reason. */
const DROPPED_SECTIONS: readonly [string, string][] = [
  ["security.https.", neverReadHttps],
  [
    "auth.",
    "the Go tool overwrote these values itself; sign-in here needs none of them",
  ],
  [
    "webserver.",
    "never read by the Go tool; the dashboard has its own settings",
  ],
  ["monitoring.", ignoredByGo],
  ["tracing.", ignoredByGo],
  ["alerts.", ignoredByGo],
  ["logging.", ignoredByGo],
];

/** The rule for a dotted key; undefined for a key no version of the Go tool read. */
export function findRule(key: string): Rule | undefined {
  const exact = GO_RULES[key];
  if (exact !== undefined) return exact;
  if (RATE_LIMIT_RULE.test(key)) return copyTo(key);
  const section = DROPPED_SECTIONS.find(([prefix]) => key.startsWith(prefix));
  return section === undefined ? undefined : drop(section[1]);
}
