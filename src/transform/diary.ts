/**
 * Builds the rows of the profile import file from a library: one row per
 * viewing day (individual mode) or per film (aggregated mode), the rating and
 * review on the film's latest row, undated rows for films rated or reviewed
 * without a dated viewing.
 */
import { localize, type LocalizedText } from "../i18n/index.js";
import type {
  Film,
  FilmComment,
  FilmRating,
  TraktLibrary,
  WatchEvent,
  WatchedSummary,
} from "../trakt/index.js";

import { createLocalDateFormatter } from "./local-date.js";
import { toLetterboxdReview } from "./review-text.js";
import type { DiaryRow, HistoryMode } from "./rows.js";

export interface DiaryOptions {
  timeZone: string;
  historyMode: HistoryMode;
  /** Only viewings on or after this local date (`YYYY-MM-DD`) are written. */
  sinceDate: string | undefined;
  /** Viewings dated after this instant are treated as undated (a bad clock). */
  notAfterMs?: number | undefined;
  /** What an earlier export already covered; only newer rows are written. */
  newerThan?: IncrementalCutoff | undefined;
}

/**
 * The high-water marks of an earlier export. A viewing is new when its
 * history id is larger (ids grow as plays are added, even back-dated ones),
 * or, without ids, when it is dated later. Ratings and reviews are new when
 * rated or edited later.
 */
export interface IncrementalCutoff {
  lastHistoryId: number | undefined;
  lastWatchedAtMs: number | undefined;
  lastRatedAtMs: number | undefined;
  lastCommentedAtMs: number | undefined;
}

export interface DiaryStats {
  /** Where the viewings came from. */
  basis: "history" | "watched summary" | "none";
  films: number;
  viewings: number;
  /** Viewings folded into another one of the same film on the same day. */
  sameDayMerged: number;
  /** Viewings without a usable date: the film is marked watched, undated. */
  undatedViewings: number;
  ratedWithoutViewing: number;
  /** Films in the watched summary that the history does not mention. */
  filmsOnlyInSummary: number;
  /** Dated rows left out because they are older than `sinceDate`. */
  rowsBeforeSince: number;
  /** Rows without a date: films rated, reviewed or watched on no known day. */
  undatedRows: number;
  /** Undated rows left out because nothing about them changed since the cut-off. */
  undatedRowsBeforeSince: number;
  /** Reviews written that Trakt marks as spoilers (the import has no flag). */
  spoilerReviews: number;
}

export interface DiaryResult {
  rows: DiaryRow[];
  stats: DiaryStats;
  /** Rendered in the reader's language; English in `report.json`. */
  warnings: LocalizedText[];
}

interface FilmViewings {
  film: Film;
  /** Local dates of dated viewings, with the number of viewings on each. */
  viewingsByDate: Map<string, number>;
  undated: number;
  /** Local dates holding a viewing the earlier export already wrote. */
  oldDates: Set<string>;
  hasNewUndated: boolean;
  /** From the watched summary: plays known without their dates. */
  summaryPlays: number;
}

function latestRating(ratings: FilmRating[]): Map<string, FilmRating> {
  const byFilm = new Map<string, FilmRating>();
  for (const rating of ratings) {
    const current = byFilm.get(rating.film.key);
    if (
      current === undefined ||
      (rating.ratedAtMs ?? 0) >= (current.ratedAtMs ?? 0)
    ) {
      byFilm.set(rating.film.key, rating);
    }
  }
  return byFilm;
}

/** A review beats a short comment; among equals, the newest wins. */
function chosenComment(comments: FilmComment[]): Map<string, FilmComment> {
  const byFilm = new Map<string, FilmComment>();
  for (const comment of comments) {
    const current = byFilm.get(comment.film.key);
    const isBetter =
      current === undefined ||
      (comment.isReview && !current.isReview) ||
      (comment.isReview === current.isReview &&
        (comment.postedAtMs ?? 0) >= (current.postedAtMs ?? 0));
    if (isBetter) byFilm.set(comment.film.key, comment);
  }
  return byFilm;
}

function isNewViewing(
  event: WatchEvent,
  cutoff: IncrementalCutoff | undefined,
): boolean {
  if (cutoff === undefined) return true;
  if (event.historyId !== undefined && cutoff.lastHistoryId !== undefined) {
    return event.historyId > cutoff.lastHistoryId;
  }
  return isAfter(event.watchedAtMs, cutoff.lastWatchedAtMs);
}

