import type { MessageTable } from "../catalogue-types.js";

/**
 * Configuration errors and warnings (`src/config/`). Each problem line starts
 * with its key path, as `{path}`; `{value}` is the value as written in the
 * file (a quoted string, a number) or a `config.value.*` description of it.
 * A `${NAME}` reference is always a placeholder, never written in the text,
 * because braces would read as one.
 */
export const configEn = {
  "config.unreadableFlag":
    'Could not read the config file "{path}" given with --config: {reason}. Check the path, or run "export-trakt config init" to create one.',
  "config.unreadableEnvironment":
    'Could not read the config file "{path}" named by EXPORT_TRAKT_CONFIG: {reason}. Check the path, or run "export-trakt config init" to create one.',
  "config.unreadableFound":
    'Could not read the config file "{path}" found: {reason}. Check the path, or run "export-trakt config init" to create one.',
  "config.reason.missing": "no such file",
  "config.reason.denied": "permission denied",
  "config.reason.folder": "it is a folder",
  "config.reason.loop": "its symbolic links form a loop",
  "config.reason.unknown": "unknown error",
  "config.tooLarge":
    'The config file "{path}" is {size} bytes; a config file is at most {limit} bytes. Check that --config points at the right file.',
  "config.tomlSyntaxFile":
    'Could not read "{path}" as TOML: {reason} (line {line}, column {column}). {advice}',
  "config.tomlSyntax":
    "Could not read the configuration as TOML: {reason} (line {line}, column {column}). {advice}",
  "config.tomlFixSyntax":
    "Fix the syntax at that place and run the command again.",
  "config.tomlLeadingZero":
    'A number with a leading zero, such as a file mode written 0600, is not valid TOML: write it as a quoted string ("0600") or as TOML octal (0o600).',
  "config.fileProblems": {
    one: 'The config file "{path}" has {count} problem:\n{problems}\nFix it and run the command again.',
    other:
      'The config file "{path}" has {count} problems:\n{problems}\nFix them and run the command again.',
  },
  "config.problems": {
    one: "The configuration has {count} problem:\n{problems}\nFix it and run the command again.",
    other:
      "The configuration has {count} problems:\n{problems}\nFix them and run the command again.",
  },
  "config.unknownKey":
    "{path}: unknown key; the keys allowed here are {allowed}.",
  "config.literalSecret":
    'trakt.client_secret: is written in the file itself; anyone who can read the file can use it. Store it with "export-trakt credentials set", or write "{reference}" and set that variable.',
  "config.badReference":
    '{path}: "{reference}" is not a valid variable reference; use {example} with letters, digits and "_".',
  "config.secretVariable":
    "{path}: {reference} holds a secret and cannot be used here, where it would be shown in messages; write the value itself.",
  "config.missingVariable":
    "{path}: environment variable {name} is not set; set it or replace {reference} with a value.",
  "config.notSection": "{path}: must be a table (a [section]).",
  "config.notServiceTable":
    "{path}: must be a table ([security.rate_limit.limits.NAME]).",
  "config.wrongType": "{path}: has the wrong type; expected {expected}.",
  "config.notString": "{path}: must be a quoted string; got {value}.",
  "config.notBoolean":
    "{path}: must be true or false (without quotes); got {value}.",
  "config.notOneOf": "{path}: must be one of {choices}; got {value}.",
  "config.notWholeNumber":
    "{path}: must be a whole number from {min} to {max}; got {value}.",
  "config.notAllowedValue": "{path}: must be one of {choices}.",
  "config.tooBig": "{path}: must be at most {max}.",
  "config.tooSmall": "{path}: must be at least {min}.",
  "config.notList":
    '{path}: must be a list of quoted strings, such as ["a", "b"]; got {value}.',
  "config.notFileMode":
    '{path}: must be a file mode written as a quoted string ("0600") or TOML octal (0o600); got {value}.',
  "config.notTlsVersion":
    '{path}: must be one of 771, 772, "1.2", "1.3" (TLS 1.2 or 1.3); got {value}.',
  "config.notDuration":
    '{path}: must be a quoted duration such as "30s", "5m" or "1m30s" (units ms, s, m, h), from {min} to {max}; got {value}.',
  "config.notByteSize":
    '{path}: must be a number of bytes (104857600) or a quoted size such as "100MB" (units B, KB, MB, GB), from {min} to {max} bytes; got {value}.',
  "config.notUrl":
    '{path}: must be an http(s) URL without user, query or fragment, such as "https://api.trakt.tv"; got {value}.',
  "config.notTimezone":
    '{path}: must be an IANA time zone such as "UTC" or "Europe/Paris"; got {value}.',
  "config.notLanguage":
    '{path}: must be a language code such as "en", "fr" or "pt-BR"; got {value}.',
  "config.emptyPath": "{path}: must be a non-empty path.",
  "config.notHost":
    '{path}: must be a bare host name such as "api.trakt.tv" (no scheme, port or path); got {value}.',
  "config.badServiceName":
    '{path}: service names use lower-case letters, digits and "_", such as "trakt_api".',
  "config.unknownKeys":
    "{path}: unknown keys {keys}; remove them or check their spelling.",
  "config.value.string": "a string",
  "config.value.number": "a number",
  "config.value.boolean": "a boolean",
  "config.value.list": "a list",
  "config.value.date": "a date",
  "config.value.table": "a table",
  "config.value.other": "a value of another type",
  "config.encryptionRequired":
    'security.encryption_enabled: must be true when security.keyring_backend is "file", because the credentials file is never written unencrypted; set keyring_backend to "system" or "env" instead.',
  "config.switchConflict":
    "{outerKey}: is {outer} but {innerKey} is {inner}; set them to the same value or remove one of them.",
  "config.allowInsecure":
    "security.https.allow_insecure: is true, so plain http:// requests are allowed to hosts that are not blocked; use it only for local development.",
  "config.looseConfigMode":
    'security.filesystem.config_file_mode: "{mode}" lets other users read files that hold secrets; "0600" is recommended.',
  "config.exists":
    'The config file "{path}" already exists. Pass --force to replace it, or --path to write somewhere else.',
  "config.writeFailed":
    'Could not write the config file "{path}". Check that its folder is writable.',
  // A cron problem (the parser's own message) under its key path.
  "config.notCron": "{path}: {reason}",
} as const satisfies MessageTable;
