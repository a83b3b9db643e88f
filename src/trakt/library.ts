/**
 * A Trakt account's film data after validation: the one shape that every
 * source (data export, raw-API backup, live API) is normalised into and that
 * the transforms read.
 */

/** A film as Trakt identifies it. Optional ids are `undefined`, never 0 or "". */
export interface Film {
  /** Identity used to tell films apart: the Trakt id when there is one. */
  key: string;
  traktId: number | undefined;
  title: string;
  year: number | undefined;
  imdbId: string | undefined;
  tmdbId: number | undefined;
}

export type WatchAction = "scrobble" | "checkin" | "watch";

/** One viewing from the history. */
export interface WatchEvent {
  historyId: number | undefined;
  film: Film;
  /** `undefined` when Trakt holds no plausible date for the viewing. */
  watchedAtMs: number | undefined;
  action: WatchAction;
}

/** The last viewing of a film, from Trakt's "watched" summary. */
export interface WatchedSummary {
  film: Film;
  plays: number;
  lastWatchedAtMs: number | undefined;
}

export interface FilmRating {
  film: Film;
  /** An integer from 1 to 10. */
  rating: number;
  ratedAtMs: number | undefined;
}

/** The person's own comment or review on a film (replies are not kept). */
export interface FilmComment {
  film: Film;
  commentId: number | undefined;
  text: string;
  isReview: boolean;
  isSpoiler: boolean;
  /** The last edit, or the creation time when the comment was never edited. */
  postedAtMs: number | undefined;
}

/** A film on the watchlist, on a personal list, or in the collection. */
export interface ListEntry {
  film: Film;
  rank: number | undefined;
  notes: string | undefined;
  addedAtMs: number | undefined;
}

export interface PersonalList {
  traktId: number | undefined;
  slug: string;
  name: string;
  description: string | undefined;
  entries: ListEntry[];
}

export interface AccountSettings {
  username: string | undefined;
  timezone: string | undefined;
}

/** Why an item from the input did not become a film record. */
export type SkipReason =
  | "episode"
  | "show"
  | "season"
  | "person"
  | "no film in item"
  | "invalid item"
  | "rating out of range"
  | "reply to a comment"
  | "empty comment"
  | "television";

export interface SkippedItems {
  /** The kind of data the items came from, e.g. "history" or "ratings". */
  source: string;
  reason: SkipReason;
  count: number;
}

export interface TraktLibrary {
  /** Every viewing, or `undefined` when the source has no history at all. */
  history: WatchEvent[] | undefined;
  watchedSummaries: WatchedSummary[] | undefined;
  ratings: FilmRating[];
  comments: FilmComment[];
  watchlist: ListEntry[] | undefined;
  lists: PersonalList[];
  collection: ListEntry[] | undefined;
  account: AccountSettings;
  skipped: SkippedItems[];
}
