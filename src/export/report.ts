import type {
  LocalizedText,
  MessageKey,
  MessageParams,
  UserText,
} from "../i18n/index.js";
import type { PlannedFile } from "../letterboxd/index.js";
import type { InputFileReport } from "../offline/index.js";
import type { SkippedItems } from "../trakt/index.js";
import type { DiaryStats, HistoryMode } from "../transform/index.js";

import type { ExportKind, TimeZoneSource } from "./options.js";

/** What `report.json` holds, and what `--json` prints. */
export interface ExportReport {
  tool: "export-trakt";
  version: string;
  generatedAt: string;
  dryRun: boolean;
  /** Absolute path of the written folder; `undefined` on a dry run. */
  outputDir: string | undefined;
  source: { kind: string; location: string };
  timeZone: { name: string; source: TimeZoneSource };
  historyMode: HistoryMode;
  since: string | undefined;
  exported: ExportKind[];
  files: ReportedFile[];
  totals: { files: number; rows: number; rowsWithoutIds: number };
  diary: DiaryStats | undefined;
  skipped: SkippedItems[];
  /** What Letterboxd's import cannot take, and what to do about it. */
  /** Saved as English strings; the CLI prints them in the user's language. */
  notCarried: LocalizedText[];
  inputFiles: InputFileReport[];
  /** Saved as English strings; the CLI prints the keyed ones translated. */
  warnings: UserText[];
  /**
   * Parallel to `warnings`: each one's catalogue key and parameters, or
   * `null` for a warning that exists only in English, so that a reader of
   * report.json (the dashboard) can show it in another language.
   */
  warningMessages: (StoredMessage | null)[];
}

/** A message as report.json keeps it: its key and its parameters. */
export interface StoredMessage {
  key: MessageKey;
  params: MessageParams;
}

export function toStoredMessage(text: UserText): StoredMessage | null {
  return typeof text === "string"
    ? null
    : { key: text.key, params: text.params };
}

export interface ReportedFile {
  path: string;
  kind: PlannedFile["kind"];
  part: number;
  parts: number;
  rows: number;
  bytes: number;
  rowsWithoutIds: number;
  uploadTo: string;
  /** For list files: the Trakt list's name. */
  listName: string | undefined;
}

export function toReportedFile(file: PlannedFile): ReportedFile {
  return {
    path: file.relativePath,
    kind: file.kind,
    part: file.part,
    parts: file.parts,
    rows: file.rows,
    bytes: file.content.length,
    rowsWithoutIds: file.rowsWithoutIds,
    uploadTo: file.uploadTo,
    listName: file.listName,
  };
}
