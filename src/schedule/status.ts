/**
 * What a running scheduler tells the rest of the world: a small JSON file in
 * the output root, rewritten whenever its state changes, that `health` and
 * the dashboard read. It names times, counts and the last run's outcome,
 * never a secret.
 */
import { join } from "node:path";

import { z } from "zod";

import { readJsonRecord, writeFileAtomic } from "../shared/index.js";

export const SCHEDULE_STATUS_FILE = ".schedule-status.json";

/** The status file's path for an output root. */
export function scheduleStatusPath(outputRoot: string): string {
  return join(outputRoot, SCHEDULE_STATUS_FILE);
}

const RunResult = z.enum(["success", "failure", "skipped", "stopped"]);
export type RunResult = z.infer<typeof RunResult>;

const LastRun = z.object({
  number: z.number().int().positive(),
  scheduledFor: z.string(),
  finishedAt: z.string(),
  result: RunResult,
  /** English, as in the log: what the run wrote or why it failed. */
  message: z.string().max(2000),
});
export type LastRun = z.infer<typeof LastRun>;

const Counts = z.object({
  started: z.number().int().nonnegative(),
  succeeded: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  stopped: z.number().int().nonnegative(),
});

const ScheduleStatusFile = z.object({
  version: z.literal(1),
  pid: z.number().int().positive(),
  hostname: z.string().max(255),
  startedAt: z.string(),
  updatedAt: z.string(),
  expression: z.string().max(200),
  timeZone: z.string().max(100),
  /** `waiting` for the next run, `running` one, or `stopped` for good. */
  state: z.enum(["waiting", "running", "stopped"]),
  nextRunAt: z.string().nullable(),
  lastRun: LastRun.nullable(),
  /** Failed runs since the last success; skipped runs do not count. */
  consecutiveFailures: z.number().int().nonnegative(),
  counts: Counts,
});
export type ScheduleStatus = z.infer<typeof ScheduleStatusFile>;

/** Reads the status; `undefined` when no scheduler ever wrote one. */
export function readScheduleStatus(
  path: string,
): Promise<ScheduleStatus | undefined> {
  return readJsonRecord(path, ScheduleStatusFile, {
    unreadable: "scheduleStatus.unreadable",
    damaged: "scheduleStatus.damaged",
  });
}

/**
 * Writes status snapshots one after the other, so that a slow disk never
 * lets an older snapshot replace a newer one. A failed write is reported
 * once through `onError` and never stops the scheduler.
 */
export function createStatusWriter(options: {
  path: string;
  mode: number;
  onError: (error: unknown) => void;
}): { write: (status: ScheduleStatus) => void; flush: () => Promise<void> } {
  let queue = Promise.resolve();
  let hasFailed = false;
  return {
    write: (status) => {
      const text = `${JSON.stringify(status, null, 2)}\n`;
      queue = queue
        .then(() => writeFileAtomic(options.path, text, { mode: options.mode }))
        .then(
          () => {
            hasFailed = false;
          },
          (error: unknown) => {
            if (!hasFailed) options.onError(error);
            hasFailed = true;
          },
        );
    },
    flush: () => queue,
  };
}

/** Why the scheduler is not healthy, or that it is. */
export type HealthProblem =
  | { kind: "never-started" }
  | { kind: "stopped"; at: string }
  | { kind: "process-gone"; pid: number }
  | { kind: "overdue"; dueAt: string }
  | { kind: "failing"; failures: number; message: string };

export interface HealthVerdict {
  healthy: boolean;
  problem: HealthProblem | undefined;
  status: ScheduleStatus | undefined;
}

/**
 * Defaults of `health` and the dashboard: a run may start ten minutes late
 * (a busy machine, a clock step), and three failed runs in a row are a
 * problem while one failed night (Trakt down for an hour) is not.
 */
export const DEFAULT_HEALTH_LIMITS = {
  maxFailures: 3,
  graceMs: 10 * 60 * 1000,
} as const;

export interface HealthCriteria {
  now: Date;
  hostname: string;
  isProcessAlive: (pid: number) => boolean;
  /** Failed runs in a row that make the scheduler unhealthy. */
  maxFailures: number;
  /** How long past its due time a run may still be starting. */
  graceMs: number;
}

/**
 * Judges a status: the scheduler must be running (its process alive, when
 * it runs on this host), not late for its next run, and not failing
 * `maxFailures` times in a row.
 */
export function assessScheduleHealth(
  status: ScheduleStatus | undefined,
  criteria: HealthCriteria,
): HealthVerdict {
  const verdict = (problem: HealthProblem | undefined): HealthVerdict => ({
    healthy: problem === undefined,
    problem,
    status,
  });
  if (status === undefined) return verdict({ kind: "never-started" });
  if (status.state === "stopped") {
    return verdict({ kind: "stopped", at: status.updatedAt });
  }
  if (
    status.hostname === criteria.hostname &&
    !criteria.isProcessAlive(status.pid)
  ) {
    return verdict({ kind: "process-gone", pid: status.pid });
  }
  if (status.state === "waiting" && status.nextRunAt !== null) {
    const lateMs = criteria.now.getTime() - Date.parse(status.nextRunAt);
    if (lateMs > criteria.graceMs) {
      return verdict({ kind: "overdue", dueAt: status.nextRunAt });
    }
  }
  if (status.consecutiveFailures >= criteria.maxFailures) {
    return verdict({
      kind: "failing",
      failures: status.consecutiveFailures,
      message: status.lastRun?.message ?? "",
    });
  }
  return verdict(undefined);
}
