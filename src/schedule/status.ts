/**
 * What a running scheduler tells the rest of the world: a small JSON file in
 * the output root, rewritten whenever its state changes, that `health` and
 * the dashboard read. It names times, counts and the last run's outcome,
 * never a secret.
 */
import { join } from "node:path";

import { z } from "zod";

import { localize } from "../i18n/index.js";
import {
  OutputError,
  readJsonRecord,
  toPrintable,
  writeFileAtomic,
} from "../shared/index.js";
import { isKnownTimeZone } from "../transform/index.js";

export const SCHEDULE_STATUS_FILE = ".schedule-status.json";

/** The status file's path for an output root. */
export function scheduleStatusPath(outputRoot: string): string {
  return join(outputRoot, SCHEDULE_STATUS_FILE);
}

// Every time is written by `toISOString()`; anything else (a hand edit, a
// damaged disk) would only fail later, when it is formatted for a person.
// Years outside 2000-2199 cannot come from a running scheduler, and the
// extremes would not format as dates in every zone.
const Instant = z.iso.datetime({ offset: true }).refine((value) => {
  const year = new Date(value).getUTCFullYear();
  return year >= 2000 && year < 2200;
});

const RunResult = z.enum(["success", "failure", "skipped", "stopped"]);
export type RunResult = z.infer<typeof RunResult>;

const LastRun = z.object({
  number: z.number().int().positive(),
  scheduledFor: Instant,
  finishedAt: Instant,
  result: RunResult,
  /**
   * English, as in the log: what the run wrote or why it failed. The writer
   * keeps the first MAX_RUN_MESSAGE_LENGTH characters; the reader takes any
   * length, since the whole file is capped at 1 MiB when it is read.
   */
  message: z.string(),
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
  startedAt: Instant,
  updatedAt: Instant,
  /** As the scheduler read it; a valid cron can be long (lists of values). */
  expression: z.string(),
  timeZone: z.string().refine(isKnownTimeZone),
  /** `waiting` for the next run, `running` one, or `stopped` for good. */
  state: z.enum(["waiting", "running", "stopped"]),
  nextRunAt: Instant.nullable(),
  /**
   * The run going on now, when the state is `running`; else null. Earlier
   * versions did not record these three, so a file without them is read
   * as saying nothing about the run in progress.
   */
  runNumber: z.number().int().positive().nullable().default(null),
  runStartedAt: Instant.nullable().default(null),
  /** Due times skipped since the current (or last) run started. */
  consecutiveSkips: z.number().int().nonnegative().default(0),
  lastRun: LastRun.nullable(),
  /** Failed runs since the last success; skipped runs do not count. */
  consecutiveFailures: z.number().int().nonnegative(),
  counts: Counts,
});
export type ScheduleStatus = z.infer<typeof ScheduleStatusFile>;

/** How much of a run's message the status keeps; the log has all of it. */
export const MAX_RUN_MESSAGE_LENGTH = 1000;

/** `message`, cut to MAX_RUN_MESSAGE_LENGTH characters with an ellipsis. */
export function shortenRunMessage(message: string): string {
  if (message.length <= MAX_RUN_MESSAGE_LENGTH) return message;
  let kept = message.slice(0, MAX_RUN_MESSAGE_LENGTH - 1);
  // Never keep half of a character written as a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}

/** Reads the status; `undefined` when no scheduler ever wrote one. */
export function readScheduleStatus(
  path: string,
): Promise<ScheduleStatus | undefined> {
  return readJsonRecord(path, ScheduleStatusFile, {
    unreadable: "scheduleStatus.unreadable",
    damaged: "scheduleStatus.damaged",
  });
}

/** Only what says who wrote a status, so that any version's file is read. */
const StatusOwner = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  state: z.string(),
});

/**
 * Refuses to start a second scheduler on one exports folder, where each
 * would overwrite the other's status: throws an OutputError when the status
 * names a scheduler that has not stopped and whose process (other than
 * ours) still runs on this host. A status written on another host cannot
 * be checked from here and is taken over. Throws an InputError when the
 * file cannot be read or understood.
 */
export async function assertNoOtherScheduler(
  path: string,
  self: {
    pid: number;
    hostname: string;
    isProcessAlive: (pid: number) => boolean;
  },
): Promise<void> {
  const owner = await readJsonRecord(path, StatusOwner, {
    unreadable: "scheduleStatus.unreadable",
    damaged: "scheduleStatus.damaged",
  });
  const isOther =
    owner !== undefined &&
    owner.state !== "stopped" &&
    owner.hostname === self.hostname &&
    owner.pid !== self.pid &&
    self.isProcessAlive(owner.pid);
  if (!isOther) return;

  const message = localize("scheduleStatus.otherScheduler", {
    path,
    // A string: a process id is quoted as it is, never grouped (12 345).
    pid: String(owner.pid),
    host: toPrintable(owner.hostname),
    startedAt: toPrintable(owner.startedAt),
  });
  throw new OutputError(message, path);
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
  | {
      kind: "stuck";
      run: number;
      since: string;
      /** Went on past `maxRunMs`, or made the scheduler skip due times. */
      cause: "duration" | "skips";
      maxRunMs: number;
      /** Due times it made the scheduler skip in a row. */
      skipped: number;
    }
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
 * problem while one failed night (Trakt down for an hour) is not. A run
 * that goes on for six hours (a nightly export takes minutes), or makes the
 * scheduler skip three due times in a row, is stuck.
 */
export const DEFAULT_HEALTH_LIMITS = {
  maxFailures: 3,
  graceMs: 10 * 60 * 1000,
  maxRunMs: 6 * 60 * 60 * 1000,
  maxSkippedRuns: 3,
} as const;

export interface HealthCriteria {
  now: Date;
  hostname: string;
  isProcessAlive: (pid: number) => boolean;
  /** Failed runs in a row that make the scheduler unhealthy. */
  maxFailures: number;
  /** How long past its due time a run may still be starting. */
  graceMs: number;
  /** How long one run may go on before it counts as stuck. */
  maxRunMs: number;
  /** Due times one run may make the scheduler skip before it is stuck. */
  maxSkippedRuns: number;
}

/**
 * Judges a status: the scheduler must be running (its process alive, when
 * it runs on this host), not stuck in a run, not late for its next run, and
 * not failing `maxFailures` times in a row.
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
  const stuck = findStuckRun(status, criteria);
  if (stuck !== undefined) return verdict(stuck);
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

/**
 * A run that has gone on too long, or that keeps the schedule from running
 * (each skipped due time is a missed export, as a failed run is).
 */
function findStuckRun(
  status: ScheduleStatus,
  criteria: HealthCriteria,
): HealthProblem | undefined {
  const { runNumber, runStartedAt } = status;
  const isRunning =
    status.state === "running" && runNumber !== null && runStartedAt !== null;
  if (!isRunning) return undefined;

  const runMs = criteria.now.getTime() - Date.parse(runStartedAt);
  const isTooLong = runMs > criteria.maxRunMs;
  const isBlocking = status.consecutiveSkips >= criteria.maxSkippedRuns;
  if (!isTooLong && !isBlocking) return undefined;
  return {
    kind: "stuck",
    run: runNumber,
    since: runStartedAt,
    cause: isTooLong ? "duration" : "skips",
    maxRunMs: criteria.maxRunMs,
    skipped: status.consecutiveSkips,
  };
}
