import {
  SkipCounter,
  toComments,
  toListEntries,
  toRatings,
  toWatchEvents,
  toWatchedSummaries,
  type TraktLibrary,
} from "../../src/trakt/index.js";

export interface LibraryJson {
  history?: unknown[];
  watched?: unknown[];
  ratings?: unknown[];
  comments?: unknown[];
  watchlist?: unknown[];
}

/** A library built from raw Trakt JSON through the real normalisers. */
export function libraryFromJson(json: LibraryJson): TraktLibrary {
  const skips = new SkipCounter();
  return {
    history:
      json.history === undefined
        ? undefined
        : toWatchEvents(json.history, skips),
    watchedSummaries:
      json.watched === undefined
        ? undefined
        : toWatchedSummaries(json.watched, skips),
    ratings: toRatings(json.ratings ?? [], skips),
    comments: toComments(json.comments ?? [], skips),
    watchlist:
      json.watchlist === undefined
        ? undefined
        : toListEntries(json.watchlist, "watchlist", skips),
    lists: [],
    collection: undefined,
    account: { username: undefined, timezone: undefined },
    skipped: skips.list(),
  };
}
