/**
 * Turns the rows of one export into the Letterboxd files to write, split to
 * the importer's limits, each with the page it must be uploaded to.
 */
import type { DiaryRow, ListRow } from "../transform/index.js";

import { diaryTable, listTable, type CsvOptions, type Table } from "./csv.js";
import { splitIntoParts, type SizeLimits } from "./split.js";

export type LetterboxdFileKind = "diary" | "watchlist" | "list" | "collection";

export const UPLOAD_PAGES: Record<LetterboxdFileKind, string> = {
  diary: "https://letterboxd.com/import/",
  watchlist: "https://letterboxd.com/watchlist/",
  list: "https://letterboxd.com/list/new/",
  collection: "https://letterboxd.com/list/new/",
};

export interface PlannedFile {
  /** Path inside the output folder, e.g. "watched-2.csv" or "lists/x.csv". */
  relativePath: string;
  kind: LetterboxdFileKind;
  /** 1-based part number and the number of parts of the same file. */
  part: number;
  parts: number;
  rows: number;
  /** Rows that have neither an IMDb nor a TMDB id. */
  rowsWithoutIds: number;
  content: Buffer;
  uploadTo: string;
  /** The Trakt list's name, to type in when creating the Letterboxd list. */
  listName: string | undefined;
}

export interface ExportTables {
  diary: DiaryRow[] | undefined;
  watchlist: ListRow[] | undefined;
  /** Personal lists by file name (without `.csv`). */
  lists: { fileName: string; name: string; rows: ListRow[] }[];
  collection: ListRow[] | undefined;
}

function countWithoutIds(rows: readonly (DiaryRow | ListRow)[]): number {
  return rows.filter(
    (row) => row.imdbId === undefined && row.tmdbId === undefined,
  ).length;
}

function planFile(
  stem: string,
  kind: LetterboxdFileKind,
  table: Table,
  rows: readonly (DiaryRow | ListRow)[],
  limits: SizeLimits,
  csv: CsvOptions,
  listName?: string,
): PlannedFile[] {
  const parts = splitIntoParts(table, limits, csv, `${stem}.csv`);
  let offset = 0;
  return parts.map((part, index) => {
    const partRows = rows.slice(offset, offset + part.rows);
    offset += part.rows;
    return {
      relativePath:
        parts.length === 1 ? `${stem}.csv` : `${stem}-${index + 1}.csv`,
      kind,
      part: index + 1,
      parts: parts.length,
      rows: part.rows,
      rowsWithoutIds: countWithoutIds(partRows),
      content: part.content,
      uploadTo: UPLOAD_PAGES[kind],
      listName,
    };
  });
}

/** Every file of an export, in the order they are listed to the person. */
export function planLetterboxdFiles(
  tables: ExportTables,
  limits: SizeLimits,
  csv: CsvOptions,
): PlannedFile[] {
  const files: PlannedFile[] = [];
  if (tables.diary !== undefined) {
    files.push(
      ...planFile(
        "watched",
        "diary",
        diaryTable(tables.diary),
        tables.diary,
        limits,
        csv,
      ),
    );
  }
  if (tables.watchlist !== undefined) {
    const { watchlist } = tables;
    files.push(
      ...planFile(
        "watchlist",
        "watchlist",
        listTable(watchlist),
        watchlist,
        limits,
        csv,
      ),
    );
  }
  for (const list of tables.lists) {
    const stem = `lists/${list.fileName}`;
    files.push(
      ...planFile(
        stem,
        "list",
        listTable(list.rows),
        list.rows,
        limits,
        csv,
        list.name,
      ),
    );
  }
  if (tables.collection !== undefined) {
    const { collection } = tables;
    const table = listTable(collection);
    files.push(
      ...planFile(
        "lists/collection",
        "collection",
        table,
        collection,
        limits,
        csv,
      ),
    );
  }
  return files;
}
