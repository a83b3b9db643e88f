import {
  NormalizeContext,
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
  const context = new NormalizeContext();
  return {
    history:
      json.history === undefined
        ? undefined
        : toWatchEvents(json.history, context),
    watchedSummaries:
      json.watched === undefined
        ? undefined
        : toWatchedSummaries(json.watched, context),
    ratings: toRatings(json.ratings ?? [], context),
    comments: toComments(json.comments ?? [], context),
    watchlist:
      json.watchlist === undefined
        ? undefined
        : toListEntries(json.watchlist, "watchlist", context),
    lists: [],
    collection: undefined,
    account: { username: undefined, timezone: undefined },
    skipped: context.skips.list(),
  };
}
