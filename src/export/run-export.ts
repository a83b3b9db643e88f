/**
 * The one export pipeline: load a library from any source, convert it to
 * Letterboxd rows, split the files, and write them with their report in one
 * atomic step. The CLI, the dashboard and the scheduler all call this.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

import { tzOffset } from "@date-fns/tz";

import {
  planLetterboxdFiles,
  writeFolderAtomically,
  type ExportTables,
  type OutputFile,
} from "../letterboxd/index.js";
import { localize, type LocalizedText, type UserText } from "../i18n/index.js";
import { OutputError, VERSION, pathExists } from "../shared/index.js";
import type { TraktLibrary } from "../trakt/index.js";
import {
  buildCollectionRows,
  buildDiaryRows,
  buildListRows,
  chooseListFileNames,
  isKnownTimeZone,
  type DiaryResult,
} from "../transform/index.js";

import { nextCutoff, writeExportState } from "./export-state.js";
import type { ExportOptions, TimeZoneSource } from "./options.js";
import {
  toReportedFile,
  toStoredMessage,
  type ExportReport,
} from "./report.js";

const MINUTE_MS = 60 * 1000;
// The first bytes of every file written by the envelope encryption.
const ENVELOPE_MARKER = Buffer.from("ETKENC", "ascii");
// A viewing up to a day ahead of this computer's clock is a clock difference.
const DAY_MS = 24 * 60 * MINUTE_MS;

function chooseTimeZone(
  options: ExportOptions,
  library: TraktLibrary,
  warnings: UserText[],
): { name: string; source: TimeZoneSource } {
  if (options.timeZone !== undefined)
    return { name: options.timeZone, source: "option" };
  const account = library.account.timezone;
  if (account !== undefined) {
    if (isKnownTimeZone(account)) return { name: account, source: "account" };
    warnings.push(localize("warning.accountTimeZone", { zone: account }));
  }
  return { name: options.systemTimeZone, source: "system" };
}

/** `export_YYYY-MM-DD_HH-MM-SS` for `now` in `timeZone`. */
export function defaultFolderName(now: Date, timeZone: string): string {
  const local = new Date(now.getTime() + tzOffset(timeZone, now) * MINUTE_MS);
  const stamp = local
    .toISOString()
    .slice(0, 19)
    .replace("T", "_")
    .replace(/:/g, "-");
  return `export_${stamp}`;
}

function buildTables(
  library: TraktLibrary,
  options: ExportOptions,
  timeZone: string,
  warnings: UserText[],
): { tables: ExportTables; diary: DiaryResult | undefined } {
  const include = new Set(options.include);
  const diary = include.has("watched")
    ? buildDiaryRows(library, {
        timeZone,
        historyMode: options.historyMode,
        sinceDate: options.sinceDate,
        notAfterMs: options.now.getTime() + DAY_MS,
        newerThan: options.newerThan,
      })
    : undefined;
  if (diary !== undefined) warnings.push(...diary.warnings);

  if (include.has("watchlist") && library.watchlist === undefined) {
    warnings.push(localize("warning.noWatchlist"));
  }
  if (include.has("collection") && library.collection === undefined) {
    warnings.push(localize("warning.noCollection"));
  }

  const lists = include.has("lists")
    ? library.lists.filter((list) => list.entries.length > 0)
    : [];
  // "collection" always belongs to the collection, exported or not, so that
  // a list's file name never depends on the flags of a run.
  const names = chooseListFileNames(lists, ["collection"]);

  return {
    diary,
    tables: {
      diary: diary?.rows,
      watchlist:
        include.has("watchlist") && library.watchlist !== undefined
          ? buildListRows(library.watchlist, false)
          : undefined,
      lists: lists.map((list, index) => ({
        fileName: names[index] ?? `list-${index + 1}`,
        name: list.name,
        rows: buildListRows(list.entries, true),
      })),
      collection:
        include.has("collection") && library.collection !== undefined
          ? buildCollectionRows(library.collection)
          : undefined,
    },
  };
}

/** What Letterboxd's importers have no column for, in words for the person. */
function describeNotCarried(
  library: TraktLibrary,
  options: ExportOptions,
  diary: DiaryResult | undefined,
): LocalizedText[] {
  const notes: LocalizedText[] = [];
  const spoilers = diary?.stats.spoilerReviews ?? 0;
  if (spoilers > 0) {
    notes.push(localize("note.spoilerReviews", { count: spoilers }));
  }
  const watchlistNotes = options.include.includes("watchlist")
    ? (library.watchlist ?? []).filter((entry) => entry.notes !== undefined)
        .length
    : 0;
  if (watchlistNotes > 0) {
    notes.push(localize("note.watchlistNotes", { count: watchlistNotes }));
  }
  const undated = diary?.stats.undatedRows ?? 0;
  if (undated > 0) {
    notes.push(localize("note.undatedFilms", { count: undated }));
  }
  return notes;
}

/**
 * Throws the signal's reason once it is aborted. Parsing and converting run
 * without yielding, and a process signal (SIGTERM) that arrives meanwhile
 * aborts the signal only when the event loop next polls for events. The
 * current loop iteration may already be past its poll, so two turns are let
 * through: the second one polls, and a stop that came during the step is
 * seen here, before anything is written.
 */
