import type {
  AUDIT_FORMATS,
  EXPORT_TYPES,
  HISTORY_MODES,
  KEYRING_BACKENDS,
  LOG_FORMATS,
  LOG_LEVELS,
} from "./raw-schema.js";
import type { TlsMinVersion } from "./values.js";

/*
 * The configuration every other module works with: camelCase, every default
 * filled in, paths absolute. Each security subsection is meant to be passed
 * as-is to the module it configures.
 */

export type KeyringBackend = (typeof KEYRING_BACKENDS)[number];
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = (typeof LOG_FORMATS)[number];
export type HistoryMode = (typeof HISTORY_MODES)[number];
export type ExportType = (typeof EXPORT_TYPES)[number];
export type AuditFormat = (typeof AUDIT_FORMATS)[number];
export type { TlsMinVersion };

export interface TraktConfig {
  clientId: string | undefined;
  clientSecret: string | undefined;
  apiBaseUrl: string;
  authBaseUrl: string;
}

export interface ExportConfig {
  /** `undefined`: the Trakt account's time zone, else this computer's. */
  timezone: string | undefined;
  historyMode: HistoryMode;
  outputDir: string;
  types: ExportType[];
}

export interface LoggingConfig {
  level: LogLevel;
  format: LogFormat;
  /** Absolute path, or `undefined` to log to stderr only. */
  file: string | undefined;
  /** The log file is rotated once it grows past this size. */
  maxSizeBytes: number;
  /** Rotated files kept beside the current one. */
  maxFiles: number;
}

export interface ScheduleConfig {
  /** Five-field cron expression, read in the export time zone. */
  cron: string | undefined;
}

export interface I18nConfig {
  /**
   * `undefined` when the file sets none: the environment's locale decides
   * (LC_ALL, LC_MESSAGES, LANG), else English.
   */
  language: string | undefined;
}

export interface KeyringConfig {
  serviceName: string;
  username: string;
  /** Absolute path of the encrypted credentials file (`file` backend). */
  filePath: string;
}

export interface AuditConfig {
  enabled: boolean;
  logLevel: LogLevel;
  retentionDays: number;
  includeSensitive: boolean;
  outputFormat: AuditFormat;
  directory: string;
}

export interface ServiceRateLimit {
  requestsPerMinute: number;
  burstCapacity: number;
  windowMs: number;
}

export interface RateLimitConfig {
  enabled: boolean;
  cleanupIntervalMs: number;
  /** Always holds `trakt_api`, `auth` and `default`; other names may follow. */
  limits: Record<string, ServiceRateLimit>;
}

export interface FilesystemConfig {
  enforcePermissions: boolean;
  configFileMode: number;
  dataFileMode: number;
  directoryMode: number;
  allowedBasePaths: string[];
  restrictedPaths: string[];
  maxFileSizeBytes: number;
  checkSymlinks: boolean;
}

export interface HttpsConfig {
  requireHttps: boolean;
  allowInsecure: boolean;
  tlsMinVersion: TlsMinVersion;
  timeoutMs: number;
  maxRedirects: number;
  /** Lower-case host names, compared exactly. */
  allowedHosts: string[];
  blockedHosts: string[];
  enableHsts: boolean;
}

export interface SecurityConfig {
  encryptionEnabled: boolean;
  keyringBackend: KeyringBackend;
  auditLogging: boolean;
  rateLimitEnabled: boolean;
  requireHttps: boolean;
  keyring: KeyringConfig;
  audit: AuditConfig;
  rateLimit: RateLimitConfig;
  filesystem: FilesystemConfig;
  https: HttpsConfig;
}

export interface AppConfig {
  trakt: TraktConfig;
  export: ExportConfig;
  logging: LoggingConfig;
  i18n: I18nConfig;
  schedule: ScheduleConfig;
  security: SecurityConfig;
}
