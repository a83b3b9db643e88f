/**
 * Turns validated-on-the-way-in Trakt items into the library's domain types.
 * Every item is checked on its own, so one malformed entry is counted and
 * skipped instead of failing the whole input.
 */
import type { z } from "zod";

import { toPrintable, toPrintableMultiline } from "../shared/index.js";

import type {
  AccountSettings,
  Film,
  FilmComment,
  FilmRating,
  ListEntry,
  PersonalList,
  SkipReason,
  SkippedItems,
  WatchAction,
  WatchEvent,
  WatchedSummary,
} from "./library.js";
import {
  TraktCommentItem,
  TraktHistoryItem,
  TraktList,
  TraktListItem,
  TraktRatingItem,
  TraktUserSettings,
  TraktWatchedItem,
  type TraktMovie,
} from "./schemas.js";

/** Counts skipped items by source and reason, for the run report. */
export class SkipCounter {
  readonly #counts = new Map<string, SkippedItems>();

  add(source: string, reason: SkipReason, count = 1): void {
    const key = `${source}\u0000${reason}`;
    const entry = this.#counts.get(key);
    if (entry) entry.count += count;
    else this.#counts.set(key, { source, reason, count });
  }

  list(): SkippedItems[] {
    return [...this.#counts.values()];
  }
}

/**
 * State shared while normalising one input: skipped-item counts, and one Film
 * object per Trakt id, so that a film seen in 500 viewings is built once.
 */
export class NormalizeContext {
  readonly skips = new SkipCounter();
  readonly #filmsByTraktId = new Map<number, Film>();

