/**
 * Schemas for what Trakt sends, shared by the API client and the data-export
 * reader (the export holds the same JSON as the API). They are lenient where
 * Trakt is: extra keys pass, optional keys may be missing or null.
 */
import { z } from "zod";

const nullableNumber = z.number().nullish();
const nullableString = z.string().nullish();
const timestamp = z.string().nullish();

export const TraktIds = z.looseObject({
  trakt: nullableNumber,
  slug: nullableString,
  imdb: nullableString,
  tmdb: nullableNumber,
});

export const TraktMovie = z.looseObject({
  title: nullableString,
  year: nullableNumber,
  ids: TraktIds.nullish(),
});
export type TraktMovie = z.infer<typeof TraktMovie>;

/** Fields that say which kind of media an item is about. */
const mediaFields = {
  type: nullableString,
  movie: TraktMovie.nullish(),
  show: z.unknown().optional(),
  season: z.unknown().optional(),
  episode: z.unknown().optional(),
  person: z.unknown().optional(),
};

export const TraktHistoryItem = z.looseObject({
  id: nullableNumber,
  watched_at: z.string(),
  action: nullableString,
  ...mediaFields,
});
export type TraktHistoryItem = z.infer<typeof TraktHistoryItem>;

export const TraktWatchedItem = z.looseObject({
  plays: nullableNumber,
  last_watched_at: timestamp,
  ...mediaFields,
});
export type TraktWatchedItem = z.infer<typeof TraktWatchedItem>;

export const TraktRatingItem = z.looseObject({
  rated_at: timestamp,
  rating: z.number(),
  ...mediaFields,
});
export type TraktRatingItem = z.infer<typeof TraktRatingItem>;

/** Watchlist entries, list entries and collection entries share one shape. */
export const TraktListItem = z.looseObject({
  rank: nullableNumber,
  id: nullableNumber,
  listed_at: timestamp,
  collected_at: timestamp,
  notes: nullableString,
  ...mediaFields,
});
export type TraktListItem = z.infer<typeof TraktListItem>;

export const TraktList = z.looseObject({
  name: nullableString,
  description: nullableString,
  ids: z.looseObject({ trakt: nullableNumber, slug: nullableString }),
});
export type TraktList = z.infer<typeof TraktList>;

export const TraktCommentItem = z.looseObject({
  type: nullableString,
  comment: z.looseObject({
    id: nullableNumber,
    parent_id: nullableNumber,
    comment: nullableString,
    spoiler: z.boolean().nullish(),
    review: z.boolean().nullish(),
    created_at: timestamp,
    updated_at: timestamp,
  }),
  movie: TraktMovie.nullish(),
  show: z.unknown().optional(),
  season: z.unknown().optional(),
  episode: z.unknown().optional(),
  list: z.unknown().optional(),
});
export type TraktCommentItem = z.infer<typeof TraktCommentItem>;

export const TraktUserSettings = z.looseObject({
  user: z
    .looseObject({
      username: nullableString,
      ids: z.looseObject({ slug: nullableString }).nullish(),
    })
    .nullish(),
  account: z.looseObject({ timezone: nullableString }).nullish(),
});
export type TraktUserSettings = z.infer<typeof TraktUserSettings>;

export const TraktLastActivities = z.looseObject({
  all: z.string(),
  movies: z.looseObject({ watched_at: timestamp }).nullish(),
});
export type TraktLastActivities = z.infer<typeof TraktLastActivities>;
