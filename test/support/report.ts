import type { ExportReport } from "../../src/export/index.js";

/** A minimal export report with `rows` rows in one file. */
export function fakeReport(
  rows: number,
  outputDir = "/exports/x",
): ExportReport {
  return {
    tool: "export-trakt",
    version: "0.0.0",
    generatedAt: "2026-01-01T00:00:00.000Z",
    dryRun: false,
    outputDir,
    source: { kind: "folder", location: "in" },
    timeZone: { name: "UTC", source: "option" },
    historyMode: "individual",
    since: undefined,
    exported: ["watched"],
    files: [],
    totals: { files: 1, rows, rowsWithoutIds: 0 },
    diary: undefined,
    skipped: [],
    notCarried: [],
    inputFiles: [],
    warnings: [],
    warningMessages: [],
  };
}
