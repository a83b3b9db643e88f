import type { ExportReport } from "../export/index.js";
import type { Logger } from "../logging/index.js";
import type { AuditEvent } from "../security/index.js";
import { describeError } from "../shared/index.js";

import { formatInTimeZone, type CronSchedule } from "./cron.js";

/** Timer functions, injected so tests need not wait for real minutes. */
export interface Timers {
  /** Calls `callback` after `delayMs`; the returned function cancels it. */
  setTimeout: (callback: () => void, delayMs: number) => () => void;
}

/** Node's own timers. */
export const SYSTEM_TIMERS: Timers = {
  setTimeout: (callback, delayMs) => {
    const handle = setTimeout(callback, delayMs);
    return () => {
      clearTimeout(handle);
    };
  },
};

/** Anything that records audit events, such as the AuditLog. */
export interface AuditSink {
  record: (event: AuditEvent) => unknown;
}

export interface ScheduledRun {
  /** Counts every due time, skipped ones included, from 1. */
  number: number;
  scheduledFor: Date;
  /** Aborted on SIGTERM or SIGINT: stop after the current step, write nothing. */
  signal: AbortSignal;
}

export interface SchedulerOptions {
  schedule: CronSchedule;
  run: (run: ScheduledRun) => Promise<ExportReport>;
  now: () => Date;
  timers: Timers;
  /** Aborting it stops the scheduler between runs, or after the current step. */
  stopSignal: AbortSignal;
  logger: Logger;
  audit: AuditSink;
  /** Called whenever the state, next run or last outcome changes. */
  onChange?: (snapshot: SchedulerSnapshot) => void;
}

/** What the scheduler is doing, for a status file or a page. */
export interface SchedulerSnapshot {
  state: "waiting" | "running" | "stopped";
  nextRunAt: Date | undefined;
  /** The run going on now; undefined unless the state is `running`. */
  currentRun:
    { number: number; scheduledFor: Date; startedAt: Date } | undefined;
  /** Due times skipped because the current run was still going. */
  consecutiveSkips: number;
  lastRun:
    | {
        number: number;
        scheduledFor: Date;
        finishedAt: Date;
        result: "success" | "failure" | "skipped" | "stopped";
        /** English, as in the log. */
        message: string;
      }
    | undefined;
  /** Failed runs since the last success; skipped runs do not count. */
  consecutiveFailures: number;
  counts: SchedulerSummary;
}

export interface SchedulerSummary {
  started: number;
  succeeded: number;
  failed: number;
  skipped: number;
  /** Runs that were stopped by the stop signal before they wrote anything. */
  stopped: number;
}

/** `1 file`, `3 files`: log lines are English. */
function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// setTimeout cannot wait longer than 2^31-1 ms (about 24.8 days); longer
// waits (a @yearly schedule) are made of several shorter ones.
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

function auditRun(
  run: ScheduledRun,
  result: AuditEvent["result"],
  message: string,
  details: Record<string, unknown>,
): AuditEvent {
  return {
    eventType: "data_export",
    severity: result === "failure" ? "medium" : "low",
    source: "scheduler",
    action:
      result === "warning" ? "scheduled_export_skipped" : "scheduled_export",
    result,
    message,
    details: {
      run: run.number,
      scheduled_for: run.scheduledFor.toISOString(),
      ...details,
    },
  };
}

/**
 * Runs `options.run` at every time the schedule names until the stop signal
 * is aborted. A failed run is logged and audited and the schedule goes on;
 * a run that is due while the previous one is still going is skipped.
 * Resolves once stopped and the current run, if any, has ended.
 */