async function throwIfStopped(signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return;
  for (let turn = 0; turn < 2; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  signal.throwIfAborted();
}

/** Runs one export and returns its report; throws without writing on failure. */
export async function runExport(options: ExportOptions): Promise<ExportReport> {
  const emit = options.onEvent ?? (() => undefined);
  const loaded = await options.load(emit);
  await throwIfStopped(options.signal);
  const warnings: UserText[] = [...loaded.warnings];
  // Only kinds this run would write can be skipped, or named as skipped.
  const unchanged = (loaded.unchanged ?? []).filter((kind) =>
    options.include.includes(kind),
  );
  const include = options.include.filter((kind) => !unchanged.includes(kind));
  if (unchanged.length > 0) {
    const kinds = unchanged.join(", ");
    warnings.push(localize("warning.unchanged", { kinds }));
  }
  options = { ...options, include };

  emit({ kind: "converting" });
  const timeZone = chooseTimeZone(options, loaded.library, warnings);
  const { tables, diary } = buildTables(
    loaded.library,
    options,
    timeZone.name,
    warnings,
  );
  const csv = { spreadsheetSafe: options.spreadsheetSafe };
  const planned = planLetterboxdFiles(tables, options.limits, csv);

  const files = planned.map(toReportedFile);
  const report: ExportReport = {
    tool: "export-trakt",
    version: VERSION,
    generatedAt: options.now.toISOString(),
    dryRun: options.dryRun,
    outputDir: undefined,
    source: loaded.source,
    timeZone,
    historyMode: options.historyMode,
    since: options.sinceDate,
    exported: [...options.include],
    files,
    totals: {
      files: files.length,
      rows: files.reduce((sum, file) => sum + file.rows, 0),
      rowsWithoutIds: files.reduce((sum, file) => sum + file.rowsWithoutIds, 0),
    },
    diary: diary?.stats,
    skipped: loaded.library.skipped,
    notCarried: describeNotCarried(loaded.library, options, diary),
    inputFiles: loaded.inputFiles,
    warnings,
    warningMessages: warnings.map(toStoredMessage),
  };
  if (options.dryRun) return report;

  await throwIfStopped(options.signal);
  emit({ kind: "writing", files: planned.length });
  if (options.force && options.outputDir !== undefined) {
    await assertReplaceable(options.outputDir);
  }
  const outputDir =
    options.outputDir ??
    (await freeFolderName(
      options.outputRoot,
      defaultFolderName(options.now, timeZone.name),
    ));
  const written = await writeWithReport(outputDir, planned, report, options);
  if (options.statePath !== undefined) {
    await writeExportState(options.statePath, {
      version: 1,
      lastExportAt: options.now.toISOString(),
      outputDir: written,
      source: loaded.source,
      cutoff: nextCutoff(loaded.library, options.newerThan),
      lastActivities: loaded.lastActivities,
    });
  }
  return { ...report, outputDir: written };
}

async function writeWithReport(
  outputDir: string,
  planned: ReturnType<typeof planLetterboxdFiles>,
  report: ExportReport,
  options: ExportOptions,
): Promise<string> {
  const outputs: OutputFile[] = planned.map((file) => ({
    relativePath: file.relativePath,
    content: file.content,
  }));
  const reportJson = `${JSON.stringify(report, null, 2)}\n`;
  outputs.push({
    relativePath: "report.json",
    content: Buffer.from(reportJson, "utf8"),
  });
  // One file at a time: the first may create the key file, and a passphrase
  // key costs 128 MiB of memory per derivation.
  const written: OutputFile[] = [];
  for (const file of outputs) {
    written.push(options.sealFile ? await options.sealFile(file) : file);
  }

  // The last moment a stop can still leave everything unwritten.
  await throwIfStopped(options.signal);
  return writeFolderAtomically(outputDir, written, {
    force: options.force,
    fileMode: options.fileMode,
    dirMode: options.dirMode,
  });
}

/**
 * `--force` replaces only an earlier export: a folder whose report.json this
 * tool wrote. Anything else there (the input itself, unrelated files) might
 * be the only copy of someone's data.
 */
async function assertReplaceable(outputDir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(outputDir);
  } catch {
    // A missing or unreadable folder has nothing to protect; the writer
    // reports any real problem with it.
    return;
  }
  if (entries.length === 0) return;

  const isEarlierExport =
    (await isPlainReport(join(outputDir, "report.json"))) ||
    (await isEncryptedReport(join(outputDir, "report.json.enc")));
  if (!isEarlierExport) {
    throw new OutputError(
      localize("output.notAnExport", { path: outputDir }),
      outputDir,
    );
  }
}

async function isPlainReport(path: string): Promise<boolean> {
  try {
    const report: unknown = JSON.parse(await readFile(path, "utf8"));
    return (
      typeof report === "object" &&
      report !== null &&
      "tool" in report &&
      report.tool === "export-trakt"
    );
  } catch {
    // No readable report.json: not an export of this tool, refused by the caller.
    return false;
  }
}

// An encrypted export's report cannot be read without the key; its name and
// the envelope marker are enough to recognise a folder this tool wrote.
async function isEncryptedReport(path: string): Promise<boolean> {
  try {
    const bytes = await readFile(path);
    return bytes.subarray(0, ENVELOPE_MARKER.length).equals(ENVELOPE_MARKER);
  } catch {
    // Missing or unreadable: not an encrypted report, so the plain check runs.
    return false;
  }
}

/** A default folder name that is not taken yet (two runs in one second). */
async function freeFolderName(root: string, name: string): Promise<string> {
  for (let attempt = 1; attempt < 100; attempt += 1) {
    const candidate = join(root, attempt === 1 ? name : `${name}-${attempt}`);
    if (!(await pathExists(candidate))) return candidate;
  }
  throw new OutputError(
    localize("writer.tooManyFolders", { name, path: root }),
    root,
  );
}