function isAfter(ms: number | undefined, mark: number | undefined): boolean {
  return ms !== undefined && (mark === undefined || ms > mark);
}

function collectViewings(
  library: TraktLibrary,
  localDate: (ms: number) => string,
  stats: DiaryStats,
  notAfterMs: number,
  cutoff: IncrementalCutoff | undefined,
): Map<string, FilmViewings> {
  const films = new Map<string, FilmViewings>();
  const entryFor = (film: Film): FilmViewings => {
    let entry = films.get(film.key);
    if (entry === undefined) {
      entry = {
        film,
        viewingsByDate: new Map(),
        undated: 0,
        oldDates: new Set(),
        hasNewUndated: false,
        summaryPlays: 0,
      };
      films.set(film.key, entry);
    }
    return entry;
  };

  const history = library.history ?? [];
  const summaries = library.watchedSummaries ?? [];
  stats.basis =
    history.length > 0
      ? "history"
      : summaries.length > 0
        ? "watched summary"
        : "none";

  for (const event of history) {
    const entry = entryFor(event.film);
    stats.viewings += 1;
    const isNew = isNewViewing(event, cutoff);
    if (event.watchedAtMs === undefined || event.watchedAtMs > notAfterMs) {
      entry.undated += 1;
      entry.hasNewUndated ||= isNew;
      stats.undatedViewings += 1;
      continue;
    }
    const date = localDate(event.watchedAtMs);
    if (!isNew) entry.oldDates.add(date);
    entry.viewingsByDate.set(date, (entry.viewingsByDate.get(date) ?? 0) + 1);
  }

  for (const summary of summaries) {
    if (history.length > 0 && films.has(summary.film.key)) continue;
    if (history.length > 0) stats.filmsOnlyInSummary += 1;
    addSummary(entryFor(summary.film), summary, localDate, stats);
  }
  return films;
}

function addSummary(
  entry: FilmViewings,
  summary: WatchedSummary,
  localDate: (ms: number) => string,
  stats: DiaryStats,
): void {
  entry.summaryPlays = summary.plays;
  stats.viewings += summary.plays;
  if (summary.lastWatchedAtMs === undefined) {
    entry.undated += 1;
    stats.undatedViewings += 1;
  } else {
    entry.viewingsByDate.set(localDate(summary.lastWatchedAtMs), 1);
  }
}

function totalViewings(entry: FilmViewings | undefined): number {
  if (entry === undefined) return 0;
  let total = entry.undated;
  for (const count of entry.viewingsByDate.values()) total += count;
  return Math.max(total, entry.summaryPlays);
}

function baseRow(film: Film): Omit<DiaryRow, "watchedDate" | "rewatch"> {
  return {
    title: film.title,
    year: film.year,
    imdbId: film.imdbId,
    tmdbId: film.tmdbId,
    rating10: undefined,
    review: undefined,
  };
}

