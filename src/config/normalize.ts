import { isAbsolute, relative, resolve } from "node:path";

import {
  DEFAULT_ALLOWED_HOSTS,
  DEFAULT_API_BASE_URL,
  DEFAULT_AUDIT_DIRECTORY,
  DEFAULT_AUTH_BASE_URL,
  DEFAULT_BLOCKED_HOSTS,
  DEFAULT_CREDENTIALS_FILE,
  DEFAULT_KEYRING_USERNAME,
  DEFAULT_MAX_FILE_SIZE_BYTES,
  DEFAULT_OUTPUT_DIR,
  DEFAULT_RATE_LIMITS,
  DEFAULT_RESTRICTED_PATHS,
  DEFAULT_SERVICE_NAME,
} from "./defaults.js";
import { DEFAULT_EXPORT_KINDS } from "../export/index.js";
import { localize, type LocalizedText } from "../i18n/index.js";

import { EXPORT_TYPES, type RawConfig } from "./raw-schema.js";
import type {
  AppConfig,
  FilesystemConfig,
  HttpsConfig,
  RateLimitConfig,
  SecurityConfig,
  ServiceRateLimit,
} from "./types.js";

export interface NormalizeContext {
  /** Base for paths about your data: output, logs, allowed paths. */
  cwd: string;
  /** Base for the tool's own state: credentials file, audit folder. */
  configDir: string;
}

export interface NormalizeResult {
  config: AppConfig;
  /** Problems that combine two keys; each starts with a key path. */
  problems: LocalizedText[];
  warnings: LocalizedText[];
}

type RawSecurity = NonNullable<RawConfig["security"]>;

/** Fills defaults and resolves paths; reports conflicts between keys. */
export function normalizeConfig(
  raw: RawConfig,
  context: NormalizeContext,
): NormalizeResult {
  const problems: LocalizedText[] = [];
  const warnings: LocalizedText[] = [];
  const outputDir = resolve(
    context.cwd,
    raw.export?.output_dir ?? DEFAULT_OUTPUT_DIR,
  );

  const config: AppConfig = {
    trakt: {
      clientId: raw.trakt?.client_id,
      clientSecret: raw.trakt?.client_secret,
      apiBaseUrl: raw.trakt?.api_base_url ?? DEFAULT_API_BASE_URL,
      authBaseUrl: raw.trakt?.auth_base_url ?? DEFAULT_AUTH_BASE_URL,
    },
    export: {
      timezone: raw.export?.timezone,
      historyMode: raw.export?.history_mode ?? "individual",
      outputDir,
      types: raw.export?.types?.filter(isExportType) ?? [
        ...DEFAULT_EXPORT_KINDS,
      ],
    },
    logging: {
      level: raw.logging?.level ?? "info",
      format: raw.logging?.format ?? "text",
      file:
        raw.logging?.file === undefined
          ? undefined
          : resolve(context.cwd, raw.logging.file),
      maxSizeBytes: raw.logging?.max_size ?? 10 * 1024 * 1024,
      maxFiles: raw.logging?.max_files ?? 5,
    },
    i18n: { language: raw.i18n?.language },
    schedule: { cron: raw.schedule?.cron },
    security: normalizeSecurity(raw.security ?? {}, context, outputDir, {
      problems,
      warnings,
    }),
  };

  return { config, problems, warnings };
}

function isExportType(value: string): value is AppConfig["export"]["types"][0] {
  return (EXPORT_TYPES as readonly string[]).includes(value);
}

interface Findings {
  problems: LocalizedText[];
  warnings: LocalizedText[];
}

function normalizeSecurity(
  raw: RawSecurity,
  context: NormalizeContext,
  outputDir: string,
  findings: Findings,
): SecurityConfig {
  const requireHttps = mergeSwitch(
    "security.require_https",
    raw.require_https,
    "security.https.require_https",
    raw.https?.require_https,
    findings,
  );
  const rateLimitEnabled = mergeSwitch(
    "security.rate_limit_enabled",
    raw.rate_limit_enabled,
    "security.rate_limit.enabled",
    raw.rate_limit?.enabled,
    findings,
  );
  const keyringBackend = raw.keyring_backend ?? "system";
  const encryptionEnabled = raw.encryption_enabled ?? true;
  if (!encryptionEnabled && keyringBackend === "file") {
    findings.problems.push(localize("config.encryptionRequired"));
  }

  const auditLogging = raw.audit_logging ?? true;
  const auditDirectory = resolve(
    context.configDir,
    raw.audit?.directory ?? DEFAULT_AUDIT_DIRECTORY,
  );
  const filesystem = normalizeFilesystem(raw, context, outputDir);
  warnAboutLooseModes(filesystem, findings);
  const https = normalizeHttps(raw, requireHttps);
  if (https.allowInsecure) {
    findings.warnings.push(localize("config.allowInsecure"));
  }

  return {
    encryptionEnabled,
    keyringBackend,
    auditLogging,
    rateLimitEnabled,
    requireHttps,
    keyring: {
      serviceName: raw.keyring?.service_name ?? DEFAULT_SERVICE_NAME,
      username: raw.keyring?.username ?? DEFAULT_KEYRING_USERNAME,
      filePath: resolve(
        context.configDir,
        raw.keyring?.file_path ?? DEFAULT_CREDENTIALS_FILE,
      ),
    },
    audit: {
      enabled: auditLogging,
      logLevel: raw.audit?.log_level ?? "info",
      retentionDays: raw.audit?.retention_days ?? 90,
      includeSensitive: raw.audit?.include_sensitive ?? false,
      outputFormat: raw.audit?.output_format ?? "json",
      directory: auditDirectory,
    },
    rateLimit: normalizeRateLimit(raw, rateLimitEnabled),
    filesystem,
    https,
  };
}

