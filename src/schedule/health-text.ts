import { localize, type LocalizedText, type Translate } from "../i18n/index.js";
import { toPrintable } from "../shared/index.js";

import { formatInTimeZone } from "./cron.js";
import type { HealthProblem, ScheduleStatus } from "./status.js";

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

/** The lines of a scheduler's status, in the reader's language. */
export function describeStatus(status: ScheduleStatus, t: Translate): string[] {
  const at = (iso: string) => formatInTimeZone(new Date(iso), status.timeZone);
  const { lastRun } = status;
  return [
    t("health.running", {
      pid: String(status.pid),
      host: status.hostname,
      since: at(status.startedAt),
      expression: status.expression,
      zone: status.timeZone,
    }),
    lastRun === null
      ? t("health.noRunYet")
      : t("health.lastRun", {
          number: lastRun.number,
          result: t(RESULTS[lastRun.result]),
          time: at(lastRun.finishedAt),
          message: lastRun.message,
        }),
    status.nextRunAt === null
      ? t("health.noNextRun")
      : t("health.nextRun", { time: at(status.nextRunAt) }),
  ].map(toPrintable);
}
