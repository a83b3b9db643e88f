import { z } from "zod";

import { EXPORT_KINDS } from "../export/index.js";
import { parseCronSchedule } from "../schedule/index.js";
import { AppError, describeError, describeUrlValue } from "../shared/index.js";

import {
  LANGUAGE_CODE,
  ValueProblem,
  addProblem,
  byteSize,
  describeValue,
  duration,
  fileMode,
  flag,
  oneOf,
  quoteChoices,
  rejectValue,
  section,
  text,
  textList,
  tlsVersion,
  wholeNumber,
} from "./values.js";

/*
 * The config file as written: snake_case keys, every key optional, each
 * value checked and converted (modes to numbers, durations to ms) but no
 * defaults filled in. normalizeConfig turns this into AppConfig.
 */

export const KEYRING_BACKENDS = ["system", "env", "file"] as const;
export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export const LOG_FORMATS = ["text", "json"] as const;
export const HISTORY_MODES = ["individual", "aggregated"] as const;
export const EXPORT_TYPES = EXPORT_KINDS;
export const AUDIT_FORMATS = ["json", "text"] as const;

function baseUrl() {
  return text().transform((value, context): string => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    const isUsable =
      url !== undefined &&
      (url.protocol === "https:" || url.protocol === "http:") &&
      url.username === "" &&
      url.password === "" &&
      url.search === "" &&
      url.hash === "";
    if (isUsable) return value.replace(/\/+$/, "");
    // The problem quotes the value back, but never a password in it.
    return rejectValue(context, "config.notUrl", {
      value: describeValue(describeUrlValue(value)),
    });
  });
}

function timezone() {
  return text().transform((value, context): string => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
      return value;
    } catch {
      return rejectValue(context, "config.notTimezone", {
        value: describeValue(value),
      });
    }
  });
}

// Checked in UTC: the fields read the same in every zone, and the export
// time zone is only known once the whole file has been read. The schedule
// parser's message becomes the problem, in the reader's language.
function cronExpression() {
  return text().transform((value, context): string => {
    try {
      return parseCronSchedule(value, "UTC").expression;
    } catch (error) {
      if (error instanceof AppError && error.localized !== undefined) {
        const reason = error.localized;
        addProblem(context, new ValueProblem("config.notCron", { reason }));
      } else {
        context.addIssue({ code: "custom", message: describeError(error) });
      }
      return z.NEVER;
    }
  });
}

function language() {
  return text().transform((value, context): string => {
    if (LANGUAGE_CODE.test(value)) return value;
    return rejectValue(context, "config.notLanguage", {
      value: describeValue(value),
    });
  });
}

function path() {
  return text().transform((value, context): string => {
    if (value.trim() !== "" && !value.includes("\0")) return value;
    return rejectValue(context, "config.emptyPath");
  });
}

function checkHost(entry: string): ValueProblem | undefined {
  // Host names only: the HTTPS policy compares them exactly, so a scheme,
  // port or path here would never match anything.
  const labels = entry.split(".");
  const isHostName = labels.every((label) => /^[a-z0-9-]+$/i.test(label));
  if (isHostName || /^[0-9a-f:]+$/i.test(entry)) return undefined;
  return new ValueProblem("config.notHost", { value: describeValue(entry) });
}

function checkPathEntry(entry: string): ValueProblem | undefined {
  return entry.trim() === "" ? new ValueProblem("config.emptyPath") : undefined;
}

function checkExportType(entry: string): ValueProblem | undefined {
  if ((EXPORT_TYPES as readonly string[]).includes(entry)) return undefined;
  return new ValueProblem("config.notOneOf", {
    choices: quoteChoices(EXPORT_TYPES),
    value: describeValue(entry),
  });
}

const SERVICE_NAME = /^[a-z][a-z0-9_]*$/;

function serviceName() {
  return z.string().check((payload) => {
    if (SERVICE_NAME.test(payload.value)) return;
    payload.issues.push({
      code: "custom",
      message: "config.badServiceName",
      params: { problem: new ValueProblem("config.badServiceName") },
      input: payload.value,
    });
  });
}

/** zod's message for a service limit that is not a table; see parse.ts. */
export const NOT_A_SERVICE_TABLE =
  "must be a table ([security.rate_limit.limits.NAME])";

const serviceLimit = z.object(
  {
    requests_per_minute: wholeNumber(1, 100_000).optional(),
    burst_capacity: wholeNumber(1, 10_000).optional(),
    window: duration(1_000, 3_600_000).optional(),
  },
  { error: NOT_A_SERVICE_TABLE },
);

export const RawConfigSchema = z.object({
  trakt: section({
    client_id: text().optional(),
    client_secret: text({ isSecret: true }).optional(),
    api_base_url: baseUrl().optional(),
    auth_base_url: baseUrl().optional(),
  }),
  export: section({
    timezone: timezone().optional(),
    history_mode: oneOf(HISTORY_MODES).optional(),
    output_dir: path().optional(),
    types: textList(checkExportType).optional(),
  }),
  logging: section({
    level: oneOf(LOG_LEVELS).optional(),
    format: oneOf(LOG_FORMATS).optional(),
    file: path().optional(),
    max_size: byteSize(1024, 1024 ** 4).optional(),
    max_files: wholeNumber(0, 1000).optional(),
  }),
  i18n: section({ language: language().optional() }),
  schedule: section({ cron: cronExpression().optional() }),
  security: section({
    encryption_enabled: flag().optional(),
    keyring_backend: oneOf(KEYRING_BACKENDS).optional(),
    audit_logging: flag().optional(),
    rate_limit_enabled: flag().optional(),
    require_https: flag().optional(),
    keyring: section({
      service_name: text().optional(),
      username: text().optional(),
      file_path: path().optional(),
    }),
    audit: section({
      log_level: oneOf(LOG_LEVELS).optional(),
      retention_days: wholeNumber(1, 3650).optional(),
      include_sensitive: flag().optional(),
      output_format: oneOf(AUDIT_FORMATS).optional(),
      directory: path().optional(),
    }),
    rate_limit: section({
      enabled: flag().optional(),
      default_limit: wholeNumber(1, 100_000).optional(),
      burst_limit: wholeNumber(1, 10_000).optional(),
      window_duration: duration(1_000, 3_600_000).optional(),
      cleanup_interval: duration(1_000, 86_400_000).optional(),
      limits: z.record(serviceName(), serviceLimit).optional(),
    }),
    filesystem: section({
      enforce_permissions: flag().optional(),
      config_file_mode: fileMode().optional(),
      data_file_mode: fileMode().optional(),
      directory_mode: fileMode().optional(),
      allowed_base_paths: textList(checkPathEntry).optional(),
      restricted_paths: textList(checkPathEntry).optional(),
      max_file_size: byteSize(1, 1024 ** 4).optional(),
      check_symlinks: flag().optional(),
    }),
    https: section({
      require_https: flag().optional(),
      allow_insecure: flag().optional(),
      tls_min_version: tlsVersion().optional(),
      timeout: duration(1_000, 600_000).optional(),
      max_redirects: wholeNumber(0, 20).optional(),
      allowed_hosts: textList(checkHost).optional(),
      blocked_hosts: textList(checkHost).optional(),
      enable_hsts: flag().optional(),
    }),
  }),
});

/** The config file's contents after validation, before defaults. */
export type RawConfig = z.output<typeof RawConfigSchema>;
