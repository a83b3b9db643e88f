/**
 * The one CSV writer for Letterboxd files: UTF-8 without BOM, LF line ends,
 * RFC 4180 quoting (a field with a comma, quote, CR, LF or edge spaces is
 * quoted; inner quotes are doubled).
 */
import { stringify, type Options } from "csv-stringify/sync";

import type { DiaryRow, ListRow } from "../transform/index.js";

export type Cell = string | number | boolean | undefined;

export interface CsvOptions {
  /**
   * Prefix cells starting with `=`, `+`, `-` or `@` with `'` so spreadsheets
   * do not run them as formulas. Off by default: it changes the titles that
   * Letterboxd matches on.
   */
  spreadsheetSafe: boolean;
}

const STRINGIFY_OPTIONS: Options = {
  record_delimiter: "\n",
  // csv-stringify quotes commas, quotes and LF by itself, but not a lone CR
  // or surrounding spaces, which some importers trim.
  quoted_match: [/\r/, /^\s/, /\s$/],
};

const FORMULA_START = /^[=+\-@]/;

function toText(cell: Cell, options: CsvOptions): string {
  if (cell === undefined) return "";
  const text = String(cell);
  return options.spreadsheetSafe &&
    typeof cell === "string" &&
    FORMULA_START.test(text)
    ? `'${text}`
    : text;
}

/** Serialises one record (header or row) including its line end. */
export function toCsvLine(cells: readonly Cell[], options: CsvOptions): string {
  return stringify(
    [cells.map((cell) => toText(cell, options))],
    STRINGIFY_OPTIONS,
  );
}

export interface Table {
  header: string[];
  rows: Cell[][];
}

/** The diary table; `Review` is only added when some row has one. */
export function diaryTable(rows: readonly DiaryRow[]): Table {
  const hasReview = rows.some((row) => row.review !== undefined);
  const header = [
    "Title",
    "Year",
    "imdbID",
    "tmdbID",
    "WatchedDate",
    "Rating10",
    "Rewatch",
  ];
  if (hasReview) header.push("Review");
  return {
    header,
    rows: rows.map((row) => {
      const cells: Cell[] = [
        row.title,
        row.year,
        row.imdbId,
        row.tmdbId,
        row.watchedDate,
        row.rating10,
        row.rewatch,
      ];
      if (hasReview) cells.push(row.review);
      return cells;
    }),
  };
}

/** A watchlist, list or collection table; `Review` carries list notes. */
export function listTable(rows: readonly ListRow[]): Table {
  const hasReview = rows.some((row) => row.review !== undefined);
  const header = ["Title", "Year", "imdbID", "tmdbID"];
  if (hasReview) header.push("Review");
  return {
    header,
    rows: rows.map((row) => {
      const cells: Cell[] = [row.title, row.year, row.imdbId, row.tmdbId];
      if (hasReview) cells.push(row.review);
      return cells;
    }),
  };
}
