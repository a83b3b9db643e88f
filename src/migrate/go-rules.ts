import { localize, type LocalizedText } from "../i18n/index.js";
import { isKnownTimeZone } from "../transform/index.js";

/** What happens to one key of the Go tool's config. */
export type RuleOutcome =
  | { kind: "copy"; to: string; value: unknown; note?: LocalizedText }
  | { kind: "drop"; reason: LocalizedText };

export type Rule = (value: unknown, key: string) => RuleOutcome;

const copyTo =
  (to: string): Rule =>
  (value) => ({ kind: "copy", to, value });

const drop =
  (reason: LocalizedText): Rule =>
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
        reason: localize("migrate.notLogLevel", { value: show(value) }),
      };
    return level === value
      ? { kind: "copy", to, value }
      : {
          kind: "copy",
          to,
          value: level,
          note: localize("migrate.writtenAs", {
            value: show(value),
            written: level,
          }),
        };
  };
}

function oneOf(to: string, allowed: readonly string[]): Rule {
  return (value) =>
    typeof value === "string" && allowed.includes(value)
      ? { kind: "copy", to, value }
      : {
          kind: "drop",
          reason: localize("migrate.notOneOf", {
            value: show(value),
            allowed: allowed.join(", "),
          }),
        };
}

const timeZone: Rule = (value) => {
  if (value === "Local" || value === "")
    return { kind: "drop", reason: localize("migrate.localTimeZone") };
  if (typeof value === "string" && isKnownTimeZone(value))
    return { kind: "copy", to: "export.timezone", value };
  return {
    kind: "drop",
    reason: localize("migrate.notTimeZone", { value: show(value) }),
  };
};

const extendedInfo: Rule = (value) => ({
  kind: "drop",
  reason: localize(
    value === "letterboxd"
      ? "migrate.extendedLetterboxd"
      : "migrate.extendedInfo",
  ),
});

const dateFormat: Rule = (value) => ({
  kind: "drop",
  reason: localize("migrate.dateFormat", { value: show(value) }),
});

const logFormat: Rule = (value) =>
  value === "json"
    ? { kind: "copy", to: "logging.format", value }
    : {
        kind: "copy",
        to: "logging.format",
        value: "text",
        note: localize("migrate.writtenAsText", { value: show(value) }),
      };

// Go's logging libraries read a bare number as megabytes.
const maxSize: Rule = (value) => {
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0)
    return {
      kind: "copy",
      to: "logging.max_size",
      value: `${value}MB`,
      note: localize("migrate.megabytes", {
        value: String(value),
        written: `${value}MB`,
      }),
    };
  if (typeof value === "string" && /^\d+\s*(B|KB|MB|GB)$/i.test(value.trim()))
    return {
      kind: "copy",
      to: "logging.max_size",
      value: value.trim().toUpperCase().replace(/\s/g, ""),
    };
  return {
    kind: "drop",
    reason: localize("migrate.notSize", { value: show(value) }),
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
        note: localize("migrate.writtenAs", {
          value: String(value),
          written: mode,
        }),
      };
    }
    return typeof value === "string" && /^0?[0-7]{3}$/.test(value)
      ? { kind: "copy", to, value: value.padStart(4, "0") }
      : {
          kind: "drop",
          reason: localize("migrate.notFileMode", { value: show(value) }),
        };
  };

const ignoredByGo = localize("migrate.ignoredByGo");
const fixedFileNames = localize("migrate.fixedFileNames");

/** Every key the Go tool knew, by dotted name. Other keys are dropped as unknown. */
export const GO_RULES: Readonly<Record<string, Rule>> = {
  "trakt.client_id": copyTo("trakt.client_id"),
  // Kept so that nothing stops working, with the way out of the file.
  "trakt.client_secret": (value) => ({
    kind: "copy",
    to: "trakt.client_secret",
    value,
    note: localize("migrate.secretInFile"),
  }),
  "trakt.access_token": drop(localize("migrate.accessToken")),
  "trakt.api_base_url": copyTo("trakt.api_base_url"),
  "trakt.extended_info": extendedInfo,
  "letterboxd.export_dir": copyTo("export.output_dir"),
  "letterboxd.watched_filename": drop(fixedFileNames),
  "letterboxd.collection_filename": drop(fixedFileNames),
  "letterboxd.shows_filename": drop(localize("migrate.showsFileName")),
  "letterboxd.ratings_filename": drop(localize("migrate.ratingsFileName")),
  "letterboxd.watchlist_filename": drop(fixedFileNames),
  "letterboxd.letterboxd_import_filename": drop(fixedFileNames),
  "export.format": drop(localize("migrate.exportFormat")),
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
  "i18n.default_language": drop(localize("migrate.defaultLanguage")),
  "i18n.locales_dir": drop(localize("migrate.localesDir")),
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
const DROPPED_SECTIONS: readonly [string, LocalizedText][] = [
  ["security.https.", localize("migrate.httpsSection")],
  ["auth.", localize("migrate.authSection")],
  ["webserver.", localize("migrate.webserverSection")],
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
