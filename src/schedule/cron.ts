import { tzOffset } from "@date-fns/tz";
import { Cron } from "croner";

import { localize } from "../i18n/index.js";
import { UsageError, describeError } from "../shared/index.js";
import { isKnownTimeZone } from "../transform/index.js";

// The names cron users expect, spelled out as the five fields they stand
// for so that croner only ever sees standard five-field patterns.
const NAMED_SCHEDULES: Readonly<Record<string, string>> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

// Where the search for an expression's first run starts. croner looks for
// a run month by month, one recursive call each, and gives up at the year
// 3000: starting far from that limit, an expression that never runs could
// overflow the stack before croner says so. Ten years suffice to find any
// day that exists (29 February comes at most eight years apart).
const NEVER_RUNS_PROBE = new Date("2990-01-01T00:00:00Z");

/** A parsed schedule, evaluated in one IANA time zone. */
export interface CronSchedule {
  expression: string;
  timeZone: string;
  /** The first run strictly after `date`; undefined when there is none. */
  nextRunAfter: (date: Date) => Date | undefined;
}

/**
 * Parses a five-field cron expression or an `@daily`-style name. Fields are
 * read in `timeZone`, so "30 2 * * *" means 02:30 on that zone's clock,
 * daylight saving time included.
 */
export function parseCronSchedule(
  expression: string,
  timeZone: string,
): CronSchedule {
  if (!isKnownTimeZone(timeZone)) {
    throw new UsageError(localize("cron.unknownTimeZone", { zone: timeZone }));
  }
  const trimmed = expression.trim().replace(/\s+/g, " ");
  const pattern = trimmed.startsWith("@")
    ? NAMED_SCHEDULES[trimmed.toLowerCase()]
    : trimmed;
  const hint = localize("cron.hint");
  if (pattern?.split(" ").length !== 5) {
    throw new UsageError(localize("cron.notCron", { expression, hint }));
  }

  let cron: Cron;
  try {
    cron = new Cron(pattern, {
      timezone: timeZone,
      paused: true,
      mode: "5-part",
    });
  } catch (error) {
    // croner's own English detail, without its class prefix.
    const reason = describeError(error).replace(/^CronPattern: /, "");
    const message = localize("cron.invalid", { expression, reason, hint });
    throw new UsageError(message, { cause: error });
  }
  // Cron has no year field, so a day that never comes after the probe (30
  // February, 31 April) never comes at all. Refused here, such a schedule
  // would otherwise start, find no run, and stop at once: a restart loop in
  // a container.
  if (cron.nextRun(NEVER_RUNS_PROBE) === null) {
    throw new UsageError(localize("cron.neverRuns", { expression, hint }));
  }
  return {
    expression: trimmed,
    timeZone,
    nextRunAfter: (date) => cron.nextRun(date) ?? undefined,
  };
}

/** The next `count` runs after `from`. */
export function listNextRuns(
  schedule: CronSchedule,
  from: Date,
  count: number,
): Date[] {
  const runs: Date[] = [];
  let cursor = from;
  while (runs.length < count) {
    const next = schedule.nextRunAfter(cursor);
    if (next === undefined) break;
    runs.push(next);
    cursor = next;
  }
  return runs;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, "0");
  return `${sign}${hours}:${String(absolute % 60).padStart(2, "0")}`;
}

/** `2026-03-29 03:30 +02:00`: the wall clock in `timeZone`, with its offset. */
export function formatInTimeZone(date: Date, timeZone: string): string {
  const offsetMinutes = tzOffset(timeZone, date);
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const stamp = local.toISOString().slice(0, 16).replace("T", " ");
  return `${stamp} ${formatOffset(offsetMinutes)}`;
}
