import { resolve } from "node:path";

import type { Command } from "commander";

import type { MessageKey, Translate } from "../../i18n/index.js";
import type { TimeZoneSource } from "../../export/index.js";
import {
  DEFAULT_LOGGING_SETTINGS,
  createLogger,
  type LoggingSettings,
} from "../../logging/index.js";
import { DEFAULT_FOLDER_MODES } from "../../letterboxd/index.js";
import { readTraktExport } from "../../offline/index.js";
import {
  SYSTEM_TIMERS,
  formatInTimeZone,
  listNextRuns,
  parseCronSchedule,
  runScheduler,
  type AuditSink,
  type CronSchedule,
  type LockEnvironment,
  type SchedulerSummary,
  type Timers,
} from "../../schedule/index.js";
import {
  AuditLog,
  DEFAULT_AUDIT_SETTINGS,
  DEFAULT_FILESYSTEM_SETTINGS,
  PathGuard,
} from "../../security/index.js";
import { AppError, UsageError } from "../../shared/index.js";
import { isKnownTimeZone } from "../../transform/index.js";
import { writeLine, writeWarning, type CliContext } from "../context.js";
import { addCommonOptions } from "../options.js";

import { addExportFlags, exportCommand, type ExportFlags } from "./export.js";

export type ScheduleFlags = Omit<
  ExportFlags,
  "output" | "force" | "dryRun" | "json"
> & { verbose?: boolean };

export interface ScheduleDependencies {
  now: () => Date;
  timers: Timers;
  /** Aborted on SIGTERM or SIGINT. */
  stopSignal: AbortSignal;
  audit: AuditSink;
  /**
   * The `--since` cut-off of each run, asked for just before it starts;
   * `undefined` exports everything. An explicit --since wins over it.
   */
  resolveSinceDate: () => Promise<string | undefined>;
  logging: LoggingSettings;
  /** Checks the log file's path, which comes from the config. */
  pathGuard: PathGuard;
  systemTimeZone: string;
  lockEnvironment?: LockEnvironment;
}

const NEXT_RUNS_SHOWN = 3;

const ZONE_SOURCES: Readonly<Record<TimeZoneSource, MessageKey>> = {
  option: "cli.schedule.zone.option",
  account: "cli.schedule.zone.account",
  system: "cli.schedule.zone.system",
};

async function chooseTimeZone(
  flags: ScheduleFlags,
  from: string,
  systemTimeZone: string,
): Promise<{ name: string; source: TimeZoneSource }> {
  // TODO(#4): read from [export] timezone in the config, between --timezone and the account.
  if (flags.timezone !== undefined)
    return { name: flags.timezone, source: "option" };
  // Reading the export now also fails early on a wrong --from, instead of
  // at the first run in the middle of the night.
  const { library } = await readTraktExport(from);
  const account = library.account.timezone;
  if (account !== undefined && isKnownTimeZone(account))
    return { name: account, source: "account" };
  return { name: systemTimeZone, source: "system" };
}

function printStart(
  context: CliContext,
  schedule: CronSchedule,
  source: TimeZoneSource,
  now: Date,
): void {
  const { t } = context.translator;
  writeLine(
    context.stderr,
    t("cli.schedule.start", {
      expression: schedule.expression,
      zone: schedule.timeZone,
      zoneSource: t(ZONE_SOURCES[source]),
    }),
  );
  for (const run of listNextRuns(schedule, now, NEXT_RUNS_SHOWN))
    writeLine(context.stderr, `  ${formatInTimeZone(run, schedule.timeZone)}`);
  writeLine(context.stderr, t("cli.schedule.howItRuns"));
}

/**
 * Runs `export-trakt schedule "<cron>"`: exports at every time the schedule
 * names until the stop signal is aborted, then returns what happened.
 */
