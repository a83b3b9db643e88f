/**
 * Maps the loaded configuration onto the settings objects the security
 * modules take, so each module stays independent of the config file's shape.
 */
import type { AppConfig } from "../config/index.js";
import type {
  AuditSettings,
  FilesystemSettings,
  HttpsSettings,
  RateLimitSettings,
} from "../security/index.js";

export function toFilesystemSettings(config: AppConfig): FilesystemSettings {
  const { filesystem } = config.security;
  return {
    enforcePermissions: filesystem.enforcePermissions,
    configFileMode: filesystem.configFileMode,
    dataFileMode: filesystem.dataFileMode,
    directoryMode: filesystem.directoryMode,
    allowedBasePaths: filesystem.allowedBasePaths,
    restrictedPaths: filesystem.restrictedPaths,
    maxFileSize: filesystem.maxFileSizeBytes,
    checkSymlinks: filesystem.checkSymlinks,
  };
}

export function toAuditSettings(config: AppConfig): AuditSettings {
  const { audit } = config.security;
  return {
    logLevel: audit.logLevel,
    retentionDays: audit.retentionDays,
    includeSensitive: audit.includeSensitive,
    outputFormat: audit.outputFormat,
    directory: audit.directory,
  };
}

export function toRateLimitSettings(config: AppConfig): RateLimitSettings {
  const { rateLimit } = config.security;
  const rules = Object.fromEntries(
    Object.entries(rateLimit.limits).map(([name, limit]) => [
      name,
      {
        requestsPerMinute: limit.requestsPerMinute,
        burstCapacity: limit.burstCapacity,
      },
    ]),
  );
  const defaultLimit = rules.default ?? {
    requestsPerMinute: 60,
    burstCapacity: 10,
  };
  return {
    enabled: rateLimit.enabled,
    defaultLimit,
    limits: rules,
    cleanupIntervalMs: rateLimit.cleanupIntervalMs,
  };
}

export function toHttpsSettings(config: AppConfig): HttpsSettings {
  const { https } = config.security;
  return {
    requireHttps: https.requireHttps,
    allowInsecure: https.allowInsecure,
    allowedHosts: https.allowedHosts,
    blockedHosts: https.blockedHosts,
    tlsMinVersion: https.tlsMinVersion,
    enableHsts: https.enableHsts,
    timeoutMs: https.timeoutMs,
    maxRedirects: https.maxRedirects,
  };
}
