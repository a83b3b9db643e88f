/**
 * Builders for Trakt JSON as it appears in a data export, used by the sample
 * export, the benchmarks and the tests. Only the fields the tool reads (and a
 * few it must ignore) are filled in.
 */

export interface FilmSpec {
  trakt: number | null;
  title: string;
  year: number | null;
  imdb: string | null;
  tmdb: number | null;
}

export function movieJson(film: FilmSpec): Record<string, unknown> {
  const slug = film.title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return {
    title: film.title,
    year: film.year,
    ids: {
      trakt: film.trakt,
      slug: `${slug}-${film.year ?? ""}`,
      imdb: film.imdb,
      tmdb: film.tmdb,
    },
  };
}

export function historyItem(
  id: number,
  film: FilmSpec,
  watchedAt: string,
  action: "scrobble" | "checkin" | "watch" = "watch",
): Record<string, unknown> {
  return {
    id,
    watched_at: watchedAt,
    action,
    type: "movie",
    movie: movieJson(film),
  };
}

export function episodeHistoryItem(
  id: number,
  show: string,
  season: number,
  episode: number,
  watchedAt: string,
): Record<string, unknown> {
  return {
    id,
    watched_at: watchedAt,
    action: "watch",
    type: "episode",
    episode: {
      season,
      number: episode,
      title: `Episode ${episode}`,
      ids: { trakt: id % 1_000_000 },
    },
    show: {
      title: show,
      year: 2008,
      ids: { trakt: 1388, slug: show.toLowerCase().replace(/\W+/g, "-") },
    },
  };
}

export function ratingItem(
  film: FilmSpec,
  rating: number,
  ratedAt: string,
): Record<string, unknown> {
  return { rated_at: ratedAt, rating, type: "movie", movie: movieJson(film) };
}

export function listItem(
  rank: number,
  film: FilmSpec,
  listedAt: string,
  notes: string | null = null,
): Record<string, unknown> {
  return {
    rank,
    id: 700000 + rank,
    listed_at: listedAt,
    notes,
    type: "movie",
    movie: movieJson(film),
  };
}

export function showListItem(
  rank: number,
  title: string,
  listedAt: string,
): Record<string, unknown> {
  return {
    rank,
    id: 710000 + rank,
    listed_at: listedAt,
    notes: null,
    type: "show",
    show: {
      title,
      year: 2008,
      ids: { trakt: 1388, slug: title.toLowerCase().replace(/\W+/g, "-") },
    },
  };
}

export function commentItem(
  id: number,
  film: FilmSpec,
  text: string,
  options: {
    review: boolean;
    at: string;
    parentId?: number;
    spoiler?: boolean;
  },
): Record<string, unknown> {
  return {
    type: "movie",
    comment: {
      id,
      parent_id: options.parentId ?? 0,
      created_at: options.at,
      updated_at: options.at,
      comment: text,
      spoiler: options.spoiler ?? false,
      review: options.review,
      replies: 0,
      likes: 0,
      language: "en",
    },
    movie: movieJson(film),
  };
}

export function userSettings(
  timezone: string | null,
  username = "sample-user",
): Record<string, unknown> {
  return {
    user: { username, private: true, ids: { slug: username } },
    account: { timezone, date_format: "dmy", time_24hr: true },
    browsing: { locale: "en" },
  };
}