/**
 * The guide names some switches twice (in [security] and in its
 * subsection). Either may be set; if both are set they must agree, because
 * silently preferring one would hide the other.
 */
function mergeSwitch(
  outerKey: string,
  outer: boolean | undefined,
  innerKey: string,
  inner: boolean | undefined,
  findings: Findings,
): boolean {
  if (outer !== undefined && inner !== undefined && outer !== inner) {
    findings.problems.push(
      localize("config.switchConflict", {
        outerKey,
        outer: String(outer),
        innerKey,
        inner: String(inner),
      }),
    );
  }
  return outer ?? inner ?? true;
}

function normalizeRateLimit(
  raw: RawSecurity,
  enabled: boolean,
): RateLimitConfig {
  const section = raw.rate_limit;
  const windowMs = section?.window_duration ?? 60_000;
  const fallback: ServiceRateLimit = {
    requestsPerMinute: section?.default_limit ?? 60,
    burstCapacity: section?.burst_limit ?? 10,
    windowMs,
  };
  const limits: Record<string, ServiceRateLimit> = {
    ...DEFAULT_RATE_LIMITS,
    default: fallback,
  };
  for (const [name, limit] of Object.entries(section?.limits ?? {})) {
    const base = limits[name] ?? fallback;
    limits[name] = {
      requestsPerMinute: limit.requests_per_minute ?? base.requestsPerMinute,
      burstCapacity: limit.burst_capacity ?? base.burstCapacity,
      windowMs: limit.window ?? base.windowMs,
    };
  }

  return {
    enabled,
    cleanupIntervalMs: section?.cleanup_interval ?? 300_000,
    limits,
  };
}

function normalizeFilesystem(
  raw: RawSecurity,
  context: NormalizeContext,
  outputDir: string,
): FilesystemConfig {
  const section = raw.filesystem;
  // The export folder is allowed by default only where the working or config
  // folder already is: an output_dir elsewhere must be listed explicitly, so
  // that a config line alone cannot send files anywhere on the disk.
  const isNearby = [context.cwd, context.configDir].some((base) => {
    const path = relative(base, outputDir);
    return path === "" || (!isAbsolute(path) && !path.startsWith(".."));
  });
  const defaultBases = [
    resolve(context.cwd, "config"),
    ...(isNearby ? [outputDir] : []),
    resolve(context.cwd, "logs"),
    context.configDir,
  ];
  const bases =
    section?.allowed_base_paths?.map((entry) => resolve(context.cwd, entry)) ??
    defaultBases;

  return {
    enforcePermissions: section?.enforce_permissions ?? true,
    configFileMode: section?.config_file_mode ?? 0o600,
    dataFileMode: section?.data_file_mode ?? 0o644,
    directoryMode: section?.directory_mode ?? 0o750,
    allowedBasePaths: [...new Set(bases)],
    restrictedPaths: section?.restricted_paths?.map((entry) =>
      resolve(context.cwd, entry),
    ) ?? [...DEFAULT_RESTRICTED_PATHS],
    maxFileSizeBytes: section?.max_file_size ?? DEFAULT_MAX_FILE_SIZE_BYTES,
    checkSymlinks: section?.check_symlinks ?? true,
  };
}

function warnAboutLooseModes(
  filesystem: FilesystemConfig,
  findings: Findings,
): void {
  if ((filesystem.configFileMode & 0o077) !== 0) {
    const mode = filesystem.configFileMode.toString(8).padStart(4, "0");
    findings.warnings.push(localize("config.looseConfigMode", { mode }));
  }
}

function normalizeHttps(raw: RawSecurity, requireHttps: boolean): HttpsConfig {
  const section = raw.https;
  const lower = (hosts: string[]): string[] =>
    hosts.map((host) => host.toLowerCase());

  return {
    requireHttps,
    allowInsecure: section?.allow_insecure ?? false,
    tlsMinVersion: section?.tls_min_version ?? "TLSv1.2",
    timeoutMs: section?.timeout ?? 30_000,
    maxRedirects: section?.max_redirects ?? 5,
    allowedHosts: lower(section?.allowed_hosts ?? DEFAULT_ALLOWED_HOSTS),
    blockedHosts: lower(section?.blocked_hosts ?? DEFAULT_BLOCKED_HOSTS),
    enableHsts: section?.enable_hsts ?? true,
  };
}
