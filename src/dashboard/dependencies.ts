/**
 * What the dashboard server is built from. Parts that other features
 * provide (live export, Trakt login, schedule) are optional: without them the
 * matching page says plainly that the feature is not configured.
 */
import type { ExportEvent, ExportKind, ExportReport } from "../export/index.js";
import type { UserText } from "../i18n/index.js";
import type { HealthVerdict } from "../schedule/index.js";
import type { AuditEvent, PathGuard, RateLimiter } from "../security/index.js";
import type { HistoryMode } from "../transform/index.js";

import type { DashboardMetrics } from "./metrics.js";
import type { DashboardSecretStore } from "./secret-store.js";

/** The options a person picks on the Convert and Export pages. */
export interface ExportChoices {
  timeZone: string | undefined;
  historyMode: HistoryMode;
  include: readonly ExportKind[];
  sinceDate: string | undefined;
}

export interface LiveExportRequest extends ExportChoices {
  /** The exports root; the export writes a new folder inside it. */
  outputRoot: string;
  onEvent: (event: ExportEvent) => void;
}

/** Runs one export from the Trakt API through `runExport`. */
export type StartLiveExport = (
  request: LiveExportRequest,
) => Promise<ExportReport>;

export interface TraktTokenStatus {
  isLoggedIn: boolean;
  username?: string;
  expiresAt?: Date;
  /** Why the status could not be read, e.g. an unreachable keyring. */
  problem?: UserText;
  /** Why the last device login started here did not finish. */
  lastLoginError?: UserText;
}

export interface DeviceLogin {
  userCode: string;
  verificationUrl: string;
  expiresAt: Date;
}

/** Trakt login as the credential feature provides it. */
export interface TraktConnection {
  readStatus(): Promise<TraktTokenStatus>;
  /** Starts a device login; the person finishes it on Trakt's site. */
  startDeviceLogin(): Promise<DeviceLogin>;
  revoke(): Promise<void>;
}

export interface ScheduledExport {
  name: string;
  /** How the schedule reads to a person, e.g. the cron expression. */
  description: string;
  /** The IANA zone the runs are shown in. */
  timeZone: string;
  nextRuns: readonly Date[];
}

/** What the scheduler's status file says, judged as `health` judges it. */
export type SchedulerHealth =
  | { kind: "read"; verdict: HealthVerdict; path: string }
  | { kind: "unreadable"; message: UserText };

export interface ScheduleView {
  listSchedules(): Promise<readonly ScheduledExport[]>;
  readSchedulerHealth(): Promise<SchedulerHealth>;
}

/** The audit log as the dashboard uses it: the runtime's, or its own. */
export interface DashboardAuditLog {
  record(event: AuditEvent): boolean;
  /** Masks this exact value in every later event. */
  addKnownSecret(secret: string): void;
}

export interface DashboardDependencies {
  /** Folder holding one sub-folder per export. */
  exportsRoot: string;
  /** Holds the exports root among its allowed folders (origin "dashboard"). */
  pathGuard: PathGuard;
  auditLog: DashboardAuditLog;
  /** Folder of the audit files, for the Audit page. */
  auditDirectory: string;
  rateLimiter: RateLimiter;
  secretStore: DashboardSecretStore;
  metrics: DashboardMetrics;
  /** Largest accepted upload. */
  maxUploadBytes: number;
  /** Folder in which each upload gets a private temporary folder. */
  tempRoot: string;
  systemTimeZone: string;
  now: () => Date;
  /** Reports a server fault (with its stack) to whoever runs the server. */
  logError: (message: string) => void;
  startLiveExport?: StartLiveExport;
  traktConnection?: TraktConnection;
  schedule?: ScheduleView;
}