/** Builds the profile-import rows. Pure: the time zone and cut-off are inputs. */
export function buildDiaryRows(
  library: TraktLibrary,
  options: DiaryOptions,
): DiaryResult {
  const localDate = createLocalDateFormatter(options.timeZone);
  const stats: DiaryStats = {
    basis: "none",
    films: 0,
    viewings: 0,
    sameDayMerged: 0,
    undatedViewings: 0,
    ratedWithoutViewing: 0,
    filmsOnlyInSummary: 0,
    rowsBeforeSince: 0,
    undatedRows: 0,
    undatedRowsBeforeSince: 0,
    spoilerReviews: 0,
  };
  const warnings: LocalizedText[] = [];
  const cutoff = options.newerThan;
  const viewings = collectViewings(
    library,
    localDate,
    stats,
    options.notAfterMs ?? Number.POSITIVE_INFINITY,
    cutoff,
  );
  const ratings = latestRating(library.ratings);
  const comments = chosenComment(library.comments);
  const since = options.sinceDate;
  const isSince = (ms: number | undefined) =>
    since === undefined || (ms !== undefined && localDate(ms) >= since);
  const isRatingNew = (rating: FilmRating | undefined) =>
    cutoff === undefined || isAfter(rating?.ratedAtMs, cutoff.lastRatedAtMs);
  const isCommentNew = (comment: FilmComment | undefined) =>
    cutoff === undefined ||
    isAfter(comment?.postedAtMs, cutoff.lastCommentedAtMs);
  const areExtrasNew = (
    rating: FilmRating | undefined,
    comment: FilmComment | undefined,
  ) =>
    cutoff === undefined ||
    (rating !== undefined && isRatingNew(rating)) ||
    (comment !== undefined && isCommentNew(comment));
  const mode =
    stats.basis === "watched summary" ? "aggregated" : options.historyMode;

  if (stats.basis === "watched summary") {
    warnings.push(localize("warning.summaryOnly"));
  }
  if (stats.filmsOnlyInSummary > 0) {
    const count = stats.filmsOnlyInSummary;
    warnings.push(localize("warning.filmsOnlyInSummary", { count }));
  }

  const dated: DiaryRow[] = [];
  const undated: DiaryRow[] = [];
  const filmKeys = new Set([
    ...viewings.keys(),
    ...ratings.keys(),
    ...comments.keys(),
  ]);

  for (const key of filmKeys) {
    const entry = viewings.get(key);
    const rating = ratings.get(key);
    const comment = comments.get(key);
    const film = entry?.film ?? rating?.film ?? comment?.film;
    if (film === undefined) continue;
    stats.films += 1;

    const extras = {
      rating10: rating?.rating,
      review:
        comment === undefined ? undefined : toLetterboxdReview(comment.text),
    };
    const dates =
      entry === undefined ? [] : [...entry.viewingsByDate.keys()].sort();
    const latestDate = dates.at(-1);

    if (entry !== undefined) {
      for (const count of entry.viewingsByDate.values())
        stats.sameDayMerged += count - 1;
    }
    if (entry === undefined) stats.ratedWithoutViewing += 1;

    if (latestDate === undefined) {
      // Rated, reviewed or watched without any known date: one undated row.
      const isNew =
        (since === undefined ||
          isSince(rating?.ratedAtMs) ||
          isSince(comment?.postedAtMs)) &&
        (areExtrasNew(rating, comment) || entry?.hasNewUndated === true);
      if (isNew) {
        undated.push({
          ...baseRow(film),
          ...extras,
          watchedDate: undefined,
          rewatch: undefined,
        });
      } else {
        stats.undatedRowsBeforeSince += 1;
      }
      continue;
    }

    const rows =
      mode === "individual"
        ? dates.map((date, index) => ({ date, rewatch: index > 0 }))
        : [{ date: latestDate, rewatch: totalViewings(entry) > 1 }];

    let placedExtras = false;
    for (const { date, rewatch } of rows) {
      if (since !== undefined && date < since) {
        stats.rowsBeforeSince += 1;
        continue;
      }
      // Written by the earlier export already (a same-day viewing merged).
      if (entry?.oldDates.has(date) === true) continue;
      const isLatest = date === latestDate;
      placedExtras ||= isLatest;
      dated.push({
        ...baseRow(film),
        ...(isLatest ? extras : {}),
        watchedDate: date,
        rewatch,
      });
    }

    // The latest viewing is before the cut-off, but the rating or review is
    // newer: carry them on an undated row so the top-up does not lose them.
    const hasExtras =
      extras.rating10 !== undefined || extras.review !== undefined;
    const changedSince =
      (isSince(rating?.ratedAtMs) || isSince(comment?.postedAtMs)) &&
      areExtrasNew(rating, comment);
    if (!placedExtras && hasExtras && changedSince) {
      undated.push({
        ...baseRow(film),
        ...extras,
        watchedDate: undefined,
        rewatch: undefined,
      });
    }
  }

  dated.sort(compareRows);
  undated.sort(compareRows);
  stats.undatedRows = undated.length;
  for (const comment of comments.values()) {
    if (comment.isSpoiler) stats.spoilerReviews += 1;
  }
  return { rows: [...dated, ...undated], stats, warnings };
}

/** Date, then title, then ids, compared by code point so locale never matters. */
function compareRows(a: DiaryRow, b: DiaryRow): number {
  return (
    compareText(a.watchedDate ?? "", b.watchedDate ?? "") ||
    compareText(a.title, b.title) ||
    (a.year ?? 0) - (b.year ?? 0) ||
    (a.tmdbId ?? 0) - (b.tmdbId ?? 0) ||
    compareText(a.imdbId ?? "", b.imdbId ?? "")
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
