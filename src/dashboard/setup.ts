import { chmod, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";

import {
  AuditLog,
  DEFAULT_AUDIT_SETTINGS,
  DEFAULT_FILESYSTEM_SETTINGS,
  DEFAULT_RATE_LIMIT_SETTINGS,
  PathGuard,
  RateLimiter,
  sleepWithTimer,
  type FilesystemSettings,
  type RateLimitRule,
  type RateLimitSettings,
} from "../security/index.js";

import type {
  DashboardAuditLog,
  DashboardDependencies,
} from "./dependencies.js";
import { DashboardMetrics } from "./metrics.js";
import { FileSecretStore, type DashboardSecretStore } from "./secret-store.js";

export interface DashboardSetup {
  /** Folder the config would live in; audit logs go under it. */
  baseDir: string;
  exportsRoot: string;
  maxUploadBytes: number;
  /** Requests one client may make; pages load three files at once. */
  clientRateLimit: RateLimitRule;
  now: () => Date;
  systemTimeZone: string;
  /** Receives audit write failures and server faults, ready to print. */
  logError: (message: string) => void;
  /** Where uploads wait while they convert; a private folder when unset. */
  tempRoot?: string;
  /** The configured path rules; the secure defaults when unset. */
  filesystem?: FilesystemSettings;
  /**
   * The configured pacing; only `enabled` and the cleanup interval apply,
   * since every client address gets its own bucket under `clientRateLimit`.
   */
  rateLimit?: RateLimitSettings;
  /** An open audit log and its folder; one under `baseDir` when unset. */
  audit?: { log: DashboardAuditLog; directory: string };
  /** Counters to fill; pass them when the audit log is opened elsewhere. */
  metrics?: DashboardMetrics;
  /** Where the access secret lives; a file in the exports folder when unset. */
  secretStore?: (pathGuard: PathGuard) => DashboardSecretStore;
  /**
   * The flag or config key that chose `exportsRoot`, named when the folder
   * cannot be created; `[export] output_dir` when unset.
   */
  exportsSetting?: string;
}

/** Name of the secret file, in the exports folder. */
export const SECRET_FILE_NAME = ".export-trakt-dashboard-secret";

export const DEFAULT_CLIENT_RATE_LIMIT: RateLimitRule = {
  requestsPerMinute: 300,
  burstCapacity: 60,
};

/** A folder only this user can enter, holding uploads while they convert. */
async function createPrivateTempRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "export-trakt-dashboard-"));
  await chmod(root, 0o700);
  return root;
}

/**
 * The secret file's path: inside the exports folder, with the export lock
 * and the scheduler's status, so that a container whose only writable
 * folders are its volumes can keep it.
 */
export function secretFilePathFor(exportsRoot: string): string {
  return join(exportsRoot, SECRET_FILE_NAME);
}

/** Where earlier versions kept the secret file: next to the exports folder. */
export function earlierSecretFilePathFor(exportsRoot: string): string {
  return join(dirname(exportsRoot), SECRET_FILE_NAME);
}

/** The fallback secret file for an exports folder, moved from its earlier place. */
export function createSecretFileStore(
  exportsRoot: string,
  pathGuard: PathGuard,
): FileSecretStore {
  return new FileSecretStore(
    secretFilePathFor(exportsRoot),
    pathGuard,
    earlierSecretFilePathFor(exportsRoot),
  );
}

async function openOwnAuditLog(
  setup: DashboardSetup,
  pathGuard: PathGuard,
  metrics: DashboardMetrics,
): Promise<{ log: DashboardAuditLog; directory: string }> {
  const log = await AuditLog.open({
    settings: DEFAULT_AUDIT_SETTINGS,
    baseDir: setup.baseDir,
    pathGuard,
    now: setup.now,
    onWriteFailure: (failure) => {
      metrics.recordAuditWriteFailure();
      setup.logError(failure.message);
    },
  });
  return { log, directory: log.directory };
}

/**
 * Builds the dashboard's parts from the given settings (the secure defaults
 * for any left out): a path guard that also allows the exports folder, the
 * audit log, a per-client rate limiter, the secret store and metrics.
 */
export async function createDashboardDependencies(
  setup: DashboardSetup,
): Promise<DashboardDependencies> {
  const filesystem = setup.filesystem ?? DEFAULT_FILESYSTEM_SETTINGS;
  const settings = {
    ...filesystem,
    allowedBasePaths: [...filesystem.allowedBasePaths, setup.exportsRoot],
  };
  const pathGuard = new PathGuard(settings, { baseDir: setup.baseDir });
  const exportsRoot = await pathGuard.ensureDirectory(
    setup.exportsRoot,
    "dashboard",
    setup.exportsSetting ?? "[export] output_dir",
  );
  const metrics = setup.metrics ?? new DashboardMetrics();
  const audit =
    setup.audit ?? (await openOwnAuditLog(setup, pathGuard, metrics));
  // Only the default rule applies: the named services (trakt_api, auth) are
  // for outgoing requests and must not pace the dashboard's visitors.
  const rateLimiter = new RateLimiter(
    {
      ...(setup.rateLimit ?? DEFAULT_RATE_LIMIT_SETTINGS),
      defaultLimit: setup.clientRateLimit,
      limits: {},
    },
    { now: () => performance.now(), sleep: sleepWithTimer },
  );
  const secretStore =
    setup.secretStore?.(pathGuard) ??
    createSecretFileStore(exportsRoot, pathGuard);

  return {
    exportsRoot,
    pathGuard,
    auditLog: audit.log,
    auditDirectory: audit.directory,
    rateLimiter,
    secretStore,
    metrics,
    maxUploadBytes: setup.maxUploadBytes,
    tempRoot: setup.tempRoot ?? (await createPrivateTempRoot()),
    systemTimeZone: setup.systemTimeZone,
    now: setup.now,
    logError: setup.logError,
  };
}