export async function scheduleCommand(
  expression: string,
  flags: ScheduleFlags,
  context: CliContext,
  deps: ScheduleDependencies,
): Promise<SchedulerSummary> {
  if (flags.from === undefined) {
    throw new UsageError(
      "--from is required: pass the path of your Trakt data export (the .zip from Trakt's data export page, or the folder it unpacks to).",
    );
  }
  const zone = await chooseTimeZone(
    flags,
    resolve(context.cwd, flags.from),
    deps.systemTimeZone,
  );
  const schedule = parseCronSchedule(expression, zone.name);
  const logFile =
    deps.logging.file === undefined
      ? undefined
      : await deps.pathGuard.checkPath(deps.logging.file, "config", "create");
  printStart(context, schedule, zone.source, deps.now());

  const logger = createLogger({
    settings: { ...deps.logging, file: logFile },
    stream: context.stderr,
    isTty: context.isStderrTty,
    baseDir: context.cwd,
    ...DEFAULT_FOLDER_MODES,
    now: deps.now,
  });
  // Progress bars would tangle with log lines; runs report through the log.
  const runContext: CliContext = {
    ...context,
    isStderrTty: false,
    now: deps.now,
  };
  try {
    return await runScheduler({
      schedule,
      now: deps.now,
      timers: deps.timers,
      stopSignal: deps.stopSignal,
      logger,
      audit: deps.audit,
      run: async (run) => {
        // TODO(#3): default to --since last once the export state file exists.
        const since = flags.since ?? (await deps.resolveSinceDate());
        const runFlags: ExportFlags = { ...flags, timezone: zone.name };
        if (since !== undefined) runFlags.since = since;
        return exportCommand(runFlags, runContext, {
          purpose: "scheduled",
          signal: run.signal,
          ...(deps.lockEnvironment === undefined
            ? {}
            : { lockEnvironment: deps.lockEnvironment }),
        });
      },
    });
  } finally {
    await logger.close();
  }
}

/** Aborts the returned signal on SIGTERM or SIGINT; `dispose` unhooks it. */
function listenForStopSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handlers = (["SIGTERM", "SIGINT"] as const).map((name) => {
    const handler = () => {
      controller.abort(new AppError(`Stopped by ${name}`));
    };
    // `once`: a second Ctrl+C falls back to Node's default and ends the
    // process at once; the atomic writer still leaves no half-written file.
    process.once(name, handler);
    return () => process.off(name, handler);
  });
  return {
    signal: controller.signal,
    dispose: () => {
      for (const dispose of handlers) dispose();
    },
  };
}

async function openAuditSink(
  context: CliContext,
  pathGuard: PathGuard,
): Promise<AuditLog> {
  // TODO(#4): read from [security] audit_logging and [security.audit] in the config.
  return AuditLog.open({
    settings: DEFAULT_AUDIT_SETTINGS,
    baseDir: context.cwd,
    pathGuard,
    now: context.now,
    onWriteFailure: (failure) => {
      writeWarning(context, failure.message);
    },
  });
}

function chooseLogging(flags: ScheduleFlags): LoggingSettings {
  // TODO(#4): read from [logging] in the config (level, format, file, max_size, max_files).
  const level =
    flags.verbose === true ? "debug" : flags.quiet === true ? "warn" : "info";
  return { ...DEFAULT_LOGGING_SETTINGS, level };
}

export function registerSchedule(program: Command, context: CliContext): void {
  const { t } = context.translator;
  const command = program
    .command("schedule")
    .description(t("help.schedule"))
    .argument("<cron>", t("help.schedule.cron"));
  addExportFlags(command, t);

  addCommonOptions(command, t).action(
    async (expression: string, flags: ScheduleFlags) => {
      const stop = listenForStopSignals();
      try {
        // TODO(#4): read from [security.filesystem] in the config.
        const pathGuard = new PathGuard(DEFAULT_FILESYSTEM_SETTINGS, {
          baseDir: context.cwd,
        });
        const audit = await openAuditSink(context, pathGuard);
        const summary = await scheduleCommand(expression, flags, context, {
          now: context.now,
          timers: SYSTEM_TIMERS,
          stopSignal: stop.signal,
          audit,
          resolveSinceDate: () => Promise.resolve(undefined),
          logging: chooseLogging(flags),
          pathGuard,
          systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        });
        writeLine(context.stderr, describeSummary(summary, t));
      } finally {
        stop.dispose();
      }
    },
  );
}

/** The last line of a scheduler session. */
export function describeSummary(
  summary: SchedulerSummary,
  t: Translate,
): string {
  return t("cli.schedule.stopped", {
    runs: t("count.runs", { count: summary.started }),
    succeeded: summary.succeeded,
    failed: summary.failed,
    skipped: summary.skipped,
  });
}
