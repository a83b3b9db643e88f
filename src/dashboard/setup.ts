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
  resolveAuditDirectory,
  sleepWithTimer,
  type RateLimitRule,
} from "../security/index.js";

import type { DashboardDependencies } from "./dependencies.js";
import { DashboardMetrics } from "./metrics.js";
import { FileSecretStore } from "./secret-store.js";

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
}

/** Name of the secret file, next to the exports folder. */
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
 * Builds the dashboard's parts with the secure defaults: a path guard that
 * also allows the exports folder, the audit log, a rate limiter and metrics.
 */
// TODO(#4): take the security settings from the loaded config file once the
// loader exists; until then the defaults apply, as for the other commands.
export async function createDashboardDependencies(
  setup: DashboardSetup,
): Promise<DashboardDependencies> {
  const settings = {
    ...DEFAULT_FILESYSTEM_SETTINGS,
    allowedBasePaths: [
      ...DEFAULT_FILESYSTEM_SETTINGS.allowedBasePaths,
      setup.exportsRoot,
    ],
  };
  const pathGuard = new PathGuard(settings, { baseDir: setup.baseDir });
  const exportsRoot = await pathGuard.ensureDirectory(
    setup.exportsRoot,
    "dashboard",
  );
  const metrics = new DashboardMetrics();
  const auditLog = await AuditLog.open({
    settings: DEFAULT_AUDIT_SETTINGS,
    baseDir: setup.baseDir,
    pathGuard,
    now: setup.now,
    onWriteFailure: (failure) => {
      metrics.recordAuditWriteFailure();
      setup.logError(failure.message);
    },
  });
  const rateLimiter = new RateLimiter(
    { ...DEFAULT_RATE_LIMIT_SETTINGS, defaultLimit: setup.clientRateLimit },
    { now: () => performance.now(), sleep: sleepWithTimer },
  );

  return {
    exportsRoot,
    pathGuard,
    auditLog,
    auditDirectory: resolveAuditDirectory(
      DEFAULT_AUDIT_SETTINGS,
      setup.baseDir,
    ),
    rateLimiter,
    secretStore: new FileSecretStore(
      join(dirname(exportsRoot), SECRET_FILE_NAME),
      pathGuard,
    ),
    metrics,
    maxUploadBytes: setup.maxUploadBytes,
    tempRoot: setup.tempRoot ?? (await createPrivateTempRoot()),
    systemTimeZone: setup.systemTimeZone,
    now: setup.now,
    logError: setup.logError,
  };
}
