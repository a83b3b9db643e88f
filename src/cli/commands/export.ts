import { resolve } from "node:path";

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
} from "../../export/index.js";
import {
  DEFAULT_FOLDER_MODES,
  LETTERBOXD_LIMITS,
} from "../../letterboxd/index.js";
import { readTraktExport } from "../../offline/index.js";
import { UsageError } from "../../shared/index.js";
import { isKnownTimeZone, type HistoryMode } from "../../transform/index.js";
import { writeLine, type CliContext } from "../context.js";
import { addCommonOptions, parsePositiveInteger } from "../options.js";
import { createProgress } from "../progress.js";
import { printExportSummary } from "../summary.js";
import {
  addTraktOptions,
  resolveBaseUrls,
  type TraktFlags,
} from "../trakt-setup.js";

import { createLiveLoader } from "./export-live.js";

interface ExportFlags extends TraktFlags {
  from?: string;
  user?: string;
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

function parseTimeZone(value: string): string {
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

export function registerExport(program: Command, context: CliContext): void {
  const command = program
    .command("export")
    .description("Convert your Trakt data into Letterboxd import files.")
    .option(
      "--from <path>",
      "Trakt data export: the .zip, its unpacked folder, or a raw-API backup",
    )
    .option(
      "--user <name>",
      "without --from: export this public Trakt profile (needs only the client id)",
    )
    .option(
      "--output <dir>",
      "folder to write (default: exports/export_<date>_<time>)",
    )
    .option("--force", "replace the content of a non-empty --output folder")
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
      'only viewings on or after this local date (YYYY-MM-DD), or "last": only what the last export did not include',
      parseSince,
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
    )
    .option("--dry-run", "do everything except writing files")
    .option("--json", "print the report as JSON on stdout");

  addCommonOptions(addTraktOptions(command)).action(
    async (flags: ExportFlags) => {
      const report = await exportCommand(flags, context);
      if (flags.json === true)
        context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      printExportSummary(report, context.stderr, {
        quiet: flags.quiet === true,
      });
    },
  );
}

/** Runs `export-trakt export` with parsed flags; returns the run's report. */
export async function exportCommand(
  flags: ExportFlags,
  context: CliContext,
): Promise<ExportReport> {
  const from = flags.from;
  if (from !== undefined && flags.user !== undefined) {
    throw new UsageError(
      "--user exports from the Trakt API and cannot be combined with --from; drop one of them.",
    );
  }
  if (from === undefined) resolveBaseUrls(flags);

  const outputRoot = resolve(context.cwd, "exports");
  const statePath = exportStatePath(outputRoot);
  const isIncremental = flags.since === "last";
  const previous = isIncremental ? await readExportState(statePath) : undefined;
  if (isIncremental && previous === undefined) {
    writeLine(
      context.stderr,
      `Warning: --since last found no earlier export recorded in ${statePath}; this run exports everything.`,
    );
  }

  const load =
    from === undefined
      ? createLiveLoader(
          {
            flags,
            user: flags.user,
            include: flags.export,
            previousActivities: previous?.lastActivities,
            isIncremental: previous !== undefined,
          },
          context,
        )
      : createOfflineLoader(from, context, previous?.lastActivities);

  const progress = createProgress(context);
  try {
    return await runExport({
      load,
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
      sinceDate: isIncremental ? undefined : flags.since,
      newerThan: previous === undefined ? undefined : toCutoff(previous),
      statePath,
      limits: { maxRows: flags.maxRows, maxBytes: flags.maxBytes },
      spreadsheetSafe: flags.spreadsheetSafe === true,
      dryRun: flags.dryRun === true,
      now: context.now(),
      ...DEFAULT_FOLDER_MODES,
      onEvent: progress.update,
    });
  } finally {
    progress.done();
  }
}

function createOfflineLoader(
  from: string,
  context: CliContext,
  previousActivities: unknown,
) {
  return async (
    onEvent: (event: ExportEvent) => void,
  ): Promise<LoadedLibrary> => {
    const result = await readTraktExport(resolve(context.cwd, from), {
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
