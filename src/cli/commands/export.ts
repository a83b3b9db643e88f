import { join } from "node:path";

import { Option, type Command } from "commander";

import {
  DEFAULT_EXPORT_KINDS,
  EXPORT_KINDS,
  exportStatePath,
  findUnchangedKinds,
  readExportState,
  runExport,
  toCutoff,
  type ExportEvent,
  type ExportKind,
  type ExportReport,
  type LoadedLibrary,
  type SealableFile,
} from "../../export/index.js";
import {
  englishOf,
  localize,
  type LocalizedText,
  type Translate,
  type UserText,
} from "../../i18n/index.js";
import type { LogFields, Logger } from "../../logging/index.js";
import { LETTERBOXD_LIMITS } from "../../letterboxd/index.js";
import { DEFAULT_READ_LIMITS, readTraktExport } from "../../offline/index.js";
import type { Runtime } from "../../runtime/index.js";
import {
  LOCK_FILE_NAME,
  acquireExportLock,
  describeStaleLock,
  processLockEnvironment,
  type LockEnvironment,
} from "../../schedule/index.js";
import {
  encryptDataBytes,
  isWithinFolder,
  keyEnvironmentFor,
  type AuditEvent,
} from "../../security/index.js";
import {
  SecurityError,
  UsageError,
  describeError,
} from "../../shared/index.js";
import { isKnownTimeZone, type HistoryMode } from "../../transform/index.js";
import {
  markReported,
  openCommandLog,
  type CommandLog,
} from "../command-log.js";
import { openCommandRuntime } from "../command-runtime.js";
import type { TraktApiEvent } from "../../trakt/index.js";
import { writeWarnings, type CliContext } from "../context.js";
import { addCommonOptions, parsePositiveInteger } from "../options.js";
import { createProgress } from "../progress.js";
import { printExportSummary } from "../summary.js";
import { addTraktOptions, type TraktFlags } from "../trakt-setup.js";

import { createLiveLoader } from "./export-live.js";

export interface ExportFlags extends TraktFlags {
  from?: string;
  user?: string;
  output?: string;
  force?: boolean;
  timezone?: string;
  historyMode?: HistoryMode;
  export?: ExportKind[];
  config?: string;
  since?: string;
  maxRows: number;
  maxBytes: number;
  dryRun?: boolean;
  json?: boolean;
  spreadsheetSafe?: boolean;
  encrypt?: boolean;
  quiet?: boolean;
}

function parseTimeZone(value: string): string {
  if (!isKnownTimeZone(value)) {
    throw new UsageError(localize("usage.timezone", { value }));
  }
  return value;
}

export function parseExportKinds(value: string): ExportKind[] {
  const names = value
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  if (names.includes("all")) return [...EXPORT_KINDS];
  const kinds: ExportKind[] = [];
  for (const name of names) {
    const kind = EXPORT_KINDS.find((known) => known === name);
    if (kind === undefined) {
      throw new UsageError(
        localize("usage.exportUnknown", {
          value: name,
          kinds: EXPORT_KINDS.join(", "),
        }),
      );
    }
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) {
    throw new UsageError(
      localize("usage.exportEmpty", { kinds: EXPORT_KINDS.join(", ") }),
    );
  }
  return kinds;
}

/** `--since`: a date, or `last` for what the last export did not cover. */
export function parseSince(value: string): string {
  return value === "last" ? value : parseSinceDate(value);
}

export function parseSinceDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (
    !date ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(localize("usage.since", { value }));
  }
  return value;
}

function parseOutputDir(value: string): string {
  if (value.trim() === "") {
    throw new UsageError(localize("usage.outputEmpty"));
  }
  return value;
}

const MIN_FILE_BYTES = 4096;

function parseMaxBytes(value: string): number {
  const bytes = parsePositiveInteger("--max-bytes")(value);
  if (bytes < MIN_FILE_BYTES) {
    // Strings, not numbers: the limit is quoted as typed, without grouping.
    throw new UsageError(
      localize("usage.maxBytesTooSmall", {
        minimum: String(MIN_FILE_BYTES),
        value: String(bytes),
      }),
    );
  }
  return bytes;
}

