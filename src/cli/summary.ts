import type { Writable } from "node:stream";

import type { ExportReport } from "../export/index.js";
import { toPrintable } from "../shared/index.js";

import { writeLine } from "./context.js";

const TIME_ZONE_SOURCES = {
  option: "from --timezone",
  account: "the account's, from the export",
  system: "this computer's; pass --timezone to choose",
} as const;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
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
  for (const warning of report.warnings)
    writeLine(out, `Warning: ${toPrintable(warning)}`);

  const rows = plural(report.totals.rows, "row");
  const files = plural(report.totals.files, "file");
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
  const isApi = report.source.kind === "api";
  const inputs = isApi
    ? `Fetched ${plural(report.inputFiles.length, "endpoint")} from ${source}.`
    : `Read ${plural(report.inputFiles.length, "file")} from ${source}.`;
  writeLine(out, inputs);
  writeLine(
    out,
    `Time zone: ${report.timeZone.name} (${TIME_ZONE_SOURCES[report.timeZone.source]}).`,
  );

  const width = Math.max(12, ...report.files.map((file) => file.path.length));
  for (const file of report.files) {
    writeLine(
      out,
      `  ${file.path.padEnd(width)} ${plural(file.rows, "row").padStart(12)}  → ${file.uploadTo}`,
    );
  }
  if (report.files.some((file) => file.kind === "watchlist")) {
    writeLine(
      out,
      "  (upload the watchlist only on the watchlist page: the profile import would mark every film as watched)",
    );
  }
  if (report.files.some((file) => file.parts > 1)) {
    writeLine(
      out,
      "  Numbered parts go to the same page, one upload each, each within Letterboxd's size limit.",
    );
  }

  const facts: string[] = [];
  const diary = report.diary;
  if (diary !== undefined) {
    facts.push(
      `${plural(diary.films, "film")} from ${plural(diary.viewings, "viewing")}`,
    );
    if (diary.sameDayMerged > 0) {
      facts.push(
        `${plural(diary.sameDayMerged, "same-day viewing")} merged into one diary entry`,
      );
    }
    if (diary.undatedViewings > 0) {
      facts.push(`${plural(diary.undatedViewings, "viewing")} without a date`);
    }
    if (diary.rowsBeforeSince > 0) {
      facts.push(
        `${plural(diary.rowsBeforeSince, "viewing day")} before --since left out`,
      );
    }
  }
  for (const skipped of report.skipped) {
    facts.push(
      `${plural(skipped.count, "item")} skipped from ${skipped.source} (${skipped.reason})`,
    );
  }
  const ignored = report.inputFiles.filter(
    (file) => file.kind === "ignored",
  ).length;
  if (ignored > 0)
    facts.push(`${plural(ignored, "input file")} ignored (see report.json)`);
  if (report.totals.rowsWithoutIds > 0) {
    facts.push(
      `${plural(report.totals.rowsWithoutIds, "row")} without IMDb or TMDB id: Letterboxd will match by title, check them`,
    );
  }
  for (const fact of facts) writeLine(out, `- ${fact}`);
  if (report.files.length > 0 && !report.dryRun) {
    writeLine(
      out,
      "Letterboxd imports cannot be undone: check the matches on each page before you confirm.",
    );
  }
}
