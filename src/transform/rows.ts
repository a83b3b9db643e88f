/** The rows Letterboxd's importers read, before they become CSV. */

/** One row of the profile import file (diary entries and undated rows). */
export interface DiaryRow {
  title: string;
  year: number | undefined;
  imdbId: string | undefined;
  tmdbId: number | undefined;
  /** `YYYY-MM-DD` in the export's time zone; `undefined` for an undated row. */
  watchedDate: string | undefined;
  rating10: number | undefined;
  /** `undefined` on undated rows, where Letterboxd ignores the flag. */
  rewatch: boolean | undefined;
  review: string | undefined;
}

/** One row of a watchlist, list or collection file. */
export interface ListRow {
  title: string;
  year: number | undefined;
  imdbId: string | undefined;
  tmdbId: number | undefined;
  /** List-item notes; Letterboxd shows them as the entry's notes. */
  review: string | undefined;
}

export type HistoryMode = "individual" | "aggregated";
