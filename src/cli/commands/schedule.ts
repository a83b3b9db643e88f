import { dirname, join, resolve } from "node:path";

import type { Command } from "commander";

import { localize, type MessageKey, type Translate } from "../../i18n/index.js";
import type { TimeZoneSource } from "../../export/index.js";
import type { Logger, LoggingSettings } from "../../logging/index.js";
import { readTraktExport } from "../../offline/index.js";
import {
  SYSTEM_TIMERS,
  SCHEDULER_LOCK_FILE_NAME,
  acquireExportLock,
  assertNoOtherScheduler,
  createStatusWriter,
  formatInTimeZone,
  listNextRuns,
  parseCronSchedule,
  processLockEnvironment,
  runScheduler,
  scheduleStatusPath,
  shortenRunMessage,
  type AuditSink,
  type CronSchedule,
  type LockEnvironment,
  type SchedulerSnapshot,
  type SchedulerSummary,
  type Timers,
} from "../../schedule/index.js";
import {
  AppError,
  InputError,
  UsageError,
  createFolder,
  describeError,
  toPrintable,
} from "../../shared/index.js";
import { isKnownTimeZone } from "../../transform/index.js";
import { chooseLogging, knownSecretsOf, openLogger } from "../command-log.js";
import { openCommandRuntime } from "../command-runtime.js";
import { writeLine, type CliContext } from "../context.js";
import { logFileRulesFor, type LogFileRules } from "../log-file.js";
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
  /** What the log file's path, which comes from the config, is checked against. */
  logFileRules: LogFileRules;
  /** Secret values the logger masks wherever they appear. */
  knownSecrets: readonly string[];
  /** Modes of the log file and its folder. */
  fileModes: { fileMode: number; dirMode: number };
  /** Where the scheduler keeps its status for `health` and the dashboard. */
  statusPath: string;
  systemTimeZone: string;
  /** `[export] timezone` from the config, between --timezone and the account's. */
  configuredTimeZone: string | undefined;
  lockEnvironment?: LockEnvironment;
}

const NEXT_RUNS_SHOWN = 3;
/** Only the user running the scheduler (and `health`) reads its status. */
const STATUS_FILE_MODE = 0o600;

const ZONE_SOURCES: Readonly<Record<TimeZoneSource, MessageKey>> = {
  option: "cli.schedule.zone.option",
  account: "cli.schedule.zone.account",
  system: "cli.schedule.zone.system",
};

async function chooseTimeZone(
  flags: ScheduleFlags,
  from: string | undefined,
  deps: ScheduleDependencies,
): Promise<{ name: string; source: TimeZoneSource }> {
  // Reading the export now fails early on a wrong --from, instead of at
  // the first run in the middle of the night.
  const library =
    from === undefined ? undefined : (await readTraktExport(from)).library;
  const chosen = flags.timezone ?? deps.configuredTimeZone;
  if (chosen !== undefined) return { name: chosen, source: "option" };
  const account = library?.account.timezone;
  if (account !== undefined && isKnownTimeZone(account))
    return { name: account, source: "account" };
  return { name: deps.systemTimeZone, source: "system" };
}

function printStart(
  context: CliContext,
  schedule: CronSchedule,
  source: TimeZoneSource,
  now: Date,
  folder: string,
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
  writeLine(context.stderr, t("cli.schedule.howItRuns", { folder }));
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
  const from =
    flags.from === undefined ? undefined : resolve(context.cwd, flags.from);
  const zone = await chooseTimeZone(flags, from, deps);
  const schedule = parseCronSchedule(expression, zone.name);
  const logger = await openLogger(context, {
    settings: deps.logging,
    rules: deps.logFileRules,
    fileModes: deps.fileModes,
    knownSecrets: deps.knownSecrets,
    now: deps.now,
  });
  const status = await openStatusFile(deps, schedule, logger).catch(
    async (error: unknown) => {
      await logger.close();
      throw error;
    },
  );
  // The first run is armed right after these lines, with no wait between.
  printStart(
    context,
    schedule,
    zone.source,
    deps.now(),
    toPrintable(dirname(deps.statusPath)),
  );
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
      onChange: status.update,
      run: async (run) => {
        const since = flags.since ?? (await deps.resolveSinceDate());
        const runFlags: ExportFlags = { ...flags, timezone: zone.name };
        if (since !== undefined) runFlags.since = since;
        return exportCommand(runFlags, runContext, {
          purpose: "scheduled",
          signal: run.signal,
          logger: logger.child({ run: run.number }),
          ...(deps.lockEnvironment === undefined
            ? {}
            : { lockEnvironment: deps.lockEnvironment }),
        });
      },
    });
  } finally {
    await status.close();
    await logger.close();
  }
}