/** The flags that choose what an export reads and writes; `schedule` takes them too. */
export function addExportFlags(command: Command, t: Translate): Command {
  const kinds = {
    kinds: EXPORT_KINDS.join(","),
    defaults: DEFAULT_EXPORT_KINDS.join(","),
  };
  return addTraktOptions(command, t)
    .option("--from <path>", t("help.export.from"))
    .option("--user <name>", t("help.export.user"))
    .option("--timezone <iana>", t("help.export.timezone"), parseTimeZone)
    .addOption(
      new Option("--history-mode <mode>", t("help.export.historyMode")).choices(
        ["individual", "aggregated"],
      ),
    )
    .option("--export <list>", t("help.export.export", kinds), parseExportKinds)
    .option("--since <date>", t("help.export.since"), parseSince)
    .option(
      "--max-rows <n>",
      t("help.export.maxRows"),
      parsePositiveInteger("--max-rows"),
      LETTERBOXD_LIMITS.maxRows,
    )
    .option(
      "--max-bytes <n>",
      t("help.export.maxBytes"),
      parseMaxBytes,
      LETTERBOXD_LIMITS.maxBytes,
    )
    .option("--spreadsheet-safe", t("help.export.spreadsheetSafe"));
}

export function registerExport(program: Command, context: CliContext): void {
  const { t } = context.translator;
  const command = program.command("export").description(t("help.export"));
  addExportFlags(command, t)
    .option("--output <dir>", t("help.export.output"), parseOutputDir)
    .option("--force", t("help.export.force"))
    .option("--encrypt", t("help.export.encrypt"))
    .option("--dry-run", t("help.export.dryRun"))
    .option("--json", t("help.export.json"));

  addCommonOptions(command, t).action(async (flags: ExportFlags) => {
    const report = await exportCommand(flags, context, { printSummary: true });
    if (flags.json === true) {
      context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
  });
}

/** How a run is started: by hand, or by the scheduler with its stop signal. */
export interface ExportRunControls {
  purpose?: "manual" | "scheduled";
  /** Once aborted, the export stops after its current step and writes nothing. */
  signal?: AbortSignal;
  lockEnvironment?: LockEnvironment;
  /**
   * The scheduler's logger: the run's warnings and events go through it, and
   * the scheduler logs the outcome. Without it the command opens the logger
   * `[logging]` describes.
   */
  logger?: Logger;
  /** Prints the summary for people on stderr (not with `format = "json"`). */
  printSummary?: boolean;
}

/**
 * Runs `export-trakt export` with parsed flags and returns the run's report.
 * Holds the export lock while it writes, so that no two exports (manual or
 * scheduled) write at once.
 */
export async function exportCommand(
  flags: ExportFlags,
  context: CliContext,
  controls: ExportRunControls = {},
): Promise<ExportReport> {
  const from = flags.from;
  if (from !== undefined && flags.user !== undefined) {
    throw new UsageError(localize("usage.userWithFrom"));
  }

  const runtime = await openCommandRuntime(flags.config, context, "export", {
    showWarnings: false,
  });
  let log: CommandLog;
  try {
    log =
      controls.logger === undefined
        ? await openCommandLog(runtime, context, flags)
        : reportThrough(controls.logger);
  } catch (error) {
    runtime.close("failure");
    throw error;
  }
  for (const warning of runtime.warnings) log.warn(warning);
  for (const warning of limitWarnings(flags)) log.warn(warning);

  const progress = log.isForPeople ? createProgress(context) : undefined;
  // A scheduled run's start and outcome are logged once, by the scheduler.
  const ownsLog = controls.logger === undefined;
  if (ownsLog) log.logger.info("Export started", describeRequest(flags));
  // Without a stop signal of its own, the export stops when nobody reads
  // its output any more; it then writes nothing and releases the lock.
  const signal = controls.signal ?? context.outputClosed;
  try {
    const report = await exportWithRuntime(flags, context, runtime, {
      ...controls,
      ...(signal === undefined ? {} : { signal }),
      warn: log.warn,
      onEvent: (event) => {
        progress?.update(event);
        logExportEvent(log.logger, event);
      },
    });
    runtime.close("success");
    progress?.done();
    for (const warning of report.warnings) log.logger.warn(englishOf(warning));
    if (ownsLog) logOutcome(log.logger, report);
    if (controls.printSummary === true && log.isForPeople) {
      printExportSummary(report, context.stderr, {
        quiet: flags.quiet === true,
        t: context.translator.t,
      });
    }
    return report;
  } catch (error) {
    runtime.close("failure");
    progress?.done();
    if (ownsLog) {
      log.logger.error(`Export failed: ${describeError(error)}`, { error });
      if (!log.isForPeople) markReported(error);
    }
    throw error;
  } finally {
    if (ownsLog) await log.close();
  }
}

/** A scheduled run reports only through the scheduler's logger. */
function reportThrough(logger: Logger): CommandLog {
  return {
    logger,
    isForPeople: false,
    warn: (text, fields) => {
      logger.warn(englishOf(text), fields);
    },
    close: () => Promise.resolve(),
  };
}

function describeRequest(flags: ExportFlags): LogFields {
  return {
    from: flags.from ?? (flags.user === undefined ? "trakt" : "trakt user"),
    user: flags.user ?? null,
    output: flags.output ?? null,
    since: flags.since ?? null,
    dryRun: flags.dryRun === true,
  };
}

/** Progress for the log: API trouble at info and warn, the rest at debug. */
function logExportEvent(logger: Logger, event: ExportEvent): void {
  switch (event.kind) {
    case "reading":
      logger.debug("Read an input file", {
        path: event.path,
        done: event.filesDone,
        total: event.filesTotal,
      });
      break;
    case "fetching":
      logger.debug("Fetched a Trakt page", {
        path: event.path,
        page: event.page,
        pageCount: event.pageCount,
      });
      break;
    case "rate-limit-wait":
      logger.info("Waiting for Trakt's rate limit", {
        path: event.path,
        waitMs: event.waitMs,
      });
      break;
    case "retrying":
      logger.warn("Retrying a Trakt request", {
        path: event.path,
        attempt: event.attempt,
        delayMs: event.delayMs,
      });
      break;
    case "converting":
      logger.debug("Converting to Letterboxd rows");
      break;
    case "writing":
      logger.debug("Writing files", { files: event.files });
      break;
  }
}

function logOutcome(logger: Logger, report: ExportReport): void {
  logger.info(report.dryRun ? "Export checked (dry run)" : "Export finished", {
    outputDir: report.outputDir ?? null,
    source: report.source.kind,
    files: report.files.map((file) => file.path),
    rows: report.totals.rows,
    rowsWithoutIds: report.totals.rowsWithoutIds,
    warnings: report.warnings.length,
  });
}

/** What a caller that keeps its own runtime (the dashboard) adds. */
export interface RuntimeExportOptions extends ExportRunControls {
  onEvent: (event: ExportEvent) => void;
  /** Warnings met on the way; the user's "Warning:" line when unset. */
  warn?: (text: UserText) => void;
  /** Every Trakt client event of a live export, e.g. for metrics. */
  onApiEvent?: (event: TraktApiEvent) => void;
  /**
   * The exports root, already checked by the caller's path guard; the
   * config's `[export] output_dir` when unset.
   */
  outputRoot?: string;
}

/**
 * Runs one export inside an open runtime and records its outcome in the
 * runtime's audit log; the runtime stays open for the caller to close.
 */
export async function exportWithRuntime(
  flags: ExportFlags,
  context: CliContext,
  runtime: Runtime,
  options: RuntimeExportOptions,
): Promise<ExportReport> {
  try {
    const report = await runConfiguredExport(flags, context, runtime, options);
    runtime.audit.record(exportAuditEvent(report));
    return report;
  } catch (error) {
    runtime.audit.record(exportFailureAuditEvent(error));
    throw error;
  }
}

async function runConfiguredExport(
  flags: ExportFlags,
  context: CliContext,
  runtime: Runtime,
  controls: RuntimeExportOptions,
): Promise<ExportReport> {
  const { config } = runtime.loaded;
  const { dataGuard, filesystem } = runtime;
  const from = flags.from;
  const input =
    from === undefined
      ? undefined
      : await dataGuard.checkPath(from, "cli", "read");
  const outputDir =
    flags.output === undefined
      ? undefined
      : await dataGuard.checkPath(flags.output, "cli", "write");
  if (
    input !== undefined &&
    outputDir !== undefined &&
    isWithinFolder(input, outputDir)
  ) {
    throw new UsageError(
      localize("usage.outputContainsInput", {
        output: flags.output ?? "",
        input: from ?? "",
      }),
    );
  }
  const outputRoot =
    controls.outputRoot ??
    (await dataGuard.checkPath(config.export.outputDir, "config", "write"));
  const include = flags.export ?? config.export.types;
  const lock =
    flags.dryRun === true
      ? undefined
      : await acquireExportLock({
          ...(controls.lockEnvironment ?? processLockEnvironment(context.now)),
          path: join(outputRoot, LOCK_FILE_NAME),
          purpose: controls.purpose ?? "manual",
          dirMode: filesystem.directoryMode,
          // The dashboard's exports root exists already; only the config's
          // folder can be missing here.
          folderSetting: "[export] output_dir",
          onStaleLock: (holder, path) => {
            warnWith(context, controls)(describeStaleLock(holder, path));
          },
        });
  try {
    return await exportWithLoader(flags, context, runtime, controls, {
      input,
      outputDir,
      outputRoot,
      include,
    });
  } finally {
    await lock?.release();
  }
}

async function exportWithLoader(
  flags: ExportFlags,
  context: CliContext,
  runtime: Runtime,
  controls: RuntimeExportOptions,
  paths: {
    input: string | undefined;
    outputDir: string | undefined;
    outputRoot: string;
    include: readonly ExportKind[];
  },
): Promise<ExportReport> {
  const { config } = runtime.loaded;
  const { filesystem } = runtime;
  const { input, outputDir, outputRoot, include } = paths;
  const from = flags.from;

  const statePath = exportStatePath(outputRoot);
  const isIncremental = flags.since === "last";
  const previous = isIncremental ? await readExportState(statePath) : undefined;
  if (isIncremental && previous === undefined) {
    warnWith(
      context,
      controls,
    )(localize("cli.export.noEarlierExport", { path: statePath }));
  }

  const load =
    input === undefined || from === undefined
      ? createLiveLoader(
          {
            flags,
            user: flags.user,
            include,
            previousActivities: previous?.lastActivities,
            isIncremental: previous !== undefined,
            onApiEvent: controls.onApiEvent,
          },
          context,
          runtime,
        )
      : createOfflineLoader(
          input,
          from,
          filesystem.maxFileSize,
          previous?.lastActivities,
        );

  return runExport({
    load,
    outputDir,
    outputRoot,
    force: flags.force === true,
    timeZone: flags.timezone ?? config.export.timezone,
    systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    historyMode: flags.historyMode ?? config.export.historyMode,
    include,
    sinceDate: isIncremental ? undefined : flags.since,
    newerThan: previous === undefined ? undefined : toCutoff(previous),
    statePath,
    limits: { maxRows: flags.maxRows, maxBytes: flags.maxBytes },
    spreadsheetSafe: flags.spreadsheetSafe === true,
    dryRun: flags.dryRun === true,
    now: context.now(),
    fileMode: filesystem.dataFileMode,
    dirMode: filesystem.directoryMode,
    onEvent: controls.onEvent,
    ...(controls.signal === undefined ? {} : { signal: controls.signal }),
    sealFile:
      flags.encrypt === true ? createFileSealer(context, runtime) : undefined,
  });
}

/**
 * `--encrypt`: every file, report.json included (it names lists and the
 * input's path), is written as `<name>.enc` with the key the credential
 * store would use for a new file, so `decrypt` opens it with the same key.
 */
function createFileSealer(
  context: CliContext,
  runtime: Runtime,
): (file: SealableFile) => Promise<SealableFile> {
  const keys = keyEnvironmentFor({
    security: runtime.loaded.config.security,
    env: context.env,
  });
  return async (file) => {
    try {
      const content = await encryptDataBytes(file.content, { keys });
      runtime.audit.record(encryptAuditEvent(file.relativePath, "success"));
      return { relativePath: `${file.relativePath}.enc`, content };
    } catch (error) {
      runtime.audit.record(encryptAuditEvent(file.relativePath, "failure"));
      throw error;
    }
  };
}

function encryptAuditEvent(
  file: string,
  result: "success" | "failure",
): AuditEvent {
  return {
    eventType: "encrypt",
    severity: result === "success" ? "low" : "medium",
    source: "cli",
    action: "export --encrypt",
    result,
    message: `Encryption of an exported file (${result})`,
    details: { file },
  };
}

function warnWith(
  context: CliContext,
  options: RuntimeExportOptions,
): (text: UserText) => void {
  return (
    options.warn ??
    ((text) => {
      writeWarnings(context, [text]);
    })
  );
}

function limitWarnings(flags: ExportFlags): LocalizedText[] {
  const warnings: LocalizedText[] = [];
  // Strings, not numbers: flag values are quoted as typed, without grouping.
  if (flags.maxRows > LETTERBOXD_LIMITS.maxRows) {
    warnings.push(
      localize("cli.export.maxRowsAboveLimit", {
        value: String(flags.maxRows),
        limit: String(LETTERBOXD_LIMITS.maxRows),
      }),
    );
  }
  if (flags.maxBytes > LETTERBOXD_LIMITS.maxBytes) {
    warnings.push(
      localize("cli.export.maxBytesAboveLimit", {
        value: String(flags.maxBytes),
        limit: String(LETTERBOXD_LIMITS.maxBytes),
      }),
    );
  }
  return warnings;
}

function exportAuditEvent(report: ExportReport): AuditEvent {
  return {
    eventType: "data_export",
    severity: "low",
    source: "cli",
    action: report.dryRun ? "export (dry run)" : "export",
    result: "success",
    message: `Export of ${report.totals.rows} rows in ${report.totals.files} files (source: ${report.source.kind})`,
    details: {
      outputDir: report.outputDir ?? null,
      files: report.totals.files,
      rows: report.totals.rows,
      warnings: report.warnings.length,
    },
  };
}

function exportFailureAuditEvent(error: unknown): AuditEvent {
  const isRefusal = error instanceof SecurityError;
  return {
    eventType: isRefusal ? "security_violation" : "data_export",
    severity: isRefusal ? "high" : "medium",
    source: "cli",
    action: "export",
    result: isRefusal ? "refused" : "failure",
    message: describeError(error),
  };
}

/** Reads a data export; `input` is the guarded absolute path of `from`. */
function createOfflineLoader(
  input: string,
  from: string,
  maxFileSize: number,
  previousActivities: unknown,
) {
  const limits = {
    ...DEFAULT_READ_LIMITS,
    maxEntryBytes: Math.min(DEFAULT_READ_LIMITS.maxEntryBytes, maxFileSize),
  };
  return async (
    onEvent: (event: ExportEvent) => void,
  ): Promise<LoadedLibrary> => {
    const result = await readTraktExport(input, {
      limits,
      onProgress: (event) => {
        onEvent({ kind: "reading", ...event });
      },
    });
    const unchanged =
      previousActivities === undefined
        ? []
        : findUnchangedKinds(previousActivities, result.lastActivities);
    return {
      library: result.library,
      source: { kind: result.sourceKind, location: from },
      inputFiles: result.files,
      warnings: result.warnings,
      lastActivities: result.lastActivities,
      unchanged,
    };
  };
}
