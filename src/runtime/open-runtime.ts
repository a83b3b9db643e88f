/**
 * Everything a command needs from the configuration, assembled once: the
 * path guard, the audit log, the rate limiter and the settings of the HTTPS
 * client. Commands, the dashboard and the scheduler all start from here, so
 * every write and request meets the same checks.
 */
import { dirname } from "node:path";

import { loadConfig, type LoadedConfig } from "../config/index.js";
import type { UserText } from "../i18n/index.js";
import {
  AuditLog,
  PathGuard,
  RateLimiter,
  checkSecretFilePermissions,
  resolveAuditDirectory,
  sleepWithTimer,
  toRateLimitAuditEvent,
  type AuditEvent,
  type AuditStats,
  type CredentialEventSink,
  type FilesystemSettings,
  type HttpsSettings,
} from "../security/index.js";

import { pathExists } from "../shared/index.js";

import { toCredentialAuditEvent } from "./credential-audit.js";
import {
  toAuditSettings,
  toFilesystemSettings,
  toHttpsSettings,
  toRateLimitSettings,
} from "./settings.js";

/** Where audit events go: the audit log, or nowhere when it is off. */
export interface AuditSink {
  record: (event: AuditEvent) => boolean;
  /** What this process recorded; `undefined` when the log is off. */
  stats: () => AuditStats | undefined;
  /** Masks this exact value in every later event. */
  addKnownSecret: (secret: string) => void;
}

export interface Runtime {
  loaded: LoadedConfig;
  filesystem: FilesystemSettings;
  https: HttpsSettings;
  /** Guards data paths; relative paths resolve from the working folder. */
  dataGuard: PathGuard;
  audit: AuditSink;
  /** Where the audit files are (or would be, when auditing is off). */
  auditDirectory: string;
  onCredentialEvent: CredentialEventSink;
  rateLimiter: RateLimiter;
  /** Problems worth telling the person, found while starting. */
  warnings: UserText[];
  /** Records the stop event; call once the command has finished. */
  close: (result: "success" | "failure") => void;
}

export interface RuntimeOptions {
  configPath: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  homeDir: string;
  now: () => Date;
  /** The command's name, recorded as the audit source. */
  command: string;
  /** Told about every audit event that could not be written. */
  onAuditFailure: (message: string) => void;
  /**
   * False when the command checks the config and credentials files itself
   * (`validate --security` must run even where the startup check refuses).
   */
  shouldCheckSecretFiles?: boolean;
  /**
   * False for read-only probes run every few minutes (`health`): they would
   * fill the audit log with start and stop records that tell nothing.
   */
  isAudited?: boolean;
}

const DISABLED_AUDIT: AuditSink = {
  record: () => false,
  stats: () => undefined,
  addKnownSecret: () => undefined,
};

/** Loads the configuration and builds the guards; throws on a bad config. */
export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
  const loaded = await loadConfig({
    explicitPath: options.configPath,
    env: options.env,
    cwd: options.cwd,
    homeDir: options.homeDir,
  });
  const { config } = loaded;
  const filesystem = toFilesystemSettings(config);
  const warnings: UserText[] = [...loaded.warnings];

  // Secret-holding files readable by others: warn, or refuse when enforced.
  const secretFiles =
    options.shouldCheckSecretFiles === false
      ? []
      : [loaded.path, config.security.keyring.filePath];
  for (const path of secretFiles) {
    if (path === undefined || !(await pathExists(path))) continue;
    const finding = await checkSecretFilePermissions(path, filesystem);
    if (finding.warning !== undefined) warnings.push(finding.warning);
  }

  const configDir =
    loaded.path === undefined ? options.cwd : dirname(loaded.path);
  const auditLog =
    config.security.audit.enabled && options.isAudited !== false
      ? await AuditLog.open({
          settings: toAuditSettings(config),
          baseDir: configDir,
          pathGuard: new PathGuard(filesystem, { baseDir: configDir }),
          now: options.now,
          onWriteFailure: (failure) => {
            options.onAuditFailure(failure.message);
          },
          ...(config.trakt.clientSecret === undefined
            ? {}
            : { knownSecrets: [config.trakt.clientSecret] }),
        })
      : undefined;
  const audit: AuditSink =
    auditLog === undefined
      ? DISABLED_AUDIT
      : {
          record: (event) => auditLog.record(event),
          stats: () => auditLog.stats,
          addKnownSecret: (secret) => {
            auditLog.addKnownSecret(secret);
          },
        };

  audit.record({
    eventType: "system_start",
    severity: "low",
    source: "cli",
    action: options.command,
    result: "success",
    message: `export-trakt ${options.command} started`,
    details: { config: loaded.path ?? "defaults" },
  });

  return {
    loaded,
    filesystem,
    https: toHttpsSettings(config),
    dataGuard: new PathGuard(filesystem, { baseDir: options.cwd }),
    audit,
    auditDirectory: resolveAuditDirectory(toAuditSettings(config), configDir),
    onCredentialEvent: (event) => {
      audit.record(toCredentialAuditEvent(event));
    },
    rateLimiter: new RateLimiter(toRateLimitSettings(config), {
      now: () => options.now().getTime(),
      sleep: sleepWithTimer,
      onServerLimit: (hit) => {
        audit.record(toRateLimitAuditEvent(hit));
      },
    }),
    warnings,
    close: (result) => {
      audit.record({
        eventType: "system_stop",
        severity: result === "success" ? "low" : "medium",
        source: "cli",
        action: options.command,
        result,
        message: `export-trakt ${options.command} ended (${result})`,
      });
    },
  };
}
