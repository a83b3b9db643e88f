/**
 * Typed settings for the security guards. Each guard takes one of these
 * plain objects; the configuration loader fills them from
 * `[security.*]` in the TOML file. The defaults are the secure choice, so a
 * missing section never weakens a guard.
 */

/** Audit severities, lowest first. */
export const AUDIT_SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type AuditSeverity = (typeof AUDIT_SEVERITIES)[number];

export const AUDIT_LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type AuditLogLevel = (typeof AUDIT_LOG_LEVELS)[number];

export interface AuditSettings {
  /** `debug` and `info` record every event, `warn` medium and up, `error` high and up. */
  logLevel: AuditLogLevel;
  /** Audit files older than this many days are deleted; 0 keeps them all. */
  retentionDays: number;
  /** Lets personal data (usernames, paths, addresses) through. Secrets are masked regardless. */
  includeSensitive: boolean;
  outputFormat: "json" | "text";
  /** Folder of the daily audit files, relative to the config file's folder. */
  directory: string;
}

export const DEFAULT_AUDIT_SETTINGS: Readonly<AuditSettings> = {
  logLevel: "info",
  retentionDays: 90,
  includeSensitive: false,
  outputFormat: "json",
  directory: "logs/audit",
};

export interface RateLimitRule {
  requestsPerMinute: number;
  /** Requests that may go out back to back before the per-minute rate applies. */
  burstCapacity: number;
}

export interface RateLimitSettings {
  enabled: boolean;
  /** Rule for any service key without its own entry in `limits`. */
  defaultLimit: RateLimitRule;
  limits: Readonly<Record<string, RateLimitRule>>;
  /** Idle buckets of unnamed keys (dashboard clients) are dropped after this long. */
  cleanupIntervalMs: number;
}

export const DEFAULT_RATE_LIMIT_SETTINGS: Readonly<RateLimitSettings> = {
  enabled: true,
  defaultLimit: { requestsPerMinute: 60, burstCapacity: 10 },
  limits: {
    trakt_api: { requestsPerMinute: 40, burstCapacity: 5 },
    auth: { requestsPerMinute: 10, burstCapacity: 3 },
  },
  cleanupIntervalMs: 5 * 60_000,
};

export type TlsMinVersion = "TLSv1.2" | "TLSv1.3";

export interface HttpsSettings {
  requireHttps: boolean;
  /** Permits plain `http:` (development only); blocked hosts stay blocked. */
  allowInsecure: boolean;
  /** Exact host names that may be contacted. An empty list allows none. */
  allowedHosts: readonly string[];
  /** Host names refused even when they are also allowed. */
  blockedHosts: readonly string[];
  tlsMinVersion: TlsMinVersion;
  /** Emit a warning event when an HTTPS answer has no HSTS header. */
  enableHsts: boolean;
  /** Limit for one whole request, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Extra certificate authority (PEM) to trust besides the system ones. */
  caFile?: string;
}

export const DEFAULT_HTTPS_SETTINGS: Readonly<HttpsSettings> = {
  requireHttps: true,
  allowInsecure: false,
  allowedHosts: ["api.trakt.tv", "auth.trakt.tv"],
  blockedHosts: ["localhost", "127.0.0.1", "::1", "0.0.0.0"],
  tlsMinVersion: "TLSv1.2",
  enableHsts: true,
  timeoutMs: 30_000,
  maxRedirects: 5,
};

export interface FilesystemSettings {
  /** Refuse (instead of warn about) secret files that group or others can read. */
  enforcePermissions: boolean;
  configFileMode: number;
  dataFileMode: number;
  directoryMode: number;
  /** Folders that paths from config, dashboard or data files must lie under. */
  allowedBasePaths: readonly string[];
  /** Folders never read or written, matched on whole path components. */
  restrictedPaths: readonly string[];
  maxFileSize: number;
  /** Refuse symbolic links inside the paths the tool opens. */
  checkSymlinks: boolean;
}

export const DEFAULT_FILESYSTEM_SETTINGS: Readonly<FilesystemSettings> = {
  enforcePermissions: true,
  configFileMode: 0o600,
  dataFileMode: 0o644,
  directoryMode: 0o750,
  allowedBasePaths: ["./config", "./exports", "./logs", "./temp"],
  restrictedPaths: ["/etc", "/var", "/usr", "/sys", "/proc", "/dev"],
  maxFileSize: 100 * 1024 * 1024,
  checkSymlinks: true,
};
