import type { UserText } from "../i18n/index.js";
import type { SizeLimits } from "../letterboxd/index.js";
import type { InputFileReport } from "../offline/index.js";
import type { TraktLibrary } from "../trakt/index.js";
import type { HistoryMode, IncrementalCutoff } from "../transform/index.js";

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
  warnings: UserText[];
  /** Trakt's `last_activities` when the source has it, for the next run. */
  lastActivities?: unknown;
  /** Kinds the source says did not change since the last export. */
  unchanged?: readonly ExportKind[];
}

export type TimeZoneSource = "option" | "account" | "system";

export type ExportEvent =
  | { kind: "reading"; filesDone: number; filesTotal: number; path: string }
  | { kind: "fetching"; path: string; page: number; pageCount: number }
  | { kind: "rate-limit-wait"; path: string; waitMs: number }
  | { kind: "retrying"; path: string; attempt: number; delayMs: number }
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
  /** Incremental run: only what the earlier export did not cover. */
  newerThan?: IncrementalCutoff | undefined;
  /** Where to record this export for `--since last`; none when undefined. */
  statePath?: string | undefined;
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
  /**
   * Turns each file (report.json included) into what is written, e.g. its
   * encrypted `.enc` form; nothing plain reaches the disk when it is set.
   */
  sealFile?: ((file: SealableFile) => Promise<SealableFile>) | undefined;
}

export interface SealableFile {
  relativePath: string;
  content: Buffer;
}
