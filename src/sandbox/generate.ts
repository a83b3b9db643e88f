/**
 * Deterministic, invented Trakt data of any size, for tests, the demo and
 * benchmarks. Titles and ids are fictional; the shapes are the export's.
 */
import type { SandboxData, TraktJsonObject } from "./types.js";

export interface GeneratedDataSizes {
  /** Movie plays in the history, newest first. Default 0. */
  historyMovies?: number;
  /** Episode plays mixed into the history. Default 0. */
  historyEpisodes?: number;
  ratings?: number;
  watchlist?: number;
  lists?: number;
  itemsPerList?: number;
  comments?: number;
}

// Invented ids start here so they never look like a real film's.
const FIRST_MOVIE_ID = 900_000;
const FIRST_HISTORY_ID = 9_000_000_000_000;
const START_MS = Date.parse("2025-06-01T20:00:00.000Z");
const HOUR_MS = 60 * 60 * 1000;

function movie(index: number): TraktJsonObject {
  const traktId = FIRST_MOVIE_ID + index;
  return {
    title: `Sandbox Film ${index}`,
    year: 1950 + (index % 75),
    ids: {
      trakt: traktId,
      slug: `sandbox-film-${index}`,
      imdb: `tt${String(9_900_000 + index)}`,
      tmdb: 9_900_000 + index,
    },
  };
}

function isoHoursBefore(hours: number): string {
  return new Date(START_MS - hours * HOUR_MS).toISOString();
}

function historyItems(movies: number, episodes: number): TraktJsonObject[] {
  const items: TraktJsonObject[] = [];
  const total = movies + episodes;
  let movieIndex = 0;
  for (let index = 0; index < total; index += 1) {
    // Spread episodes evenly between the movie plays.
    const isEpisode = episodes > 0 && index % Math.ceil(total / episodes) === 1;
    const common = {
      id: FIRST_HISTORY_ID + total - index,
      watched_at: isoHoursBefore(index * 7),
      action: index % 3 === 0 ? "scrobble" : "watch",
    };
    if (isEpisode || movieIndex >= movies) {
      items.push({
        ...common,
        type: "episode",
        episode: { season: 1, number: index, ids: { trakt: 800_000 + index } },
        show: { title: "Sandbox Show", year: 2020, ids: { trakt: 700_001 } },
      });
    } else {
      items.push({ ...common, type: "movie", movie: movie(movieIndex % 5000) });
      movieIndex += 1;
    }
  }
  return items;
}

function listed(count: number, offset: number): TraktJsonObject[] {
  return Array.from({ length: count }, (_, index) => ({
    rank: index + 1,
    id: 5_000_000 + offset + index,
    listed_at: isoHoursBefore(offset + index),
    notes: null,
    type: "movie",
    movie: movie(offset + index),
  }));
}

/** Builds SandboxData with the given number of items of each kind. */
export function generateSandboxData(sizes: GeneratedDataSizes): SandboxData {
  const listCount = sizes.lists ?? 0;
  const itemsPerList = sizes.itemsPerList ?? 0;
  const lists = Array.from({ length: listCount }, (_, index) => ({
    name: `Sandbox List ${index + 1}`,
    description: null,
    privacy: "private",
    item_count: itemsPerList,
    sort_by: "rank",
    sort_how: "asc",
    ids: { trakt: 600_000 + index, slug: `sandbox-list-${index + 1}` },
  }));
  const listItems = Object.fromEntries(
    lists.map((list, index) => [
      String(list.ids.trakt),
      listed(itemsPerList, 10_000 * (index + 1)),
    ]),
  );

  return {
    history: historyItems(sizes.historyMovies ?? 0, sizes.historyEpisodes ?? 0),
    watchedMovies: [],
    watchedShows: [],
    ratings: Array.from({ length: sizes.ratings ?? 0 }, (_, index) => ({
      rated_at: isoHoursBefore(index),
      rating: (index % 10) + 1,
      type: "movie",
      movie: movie(index),
    })),
    watchlist: listed(sizes.watchlist ?? 0, 50_000),
    collection: [],
    lists,
    listItems,
    comments: Array.from({ length: sizes.comments ?? 0 }, (_, index) => ({
      type: "movie",
      comment: {
        id: 4_000_000 + index,
        parent_id: 0,
        created_at: isoHoursBefore(index),
        updated_at: isoHoursBefore(index),
        comment: `An invented review number ${index}, long enough to count.`,
        spoiler: false,
        review: index % 2 === 0,
      },
      movie: movie(index),
    })),
    settings: {
      user: {
        username: "sandbox-user",
        private: false,
        ids: { slug: "sandbox-user" },
      },
      account: {
        timezone: "Europe/Lisbon",
        date_format: "dmy",
        time_24hr: true,
      },
    },
    lastActivities: {
      all: new Date(START_MS).toISOString(),
      movies: { watched_at: new Date(START_MS).toISOString() },
    },
  };
}
