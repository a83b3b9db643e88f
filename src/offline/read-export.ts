/**
 * Reads a Trakt data export (or a raw-API backup) into raw documents and then
 * into a TraktLibrary, with a per-file account of what was used, ignored or
 * skipped.
 */
import type { TraktLibrary } from "../trakt/index.js";
import { localize, type LocalizedText } from "../i18n/index.js";
import { InputError, describeError, toPrintable } from "../shared/index.js";

import {
  buildLibraryFromDocuments,
  type RawDocument,
} from "./build-library.js";

import {
  classifyByName,
  classifyByShape,
  isDataFileName,
  isShapeCompatible,
  type FileKind,
} from "./classify.js";
import {
  DEFAULT_READ_LIMITS,
  openSource,
  type ReadLimits,
  type SourceEntry,
} from "./source.js";
import { describeUnreadable, refuseUnreadable } from "./unreadable.js";

export interface InputFileReport {
  path: string;
  /** What the file was read as, or "ignored". */
  kind: FileKind | "ignored";
  /** Array length, or 1 for a single object; 0 for an ignored file. */
  items: number;
  note: string | undefined;
}

export interface OfflineReadResult {
  library: TraktLibrary;
  sourceKind: "zip" | "folder" | "file";
  files: InputFileReport[];
  /** Saved as English strings; the CLI prints them in the user's language. */
  warnings: LocalizedText[];
  /** Trakt's `last_activities` document when the export has one. */
  lastActivities: unknown;
}

export interface ReadProgress {
  filesDone: number;
  filesTotal: number;
  path: string;
}

export interface ReadOptions {
  limits?: ReadLimits;
  onProgress?: (progress: ReadProgress) => void;
}

type Document = RawDocument;

/** The parsed files of an export, before they become a library. */
export interface ExportDocuments {
  documents: RawDocument[];
  sourceKind: "zip" | "folder" | "file";
  files: InputFileReport[];
  warnings: LocalizedText[];
}

// Kinds whose files must be read successfully: a broken one fails the run.
const REQUIRED_KINDS = new Set<FileKind>([
  "history",
  "watched",
  "ratings",
  "watchlist",
  "list-index",
  "list-items",
  "favorites",
  "comments",
  "settings",
  "collection",
]);

// Trakt items are objects of a few hundred bytes. A file over 1 MiB whose
// values average under 16 bytes is built to make parsing explode in memory.
const MIN_BYTES_PER_VALUE = 16;
const DENSITY_CHECK_MIN_BYTES = 1024 * 1024;

function countByte(buffer: Buffer, byte: number): number {
  let count = 0;
  for (
    let at = buffer.indexOf(byte);
    at !== -1;
    at = buffer.indexOf(byte, at + 1)
  ) {
    count += 1;
  }
  return count;
}

function assertPlausibleDensity(buffer: Buffer, path: string): void {
  if (buffer.length < DENSITY_CHECK_MIN_BYTES) return;
  // "{" and "[" open every object and array (and may sit inside strings,
  // which only makes the count larger for real data, never smaller).
  const containers = countByte(buffer, 0x7b) + countByte(buffer, 0x5b);
  if (containers * MIN_BYTES_PER_VALUE > buffer.length) {
    const text = localize("reader.tooDense", {
      path,
      containers,
      bytes: buffer.length,
    });
    throw new InputError(text, path);
  }
}

