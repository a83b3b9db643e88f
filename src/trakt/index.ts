export type * from "./library.js";
export {
  NormalizeContext,
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