export function runScheduler(
  options: SchedulerOptions,
): Promise<SchedulerSummary> {
  const { schedule, logger, timers, stopSignal } = options;
  const summary: SchedulerSummary = {
    started: 0,
    succeeded: 0,
    failed: 0,
    skipped: 0,
    stopped: 0,
  };
  const when = (date: Date) => formatInTimeZone(date, schedule.timeZone);
  let cancelTimer: () => void = () => undefined;
  let current: { run: ScheduledRun; startedAt: Date } | undefined;
  let dueCount = 0;
  let nextRunAt: Date | undefined;
  let lastRun: SchedulerSnapshot["lastRun"];
  let consecutiveFailures = 0;
  let consecutiveSkips = 0;
  const publish = (state: SchedulerSnapshot["state"]) => {
    options.onChange?.({
      state,
      nextRunAt: state === "stopped" ? undefined : nextRunAt,
      currentRun:
        state === "running" && current !== undefined
          ? {
              number: current.run.number,
              scheduledFor: current.run.scheduledFor,
              startedAt: current.startedAt,
            }
          : undefined,
      consecutiveSkips,
      lastRun,
      consecutiveFailures,
      counts: { ...summary },
    });
  };
  const settle = (
    run: ScheduledRun,
    result: NonNullable<SchedulerSnapshot["lastRun"]>["result"],
    message: string,
  ) => {
    lastRun = {
      number: run.number,
      scheduledFor: run.scheduledFor,
      finishedAt: options.now(),
      result,
      message,
    };
  };

  return new Promise<SchedulerSummary>((resolve) => {
    let isFinished = false;
    const finish = () => {
      if (isFinished) return;
      isFinished = true;
      stopSignal.removeEventListener("abort", stop);
      logger.info("Scheduler stopped", { ...summary });
      publish("stopped");
      resolve(summary);
    };

    const execute = async (run: ScheduledRun): Promise<void> => {
      try {
        const report = await options.run(run);
        summary.succeeded += 1;
        consecutiveFailures = 0;
        const { rows, files } = report.totals;
        const message = `Run ${run.number} wrote ${countOf(rows, "row")} in ${countOf(files, "file")}`;
        settle(run, "success", message);
        logger.info(message, { folder: report.outputDir ?? null });
        options.audit.record(
          auditRun(run, "success", message, {
            rows: report.totals.rows,
            files: report.totals.files,
          }),
        );
      } catch (error) {
        if (stopSignal.aborted) {
          summary.stopped += 1;
          const message = `Run ${run.number} stopped before writing anything: ${describeError(error)}`;
          settle(run, "stopped", message);
          logger.warn(message);
          return;
        }
        summary.failed += 1;
        consecutiveFailures += 1;
        const reason = describeError(error).replace(/\.$/, "");
        const message = `Run ${run.number} failed: ${reason}`;
        settle(run, "failure", message);
        logger.error(`${message}. The schedule goes on.`, { error });
        options.audit.record(auditRun(run, "failure", message, {}));
      }
    };

    const fire = (scheduledFor: Date) => {
      dueCount += 1;
      const run = { number: dueCount, scheduledFor, signal: stopSignal };
      if (current !== undefined) {
        summary.skipped += 1;
        const message = `Run ${run.number} due at ${when(scheduledFor)} skipped: run ${current.run.number} is still going.`;
        logger.warn(message);
        settle(run, "skipped", message);
        consecutiveSkips += 1;
        options.audit.record(auditRun(run, "warning", message, {}));
      } else {
        summary.started += 1;
        consecutiveSkips = 0;
        logger.info(`Run ${run.number} started`, { due: when(scheduledFor) });
        current = { run, startedAt: options.now() };
        publish("running");
        // execute() never rejects: it records every outcome itself.
        void execute(run).finally(() => {
          current = undefined;
          if (stopSignal.aborted) finish();
          else publish("waiting");
        });
      }
      armNext();
    };

    const waitUntil = (dueAt: Date) => {
      const delayMs = dueAt.getTime() - options.now().getTime();
      cancelTimer = timers.setTimeout(
        () => {
          // Timers can fire early (clock changes, long-wait chunks).
          if (options.now().getTime() < dueAt.getTime()) waitUntil(dueAt);
          else fire(dueAt);
        },
        Math.min(Math.max(delayMs, 0), MAX_TIMER_DELAY_MS),
      );
    };

    const armNext = () => {
      if (stopSignal.aborted) return;
      const next = schedule.nextRunAfter(options.now());
      nextRunAt = next;
      publish(current === undefined ? "waiting" : "running");
      if (next === undefined) {
        logger.warn("The schedule names no later run; stopping.");
        if (current === undefined) finish();
        return;
      }
      logger.debug("Next run", { due: when(next) });
      waitUntil(next);
    };

    function stop() {
      cancelTimer();
      if (current === undefined) {
        finish();
        return;
      }
      logger.info(
        `Stopping: run ${current.run.number} ends after its current step and writes nothing half-done.`,
      );
    }

    if (stopSignal.aborted) {
      finish();
      return;
    }
    stopSignal.addEventListener("abort", stop, { once: true });
    armNext();
  });
}