function parseJson(buffer: Buffer): unknown {
  const text = buffer.toString("utf8");
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function isMacMetadata(entry: SourceEntry): boolean {
  return entry.path.startsWith("__MACOSX/") || entry.baseName.startsWith("._");
}

/**
 * Reads and parses every file of the export at `inputPath`, classified by
 * kind, without building a library. Throws InputError when nothing in it is
 * Trakt film data.
 */
export async function readExportDocuments(
  inputPath: string,
  options: ReadOptions = {},
): Promise<ExportDocuments> {
  const source = await openSource(
    inputPath,
    options.limits ?? DEFAULT_READ_LIMITS,
  );
  const files: InputFileReport[] = [];
  const warnings: LocalizedText[] = [];
  const documents: Document[] = [];

  try {
    let filesDone = 0;
    const seenPaths = new Set<string>();
    for (const entry of source.entries) {
      if (seenPaths.has(entry.path)) {
        warnings.push(
          localize("reader.warning.duplicateEntry", { path: entry.path }),
        );
        continue;
      }
      seenPaths.add(entry.path);
      const found = await readEntry(entry, files, warnings, {
        isChosenFile: source.kind === "file",
      });
      documents.push(...found);
      filesDone += 1;
      options.onProgress?.({
        filesDone,
        filesTotal: source.entries.length,
        path: entry.path,
      });
    }
  } finally {
    await source.close();
  }

  if (!documents.some((doc) => doc.kind !== "tv" && doc.kind !== "not-used")) {
    throw new InputError(
      localize("input.noFilmData", { path: inputPath, files: files.length }),
      inputPath,
    );
  }
  return { documents, sourceKind: source.kind, files, warnings };
}

/** Reads every file of the export at `inputPath` into a library. */
export async function readTraktExport(
  inputPath: string,
  options: ReadOptions = {},
): Promise<OfflineReadResult> {
  const { documents, sourceKind, files, warnings } = await readExportDocuments(
    inputPath,
    options,
  );
  const library: TraktLibrary = buildLibraryFromDocuments(documents, warnings);
  const lastActivities = documents.find(
    (doc) => doc.kind === "last-activities",
  )?.content;
  return { library, sourceKind, files, warnings, lastActivities };
}

async function readEntry(
  entry: SourceEntry,
  files: InputFileReport[],
  warnings: LocalizedText[],
  options: {
    /** The file given with --from itself: its JSON errors are the user's to see. */
    isChosenFile: boolean;
  },
): Promise<Document[]> {
  const ignore = (note: string): Document[] => {
    files.push({ path: entry.path, kind: "ignored", items: 0, note });
    return [];
  };

  if (isMacMetadata(entry)) return ignore("macOS metadata");
  if (!isDataFileName(entry.baseName)) {
    return entry.baseName.toLowerCase().endsWith(".csv")
      ? ignore(
          "CSV files are not part of a Trakt export (TraktRater CSVs are not supported)",
        )
      : ignore("not a .json or .txt file");
  }

  const byName = classifyByName(entry.baseName);
  const isRequired =
    options.isChosenFile ||
    (byName !== undefined && REQUIRED_KINDS.has(byName.kind));
  if (entry.unreadable !== undefined) {
    if (isRequired) throw refuseUnreadable(entry.path, entry.unreadable);
    return ignore(`not read: ${describeUnreadable(entry.unreadable)}`);
  }

  let content: unknown;
  try {
    const bytes = await entry.read();
    assertPlausibleDensity(bytes, entry.path);
    content = parseJson(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (isRequired) {
      throw new InputError(
        localize("input.notJson", {
          path: entry.path,
          reason: describeError(error),
        }),
        entry.path,
        { cause: error },
      );
    }
    return ignore("not valid JSON");
  }

  const byShape = classifyByShape(content);
  if (byName !== undefined) {
    let kind = byName.kind;
    if (byShape !== undefined && !isShapeCompatible(byName.kind, byShape)) {
      warnings.push(
        localize("reader.warning.shapeMismatch", {
          path: entry.path,
          named: byName.kind,
          holds: byShape,
        }),
      );
      kind = byShape;
    }
    const doc = { path: entry.path, ...byName, kind, content };
    files.push({
      path: entry.path,
      kind,
      items: countItems(content),
      note: undefined,
    });
    return [doc];
  }

  if (byShape !== undefined) {
    files.push({
      path: entry.path,
      kind: byShape,
      items: countItems(content),
      note: "recognised by its content",
    });
    return [shapeDocument(entry.path, byShape, content)];
  }
  return (
    readCombinedDocument(entry, content, files) ??
    ignore("not a recognised Trakt file")
  );
}

function shapeDocument(
  path: string,
  kind: FileKind,
  content: unknown,
): Document {
  return {
    path,
    kind,
    part: 0,
    listId: undefined,
    listSlug: undefined,
    isRawApiName: true,
    content,
  };
}

/** One JSON document whose top-level keys each hold a Trakt array. */
function readCombinedDocument(
  entry: SourceEntry,
  content: unknown,
  files: InputFileReport[],
): Document[] | undefined {
  if (typeof content !== "object" || content === null || Array.isArray(content))
    return undefined;
  const documents: Document[] = [];
  for (const [key, value] of Object.entries(content)) {
    const kind = classifyByName(`${key}.json`)?.kind ?? classifyByShape(value);
    if (kind === undefined) continue;
    // The key names the part in the report, warnings and errors; like the
    // entry's own path, it is made printable.
    const path = `${entry.path}#${toPrintable(key)}`;
    documents.push(shapeDocument(path, kind, value));
    files.push({
      path,
      kind,
      items: countItems(value),
      note: "part of a combined backup",
    });
  }
  return documents.length > 0 ? documents : undefined;
}

function countItems(content: unknown): number {
  return Array.isArray(content) ? content.length : 1;
}
