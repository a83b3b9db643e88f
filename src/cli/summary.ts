import type { Writable } from "node:stream";

import type { ExportKind, ExportReport } from "../export/index.js";
import { toPrintable } from "../shared/index.js";
import type { SkipReason, SkippedItems } from "../trakt/index.js";

import { writeLine } from "./context.js";

const TIME_ZONE_SOURCES = {
  option: "from --timezone or the config",
  account: "the Trakt account's",
  system: "this computer's; pass --timezone to choose",
} as const;

const SKIP_REASONS: Record<SkipReason, [one: string, many: string]> = {
  episode: ["TV episode", "TV episodes"],
  show: ["show", "shows"],
  season: ["season", "seasons"],
  person: ["person", "people"],
  "no film in item": ["entry without a film", "entries without a film"],
  "invalid item": ["malformed entry", "malformed entries"],
  "rating out of range": ["rating outside 1-10", "ratings outside 1-10"],
  "reply to a comment": ["reply to a comment", "replies to comments"],
  "empty comment": ["empty comment", "empty comments"],
  television: ["TV item", "TV items"],
};

function count(value: number, one: string, many = `${one}s`): string {
  return `${value.toLocaleString("en-US")} ${value === 1 ? one : many}`;
}

/** Which exported kind the items of a skip source would have gone into. */
function kindOfSource(source: string): ExportKind | undefined {
  if (source === "watchlist") return "watchlist";
  if (source === "collection") return "collection";
  if (source.startsWith("list ") || source === "favorites") return "lists";
  if (source === "television files") return undefined;
  return "watched";
}

function isRelevant(
  skipped: SkippedItems,
  exported: readonly ExportKind[],
): boolean {
  const kind = kindOfSource(skipped.source);
  return kind === undefined || exported.includes(kind);
}

/**
 * The human summary of an export on stderr. The last line always says what
 * happened, so a glance at the end of the output is enough.
 */
export function printExportSummary(
  report: ExportReport,
  out: Writable,
  options: { quiet: boolean },
): void {
  if (!options.quiet) printDetails(report, out);
  for (const warning of report.warnings) {
    writeLine(out, `Warning: ${toPrintable(warning)}`);
  }
  if (!options.quiet && report.files.length > 0 && !report.dryRun) {
    writeLine(
      out,
      "Letterboxd imports cannot be undone: check the matches on each page before you confirm.",
    );
  }

  const rows = count(report.totals.rows, "row");
  const files = count(report.totals.files, "file");
  if (report.dryRun) {
    writeLine(
      out,
      `Dry run: ${rows} in ${files} would be written; nothing was written.`,
    );
  } else {
    writeLine(out, `Wrote ${rows} in ${files} to ${report.outputDir ?? "?"}`);
  }
}

function printDetails(report: ExportReport, out: Writable): void {
  const source = toPrintable(report.source.location);
  const zone = `${report.timeZone.name}, ${TIME_ZONE_SOURCES[report.timeZone.source]}`;
  const inputs =
    report.source.kind === "api"
      ? `Fetched ${count(report.inputFiles.length, "endpoint")} from ${source}`
      : `Read ${count(report.inputFiles.length, "file")} from ${source}`;
  writeLine(out, `${inputs} (time zone ${zone}).`);

  const width = Math.max(12, ...report.files.map((file) => file.path.length));
  for (const file of report.files) {
    const rows = count(file.rows, "row").padStart(11);
    let where = file.uploadTo;
    if (file.kind === "watchlist") {
      where +=
        " (only there: the profile import would mark every film as watched)";
    }
    if (file.listName !== undefined)
      where += ` as "${toPrintable(file.listName)}"`;
    writeLine(out, `  ${file.path.padEnd(width)} ${rows} → ${where}`);
  }
  if (report.files.some((file) => file.parts > 1)) {
    writeLine(
      out,
      "  Numbered parts go to the same page, one upload each, each within Letterboxd's size limits.",
    );
  }
  for (const fact of collectFacts(report)) writeLine(out, `- ${fact}`);
}

function collectFacts(report: ExportReport): string[] {
  const facts: string[] = [];
  const diary = report.diary;
  if (diary !== undefined) {
    facts.push(
      `${count(diary.films, "film")} from ${count(diary.viewings, "viewing")}`,
    );
    if (report.historyMode === "individual" && diary.sameDayMerged > 0) {
      facts.push(
        `${count(diary.sameDayMerged, "same-day viewing")} merged into one diary entry (Letterboxd keeps one per film and day)`,
      );
    }
    if (diary.undatedViewings > 0) {
      facts.push(
        `${count(diary.undatedViewings, "viewing")} without a usable date`,
      );
    }
    if (diary.rowsBeforeSince + diary.undatedRowsBeforeSince > 0) {
      const left = diary.rowsBeforeSince + diary.undatedRowsBeforeSince;
      facts.push(`${count(left, "row")} older than --since left out`);
    }
  }
  facts.push(...report.notCarried);

  for (const skipped of report.skipped.filter((item) =>
    isRelevant(item, report.exported),
  )) {
    const [one, many] = SKIP_REASONS[skipped.reason];
    facts.push(
      `${count(skipped.count, one, many)} in ${skipped.source} not exported`,
    );
  }
  const ignored = report.inputFiles.filter(
    (file) => file.kind === "ignored",
  ).length;
  if (ignored > 0) {
    facts.push(
      `${count(ignored, "input file")} ignored (listed in report.json)`,
    );
  }
  if (report.totals.rowsWithoutIds > 0) {
    facts.push(
      `${count(report.totals.rowsWithoutIds, "row")} without IMDb or TMDB id: Letterboxd will match by title, so check them`,
    );
  }
  return facts;
}
