export type * from "./library.js";
export {
  SkipCounter,
  toAccountSettings,
  toComments,
  toFilm,
  toListEntries,
  toPersonalList,
  toRatings,
  toTimestampMs,
  toWatchEvents,
  toWatchedSummaries,
} from "./normalize.js";
export * from "./schemas.js";