  film(movie: TraktMovie): Film {
    const traktId = movie.ids?.trakt;
    if (typeof traktId !== "number") return toFilm(movie);
    let film = this.#filmsByTraktId.get(traktId);
    if (film === undefined) {
      film = toFilm(movie);
      this.#filmsByTraktId.set(traktId, film);
    }
    return film;
  }
}

const IMDB_ID = /^tt\d{5,12}$/;
// Viewing dates before 1900, or exactly the Unix epoch, are placeholders that
// tools write for "date unknown", never real viewings.
const EARLIEST_PLAUSIBLE_MS = Date.UTC(1900, 0, 1);
const LATEST_PLAUSIBLE_MS = Date.UTC(9999, 11, 31);

function toViewingMs(value: string | null | undefined): number | undefined {
  const ms = toTimestampMs(value);
  const isPlausible =
    ms !== undefined &&
    ms !== 0 &&
    ms >= EARLIEST_PLAUSIBLE_MS &&
    ms <= LATEST_PLAUSIBLE_MS;
  return isPlausible ? ms : undefined;
}

function toPositiveInteger(
  value: number | null | undefined,
): number | undefined {
  return value !== null &&
    value !== undefined &&
    Number.isSafeInteger(value) &&
    value > 0
    ? value
    : undefined;
}

function toYear(value: number | null | undefined): number | undefined {
  const year = toPositiveInteger(value);
  return year !== undefined && year >= 1870 && year <= 2200 ? year : undefined;
}

function toImdbId(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed !== undefined && IMDB_ID.test(trimmed) ? trimmed : undefined;
}

// Trakt writes ISO 8601 with a zone. Anything else would be read by Date.parse
// in the process's own time zone, or guessed from loose text.
// The shape is checked here; Date.parse then rejects impossible values.
const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[\d:.]*(?:Z|[+-]\d{2}:?\d{2})$/;

/** Parses an ISO timestamp; `undefined` for a missing or unparsable one. */
export function toTimestampMs(
  value: string | null | undefined,
): number | undefined {
  if (value === null || value === undefined || !ISO_TIMESTAMP.test(value)) {
    return undefined;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Normalises a Trakt movie object into a Film. */
export function toFilm(movie: TraktMovie): Film {
  const ids = movie.ids;
  const traktId = toPositiveInteger(ids?.trakt);
  const imdbId = toImdbId(ids?.imdb);
  const tmdbId = toPositiveInteger(ids?.tmdb);
  const title = toPrintable(movie.title ?? "").trim();
  const year = toYear(movie.year);

  let key: string;
  if (traktId !== undefined) key = `trakt:${traktId}`;
  else if (imdbId !== undefined) key = `imdb:${imdbId}`;
  else if (tmdbId !== undefined) key = `tmdb:${tmdbId}`;
  else key = `title:${title.toLowerCase()}|${year ?? ""}`;

  return { key, traktId, title, year, imdbId, tmdbId };
}

interface MediaFields {
  type?: string | null | undefined;
  movie?: TraktMovie | null | undefined;
  show?: unknown;
  season?: unknown;
  episode?: unknown;
  person?: unknown;
}

/** The item's film, or the reason it has none. */
function filmOf(
  item: MediaFields,
  context: NormalizeContext,
): Film | SkipReason {
  switch (item.type) {
    case "episode":
    case "show":
    case "season":
    case "person":
      return item.type;
    default:
      break;
  }
  if (item.movie) return context.film(item.movie);
  if (item.episode) return "episode";
  if (item.season) return "season";
  if (item.show) return "show";
  if (item.person) return "person";
  return "no film in item";
}

/**
 * Parses each element of `items` with `schema`, maps the valid ones and counts
 * the rest under `source`.
 */
function mapItems<S extends z.ZodType, R>(
  items: readonly unknown[],
  schema: S,
  source: string,
  skips: SkipCounter,
  map: (item: z.infer<S>) => R | SkipReason,
): R[] {
  const results: R[] = [];
  for (const raw of items) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      skips.add(source, "invalid item");
      continue;
    }
    const mapped = map(parsed.data);
    if (typeof mapped === "string") skips.add(source, mapped as SkipReason);
    else results.push(mapped);
  }
  return results;
}

function toAction(value: string | null | undefined): WatchAction {
  return value === "scrobble" || value === "checkin" ? value : "watch";
}

export function toWatchEvents(
  items: readonly unknown[],
  context: NormalizeContext,
): WatchEvent[] {
  return mapItems(items, TraktHistoryItem, "history", context.skips, (item) => {
    const film = filmOf(item, context);
    if (typeof film === "string") return film;
    const watchedAtMs = toViewingMs(item.watched_at);
    return {
      historyId: toPositiveInteger(item.id),
      film,
      watchedAtMs,
      action: toAction(item.action),
    };
  });
}

export function toWatchedSummaries(
  items: readonly unknown[],
  context: NormalizeContext,
): WatchedSummary[] {
  return mapItems(items, TraktWatchedItem, "watched", context.skips, (item) => {
    const film = filmOf(item, context);
    if (typeof film === "string") return film;

    return {
      film,
      plays: toPositiveInteger(item.plays) ?? 1,
      lastWatchedAtMs: toViewingMs(item.last_watched_at),
    };
  });
}

export function toRatings(
  items: readonly unknown[],
  context: NormalizeContext,
): FilmRating[] {
  return mapItems(items, TraktRatingItem, "ratings", context.skips, (item) => {
    const film = filmOf(item, context);
    if (typeof film === "string") return film;
    if (!Number.isInteger(item.rating) || item.rating < 1 || item.rating > 10) {
      return "rating out of range";
    }
    return {
      film,
      rating: item.rating,
      ratedAtMs: toTimestampMs(item.rated_at),
    };
  });
}

export function toListEntries(
  items: readonly unknown[],
  source: string,
  context: NormalizeContext,
): ListEntry[] {
  return mapItems(items, TraktListItem, source, context.skips, (item) => {
    const film = filmOf(item, context);
    if (typeof film === "string") return film;
    const notes = toPrintableMultiline(item.notes ?? "").trim();
    return {
      film,
      rank: toPositiveInteger(item.rank),
      notes: notes === "" ? undefined : notes,
      addedAtMs: toTimestampMs(item.listed_at ?? item.collected_at),
    };
  });
}

export function toComments(
  items: readonly unknown[],
  context: NormalizeContext,
): FilmComment[] {
  return mapItems(
    items,
    TraktCommentItem,
    "comments",
    context.skips,
    (item) => {
      const { comment } = item;
      if ((comment.parent_id ?? 0) !== 0) return "reply to a comment";
      const film = filmOf(item, context);
      if (typeof film === "string") return film;
      const text = toPrintableMultiline(comment.comment ?? "").trim();
      if (text === "") return "empty comment";
      return {
        film,
        commentId: toPositiveInteger(comment.id),
        text,
        isReview: comment.review === true,
        isSpoiler: comment.spoiler === true,
        postedAtMs: toTimestampMs(comment.updated_at ?? comment.created_at),
      };
    },
  );
}

/** List metadata; `undefined` for an entry without a usable id or slug. */
export function toPersonalList(
  raw: unknown,
): Omit<PersonalList, "entries"> | undefined {
  const parsed = TraktList.safeParse(raw);
  if (!parsed.success) return undefined;
  const { ids, name, description } = parsed.data;
  const traktId = toPositiveInteger(ids.trakt);
  const slug = ids.slug?.trim() ?? "";
  if (traktId === undefined && slug === "") return undefined;
  const cleanDescription = toPrintableMultiline(description ?? "").trim();
  return {
    traktId,
    slug,
    name: toPrintable(name ?? "").trim(),
    description: cleanDescription === "" ? undefined : cleanDescription,
  };
}

export function toAccountSettings(raw: unknown): AccountSettings {
  const parsed = TraktUserSettings.safeParse(raw);
  if (!parsed.success) return { username: undefined, timezone: undefined };
  const { user, account } = parsed.data;
  const username = user?.username ?? user?.ids?.slug ?? undefined;
  const timezone = account?.timezone?.trim();
  return {
    username: username === undefined ? undefined : toPrintable(username),
    timezone: timezone === undefined || timezone === "" ? undefined : timezone,
  };
}