/** Keeps the status file in step with the scheduler's state. */
async function openStatusFile(
  deps: ScheduleDependencies,
  schedule: CronSchedule,
  logger: Logger,
): Promise<{
  update: (snapshot: SchedulerSnapshot) => void;
  /** Writes the last snapshot and gives up the claim on the folder. */
  close: () => Promise<void>;
}> {
  const self = deps.lockEnvironment ?? processLockEnvironment(deps.now);
  const { pid, hostname } = self;
  // Claimed with O_EXCL before the status is read, so that schedulers
  // started at the same moment cannot all find the folder free.
  const claim = await acquireExportLock({
    ...self,
    path: join(dirname(deps.statusPath), SCHEDULER_LOCK_FILE_NAME),
    purpose: "scheduler",
    dirMode: deps.fileModes.dirMode,
    folderSetting: "[export] output_dir",
    onStaleLock: (holder, path) => {
      logger.warn(
        `Replaced the scheduler lock "${path}" left by process ${holder.pid} on ${holder.hostname}, which no longer runs.`,
      );
    },
    describeUnknown: (path) =>
      localize("scheduleStatus.unknownSchedulerLock", { path }),
    describeHeld: (holder, path) =>
      localize("scheduleStatus.otherSchedulerLock", {
        pid: String(holder.pid),
        host: toPrintable(holder.hostname),
        startedAt: toPrintable(holder.startedAt),
        path,
      }),
  });
  try {
    await assertNoOtherScheduler(deps.statusPath, self);
  } catch (error) {
    if (!(error instanceof InputError)) {
      await claim.release();
      throw error;
    }
    // A status nobody can read names no scheduler to protect; it is
    // replaced by this one's, so starting is safe.
    logger.warn(
      `${describeError(error)} It could not be checked for another scheduler; this one replaces it.`,
    );
  }
  const startedAt = deps.now().toISOString();
  await createFolder(dirname(deps.statusPath), {
    mode: deps.fileModes.dirMode,
    setting: "[export] output_dir",
  });
  const writer = createStatusWriter({
    path: deps.statusPath,
    mode: STATUS_FILE_MODE,
    onError: (error) => {
      logger.warn(
        `The scheduler status "${deps.statusPath}" could not be written (${describeError(error)}); health checks will see it as out of date.`,
      );
    },
  });
  return {
    update: (snapshot) => {
      writer.write({
        version: 1,
        pid,
        hostname,
        startedAt,
        updatedAt: deps.now().toISOString(),
        expression: schedule.expression,
        timeZone: schedule.timeZone,
        state: snapshot.state,
        nextRunAt: snapshot.nextRunAt?.toISOString() ?? null,
        runNumber: snapshot.currentRun?.number ?? null,
        runStartedAt: snapshot.currentRun?.startedAt.toISOString() ?? null,
        consecutiveSkips: snapshot.consecutiveSkips,
        lastRun:
          snapshot.lastRun === undefined
            ? null
            : {
                ...snapshot.lastRun,
                scheduledFor: snapshot.lastRun.scheduledFor.toISOString(),
                finishedAt: snapshot.lastRun.finishedAt.toISOString(),
                message: shortenRunMessage(snapshot.lastRun.message),
              },
        consecutiveFailures: snapshot.consecutiveFailures,
        counts: snapshot.counts,
      });
    },
    close: async () => {
      await writer.flush();
      await claim.release();
    },
  };
}

/** Aborts the returned signal on SIGTERM or SIGINT; `dispose` unhooks it. */
function listenForStopSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handlers = (["SIGTERM", "SIGINT"] as const).map((name) => {
    const handler = () => {
      controller.abort(
        new AppError(localize("cron.stoppedBySignal", { signal: name })),
      );
    };
    // A second Ctrl+C falls back to Node's default and ends the process at
    // once (the atomic writer still leaves no half-written file). Repeated
    // SIGTERMs are ignored: wrappers such as `timeout` signal the whole
    // process group, and the clean stop must still release the locks.
    if (name === "SIGINT") process.once(name, handler);
    else process.on(name, handler);
    return () => process.off(name, handler);
  });
  return {
    signal: controller.signal,
    dispose: () => {
      for (const dispose of handlers) dispose();
    },
  };
}

export function registerSchedule(program: Command, context: CliContext): void {
  const { t } = context.translator;
  const command = program
    .command("schedule")
    .description(t("help.schedule"))
    .argument("[cron]", t("help.schedule.cron"));
  addExportFlags(command, t);

  addCommonOptions(command, t).action(
    async (cron: string | undefined, flags: ScheduleFlags) => {
      const stop = listenForStopSignals();
      const runtime = await openCommandRuntime(
        flags.config,
        context,
        "schedule",
      );
      try {
        const { config } = runtime.loaded;
        const expression = cron ?? config.schedule.cron;
        if (expression === undefined) {
          throw new UsageError(localize("cron.noSchedule"));
        }
        const summary = await scheduleCommand(expression, flags, context, {
          now: context.now,
          timers: SYSTEM_TIMERS,
          // A closed output stops the scheduler like SIGTERM does.
          stopSignal:
            context.outputClosed === undefined
              ? stop.signal
              : AbortSignal.any([stop.signal, context.outputClosed]),
          audit: runtime.audit,
          // Each night's files hold only what is new since the last export;
          // rewatch flags still come from the whole history.
          resolveSinceDate: () => Promise.resolve("last"),
          logging: chooseLogging(flags, config.logging),
          logFileRules: logFileRulesFor(runtime, context.cwd),
          knownSecrets: knownSecretsOf(runtime, context),
          statusPath: scheduleStatusPath(
            await runtime.dataGuard.checkPath(
              config.export.outputDir,
              "config",
              "write",
            ),
          ),
          fileModes: {
            fileMode: runtime.filesystem.dataFileMode,
            dirMode: runtime.filesystem.directoryMode,
          },
          systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          configuredTimeZone: config.export.timezone,
        });
        runtime.close("success");
        // With format = "json" the logger's "Scheduler stopped" line, which
        // carries the same counts, is the last word.
        if (config.logging.format === "text") {
          writeLine(context.stderr, describeSummary(summary, t));
        }
      } catch (error) {
        runtime.close("failure");
        throw error;
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
    stopped: summary.stopped,
  });
}
