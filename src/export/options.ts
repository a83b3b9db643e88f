import type { SizeLimits } from "../letterboxd/index.js";
import type { InputFileReport } from "../offline/index.js";
import type { TraktLibrary } from "../trakt/index.js";
import type { HistoryMode } from "../transform/index.js";

export const EXPORT_KINDS = [
  "watched",
  "watchlist",
  "lists",
  "collection",
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const DEFAULT_EXPORT_KINDS: readonly ExportKind[] = [
  "watched",
  "watchlist",
  "lists",
];

/** A library loaded from some source, with what the source has to report. */
export interface LoadedLibrary {
  library: TraktLibrary;
  source: { kind: "zip" | "folder" | "file" | "api"; location: string };
  inputFiles: InputFileReport[];
  warnings: string[];
}

export type TimeZoneSource = "option" | "account" | "system";

export type ExportEvent =
  | { kind: "reading"; filesDone: number; filesTotal: number; path: string }
  | { kind: "converting" }
  | { kind: "writing"; files: number };

export interface ExportOptions {
  /** Loads the Trakt data; progress goes through `onEvent`. */
  load: (onEvent: (event: ExportEvent) => void) => Promise<LoadedLibrary>;
  /** The output folder; `undefined` picks `<outputRoot>/export_<local time>`. */
  outputDir: string | undefined;
  outputRoot: string;
  force: boolean;
  timeZone: string | undefined;
  systemTimeZone: string;
  historyMode: HistoryMode;
  include: readonly ExportKind[];
  sinceDate: string | undefined;
  limits: SizeLimits;
  spreadsheetSafe: boolean;
  dryRun: boolean;
  now: Date;
  fileMode: number;
  dirMode: number;
  onEvent?: (event: ExportEvent) => void;
  /**
   * Checked between steps (after loading, before writing): once aborted, the
   * export throws the signal's reason and writes nothing.
   */
  signal?: AbortSignal;
}
