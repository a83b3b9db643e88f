import { join } from "node:path";

import {
  scheduleCommand,
  type ScheduleDependencies,
  type ScheduleFlags,
} from "../../src/cli/commands/schedule.js";
import { DEFAULT_EXPORT_KINDS } from "../../src/export/index.js";
import { DEFAULT_LOGGING_SETTINGS } from "../../src/logging/index.js";
import {
  DEFAULT_FILESYSTEM_SETTINGS,
  PathGuard,
  type AuditEvent,
} from "../../src/security/index.js";

import { FakeClock } from "./fake-clock.js";
import { SAMPLE_ZIP } from "./paths.js";
import { createTestCliContext } from "./cli.js";
import { makeTempDir } from "./temp.js";

export const SCHEDULE_START = new Date("2026-01-02T03:04:05Z");

/** Polls `condition` every 10 ms for up to 5 seconds. */
export async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("The condition did not become true in 5 seconds.");
}

export interface StartScheduleOptions {
  /** Replaces the command's dependencies, e.g. the cut-off of each run. */
  deps?: Partial<ScheduleDependencies>;
  /** Prepares the fresh folder (its `exports/`) before the command starts. */
  before?: (cwd: string) => Promise<void>;
}

/**
 * Starts `scheduleCommand` in a fresh folder on a fake clock, exporting the
 * sample ZIP; the status file is `exports/.schedule-status.json` there.
 */
export async function startSchedule(
  expression: string,
  extraFlags: Partial<ScheduleFlags> = {},
  sinceDates: (string | undefined)[] = [],
  logFile?: string,
  options: StartScheduleOptions = {},
) {
  const cwd = await makeTempDir();
  await options.before?.(cwd);
  const clock = new FakeClock(SCHEDULE_START);
  const controller = new AbortController();
  const { context, readStderr: readErr } = createTestCliContext({
    cwd,
    now: clock.now,
  });
  const audit: AuditEvent[] = [];
  const statusPath = join(cwd, "exports", ".schedule-status.json");
  const flags: ScheduleFlags = {
    from: SAMPLE_ZIP,
    historyMode: "individual",
    export: [...DEFAULT_EXPORT_KINDS],
    maxRows: 1900,
    maxBytes: 1_000_000,
    ...extraFlags,
  };
  const done = scheduleCommand(expression, flags, context, {
    now: clock.now,
    timers: clock.timers,
    stopSignal: controller.signal,
    audit: { record: (event) => audit.push(event) },
    resolveSinceDate: () => Promise.resolve(sinceDates.shift()),
    logging: { ...DEFAULT_LOGGING_SETTINGS, file: logFile },
    logFileRules: {
      guard: new PathGuard(DEFAULT_FILESYSTEM_SETTINGS, { baseDir: cwd }),
      baseDir: cwd,
      toolFiles: [{ role: "scheduleStatus", path: statusPath }],
      auditDirectory: join(cwd, "logs", "audit"),
    },
    knownSecrets: [],
    fileModes: { fileMode: 0o600, dirMode: 0o750 },
    statusPath,
    systemTimeZone: "UTC",
    configuredTimeZone: undefined,
    ...options.deps,
  });
  // The timer is armed once the start lines are out.
  const ready = () =>
    waitFor(() => readErr().includes("Stop with Ctrl+C or SIGTERM."));
  return { cwd, clock, controller, done, audit, readErr, ready };
}
