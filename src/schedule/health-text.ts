import { localize, type LocalizedText, type Translate } from "../i18n/index.js";
import { toPrintable } from "../shared/index.js";

import { formatInTimeZone } from "./cron.js";
import type { HealthProblem, ScheduleStatus } from "./status.js";

const HOUR_MS = 60 * 60 * 1000;

/** Why the scheduler is unhealthy, in words for the person fixing it. */
export function describeProblem(
  problem: HealthProblem,
  path: string,
  zone: string,
): LocalizedText {
  const at = (iso: string) => formatInTimeZone(new Date(iso), zone);
  switch (problem.kind) {
    case "never-started":
      return localize("health.neverStarted", { path });
    case "stopped":
      return localize("health.stopped", { time: at(problem.at) });
    case "process-gone":
      return localize("health.processGone", { pid: String(problem.pid) });
    case "stuck":
      return problem.cause === "duration"
        ? localize("health.stuckTooLong", {
            number: problem.run,
            time: at(problem.since),
            count: problem.maxRunMs / HOUR_MS,
          })
        : localize("health.stuckSkipping", {
            number: problem.run,
            time: at(problem.since),
            count: problem.skipped,
          });
    case "overdue":
      return localize("health.overdue", { time: at(problem.dueAt) });
    case "failing":
      return localize("health.failing", {
        count: problem.failures,
        message: problem.message,
      });
  }
}

const RESULTS = {
  success: "health.result.success",
  failure: "health.result.failure",
  skipped: "health.result.skipped",
  stopped: "health.result.stopped",
} as const;

/**
 * The first line: what the scheduler is doing (running a run, waiting,
 * stopped), or that its process is gone although its status says otherwise.
 */
function describeState(
  status: ScheduleStatus,
  problem: HealthProblem | undefined,
  t: Translate,
): string {
  const at = (iso: string) => formatInTimeZone(new Date(iso), status.timeZone);
  const who = {
    pid: String(status.pid),
    host: status.hostname,
    since: at(status.startedAt),
    expression: status.expression,
    zone: status.timeZone,
  };
  if (problem?.kind === "process-gone") {
    return t("health.state.gone", { ...who, time: at(status.updatedAt) });
  }
  switch (status.state) {
    case "stopped":
      return t("health.state.stopped", { ...who, time: at(status.updatedAt) });
    case "running":
      return t("health.state.running", {
        ...who,
        // A status from an earlier version has neither: the runs started so
        // far and the last update (at or after the run's start) stand in.
        number: status.runNumber ?? status.counts.started,
        time: at(status.runStartedAt ?? status.updatedAt),
      });
    case "waiting":
      return t("health.state.waiting", who);
  }
}

/**
 * The lines of a scheduler's status, in the reader's language. `problem`,
 * when given, is the verdict on it: a gone process changes the first line.
 */
export function describeStatus(
  status: ScheduleStatus,
  t: Translate,
  problem?: HealthProblem,
): string[] {
  const at = (iso: string) => formatInTimeZone(new Date(iso), status.timeZone);
  const { lastRun } = status;
  const lines = [
    describeState(status, problem, t),
    lastRun === null
      ? t("health.noRunYet")
      : t("health.lastRun", {
          number: lastRun.number,
          result: t(RESULTS[lastRun.result]),
          time: at(lastRun.finishedAt),
          message: lastRun.message,
        }),
  ];
  // A stopped or vanished scheduler has no next run, whatever its schedule
  // says.
  if (status.state !== "stopped" && problem?.kind !== "process-gone") {
    lines.push(
      status.nextRunAt === null
        ? t("health.noNextRun")
        : t("health.nextRun", { time: at(status.nextRunAt) }),
    );
  }
  return lines.map(toPrintable);
}
