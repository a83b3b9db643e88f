import { join, resolve } from "node:path";

import { Option, type Command } from "commander";

import {
  DEFAULT_EXPORT_KINDS,
  EXPORT_KINDS,
  runExport,
  type ExportKind,
  type ExportReport,
} from "../../export/index.js";
import {
  DEFAULT_FOLDER_MODES,
  LETTERBOXD_LIMITS,
} from "../../letterboxd/index.js";
import { readTraktExport } from "../../offline/index.js";
import {
  LOCK_FILE_NAME,
  acquireExportLock,
  describeStaleLock,
  processLockEnvironment,
  type LockEnvironment,
} from "../../schedule/index.js";
import { UsageError } from "../../shared/index.js";
import { isKnownTimeZone, type HistoryMode } from "../../transform/index.js";
import { writeLine, type CliContext } from "../context.js";
import { addCommonOptions, parsePositiveInteger } from "../options.js";
import { createProgress } from "../progress.js";
import { printExportSummary } from "../summary.js";

export interface ExportFlags {
  from?: string;
  output?: string;
  force?: boolean;
  timezone?: string;
  historyMode: HistoryMode;
  export: ExportKind[];
  since?: string;
  maxRows: number;
  maxBytes: number;
  dryRun?: boolean;
  json?: boolean;
  spreadsheetSafe?: boolean;
  quiet?: boolean;
}

export function parseTimeZone(value: string): string {
  if (!isKnownTimeZone(value)) {
    throw new UsageError(
      `--timezone "${value}" is not a known IANA time zone. Use a name such as "Europe/Paris", "America/New_York" or "UTC".`,
    );
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
        `--export "${name}" is not something this tool exports. Use a comma-separated list of ${EXPORT_KINDS.join(", ")}, or "all".`,
      );
    }
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) {
    throw new UsageError(
      `--export needs at least one of ${EXPORT_KINDS.join(", ")}, or "all".`,
    );
  }
  return kinds;
}

export function parseSinceDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (
    !date ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(
      `--since "${value}" is not a calendar date. Write it as YYYY-MM-DD, for example 2024-01-31.`,
    );
  }
  return value;
}

const MIN_FILE_BYTES = 4096;

function parseMaxBytes(value: string): number {
  const bytes = parsePositiveInteger("--max-bytes")(value);
  if (bytes < MIN_FILE_BYTES) {
    throw new UsageError(
      `--max-bytes must be at least ${MIN_FILE_BYTES}, not ${bytes}.`,
    );
  }
  return bytes;
}

/** The flags that choose what an export reads and writes; `schedule` takes them too. */
export function addExportFlags(command: Command): Command {
  return command
    .option(
      "--from <path>",
      "Trakt data export: the .zip, its unpacked folder, or a raw-API backup",
    )
    .option(
      "--timezone <iana>",
      "time zone for viewing dates (default: the account's)",
      parseTimeZone,
    )
    .addOption(
      new Option(
        "--history-mode <mode>",
        "one row per viewing, or one per film",
      )
        .choices(["individual", "aggregated"])
        .default("individual"),
    )
    .option(
      "--export <list>",
      `what to write: ${EXPORT_KINDS.join(",")} or all`,
      parseExportKinds,
      [...DEFAULT_EXPORT_KINDS],
    )
    .option(
      "--since <date>",
      "only viewings on or after this local date (YYYY-MM-DD)",
      parseSinceDate,
    )
    .option(
      "--max-rows <n>",
      "most rows per file",
      parsePositiveInteger("--max-rows"),
      LETTERBOXD_LIMITS.maxRows,
    )
    .option(
      "--max-bytes <n>",
      "most bytes per file",
      parseMaxBytes,
      LETTERBOXD_LIMITS.maxBytes,
    )
    .option(
      "--spreadsheet-safe",
      "prefix cells starting with = + - @ (changes titles)",
    );
}

export function registerExport(program: Command, context: CliContext): void {
  const command = program
    .command("export")
    .description("Convert your Trakt data into Letterboxd import files.");
  addExportFlags(command)
    .option(
      "--output <dir>",
      "folder to write (default: exports/export_<date>_<time>)",
    )
    .option("--force", "replace the content of a non-empty --output folder")
    .option("--dry-run", "do everything except writing files")
    .option("--json", "print the report as JSON on stdout");

  addCommonOptions(command).action(async (flags: ExportFlags) => {
    const report = await exportCommand(flags, context);
    if (flags.json === true)
      context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    printExportSummary(report, context.stderr, { quiet: flags.quiet === true });
  });
}

/** How a run is started: by hand, or by the scheduler with its stop signal. */
export interface ExportRunControls {
  purpose?: "manual" | "scheduled";
  /** Once aborted, the export stops after its current step and writes nothing. */
  signal?: AbortSignal;
  lockEnvironment?: LockEnvironment;
}

/**
 * Runs `export-trakt export` with parsed flags and returns the run's report.
 * Holds the export lock while it runs, so that no two exports (manual or
 * scheduled) write at once.
 */
export async function exportCommand(
  flags: ExportFlags,
  context: CliContext,
  controls: ExportRunControls = {},
): Promise<ExportReport> {
  const from = flags.from;
  if (from === undefined) {
    throw new UsageError(
      "--from is required: pass the path of your Trakt data export (the .zip from Trakt's data export page, or the folder it unpacks to).",
    );
  }
  // TODO(#4): read the exports root from [export] output_dir in the config.
  const outputRoot = resolve(context.cwd, "exports");
  const lock =
    flags.dryRun === true
      ? undefined
      : await acquireExportLock({
          ...(controls.lockEnvironment ?? processLockEnvironment(context.now)),
          path: join(outputRoot, LOCK_FILE_NAME),
          purpose: controls.purpose ?? "manual",
          dirMode: DEFAULT_FOLDER_MODES.dirMode,
          onStaleLock: (holder, path) => {
            writeLine(
              context.stderr,
              `Warning: ${describeStaleLock(holder, path)}`,
            );
          },
        });
  const progress = createProgress(context);
  try {
    return await runExport({
      load: async (onEvent) => {
        const result = await readTraktExport(resolve(context.cwd, from), {
          onProgress: (event) => {
            onEvent({ kind: "reading", ...event });
          },
        });
        return {
          library: result.library,
          source: { kind: result.sourceKind, location: from },
          inputFiles: result.files,
          warnings: result.warnings,
        };
      },
      outputDir:
        flags.output === undefined
          ? undefined
          : resolve(context.cwd, flags.output),
      outputRoot,
      force: flags.force === true,
      timeZone: flags.timezone,
      systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      historyMode: flags.historyMode,
      include: flags.export,
      sinceDate: flags.since,
      limits: { maxRows: flags.maxRows, maxBytes: flags.maxBytes },
      spreadsheetSafe: flags.spreadsheetSafe === true,
      dryRun: flags.dryRun === true,
      now: context.now(),
      ...DEFAULT_FOLDER_MODES,
      onEvent: progress.update,
      ...(controls.signal === undefined ? {} : { signal: controls.signal }),
    });
  } finally {
    progress.done();
    await lock?.release();
  }
}
