/**
 * The bundled sample: a small but realistic Trakt data export. IMDb and TMDB
 * ids are the films' real ones, so the sample's CSVs import on Letterboxd as
 * they are; Trakt ids are the sample's own.
 */
import {
  commentItem,
  episodeHistoryItem,
  historyItem,
  listItem,
  ratingItem,
  showListItem,
  userSettings,
  type FilmSpec,
} from "../test/support/trakt-json.js";

const film = (
  trakt: number,
  title: string,
  year: number | null,
  imdb: string | null,
  tmdb: number | null,
): FilmSpec => ({ trakt, title, year, imdb, tmdb });

export const FILMS = {
  heat: film(1001, "Heat", 1995, "tt0113277", 949),
  alien: film(1002, "Alien", 1979, "tt0078748", 348),
  matrix: film(1003, "The Matrix", 1999, "tt0133093", 603),
  crouchingTiger: film(
    1004,
    "Crouching Tiger, Hidden Dragon",
    2000,
    "tt0190332",
    146,
  ),
  wallE: film(1005, "WALL·E", 2008, "tt0910970", 10681),
  spiritedAway: film(1006, "千と千尋の神隠し", 2001, "tt0245429", 129),
  amelie: film(
    1007,
    "Le Fabuleux Destin d'Amélie Poulain",
    2001,
    "tt0211915",
    194,
  ),
  darkKnight: film(1008, "The Dark Knight", 2008, "tt0468569", 155),
  inception: film(1009, "Inception", 2010, "tt1375666", 27205),
  pulpFiction: film(1010, "Pulp Fiction", 1994, "tt0110912", 680),
  godfather: film(1011, "The Godfather", 1972, "tt0068646", 238),
  parasite: film(1012, "기생충", 2019, "tt6751668", 496243),
  sevenSamurai: film(1013, "七人の侍", 1954, "tt0047478", 346),
  bladeRunner: film(1014, "Blade Runner", 1982, "tt0083658", 78),
  bladeRunner2049: film(1015, "Blade Runner 2049", 2017, "tt1856101", 335984),
  interstellar: film(1016, "Interstellar", 2014, "tt0816692", 157336),
  madMax: film(1017, "Mad Max: Fury Road", 2015, "tt1392190", 76341),
  arrival: film(1018, "Arrival", 2016, "tt2543164", 329865),
  whiplash: film(1019, "Whiplash", 2014, "tt2582802", 244786),
  pansLabyrinth: film(1020, "El laberinto del fauno", 2006, "tt0457430", 1417),
  cityOfGod: film(1021, "Cidade de Deus", 2002, "tt0317248", 598),
  mononoke: film(1022, "もののけ姫", 1997, "tt0119698", 128),
  leon: film(1023, "Léon: The Professional", 1994, "tt0110413", 101),
  goodfellas: film(1024, "Goodfellas", 1990, "tt0099685", 769),
  shining: film(1025, "The Shining", 1980, "tt0081505", 694),
  everything: film(
    1026,
    "Everything Everywhere All at Once",
    2022,
    "tt6710474",
    545611,
  ),
  dune2021: film(1027, "Dune", 2021, "tt1160419", 438631),
  dune1984: film(1028, "Dune", 1984, "tt0087182", 841),
  oceans2001: film(1029, "Ocean's Eleven", 2001, "tt0240772", 161),
  oceans1960: film(1030, "Ocean's Eleven", 1960, "tt0054135", 299),
  portrait: film(
    1031,
    "Portrait de la jeune fille en feu",
    2019,
    "tt8613070",
    531428,
  ),
  knivesOut: film(1032, "Knives Out", 2019, "tt8946378", 546554),
  budapest: film(1033, "The Grand Budapest Hotel", 2014, "tt2278388", 120467),
  starWars: film(1034, "Star Wars", 1977, "tt0076759", 11),
  jurassicPark: film(1035, "Jurassic Park", 1993, "tt0107290", 329),
  toyStory: film(1036, "Toy Story", 1995, "tt0114709", 862),
  // A festival short known to Trakt only: no IMDb or TMDB id.
  homeMovie: film(1099, "Notre petit film de famille", null, null, null),
};

type Viewing = [FilmSpec, string, ("scrobble" | "checkin" | "watch")?];

const VIEWINGS: Viewing[] = [
  [FILMS.heat, "2023-12-24T21:00:00.000Z", "checkin"],
  [FILMS.alien, "2024-03-10T02:30:00.000Z", "scrobble"],
  [FILMS.heat, "2024-03-09T23:30:00.000Z"],
  [FILMS.matrix, "2019-05-01T19:00:00.000Z"],
  [FILMS.matrix, "2021-07-04T20:15:00.000Z", "scrobble"],
  [FILMS.matrix, "2023-01-15T14:00:00.000Z"],
  [FILMS.matrix, "2023-01-15T20:30:00.000Z", "scrobble"],
  [FILMS.crouchingTiger, "2022-02-01T20:00:00.000Z"],
  [FILMS.wallE, "2022-06-18T09:00:00.000Z"],
  [FILMS.spiritedAway, "2021-12-25T15:00:00.000Z"],
  [FILMS.spiritedAway, "2024-08-03T13:00:00.000Z"],
  [FILMS.amelie, "2020-04-25T18:45:00.000Z"],
  [FILMS.darkKnight, "2018-07-18T21:00:00.000Z"],
  [FILMS.darkKnight, "2024-11-02T22:30:00.000Z", "checkin"],
  [FILMS.inception, "2020-07-16T20:00:00.000Z"],
  [FILMS.pulpFiction, "2019-10-14T22:10:00.000Z"],
  [FILMS.godfather, "2021-03-24T19:00:00.000Z"],
  [FILMS.parasite, "2020-02-09T20:00:00.000Z"],
  [FILMS.sevenSamurai, "2022-11-20T14:00:00.000Z"],
  [FILMS.bladeRunner, "2017-10-01T20:00:00.000Z"],
  [FILMS.bladeRunner2049, "2017-10-06T19:30:00.000Z", "checkin"],
  [FILMS.bladeRunner, "2023-06-25T21:00:00.000Z"],
  [FILMS.interstellar, "2014-11-07T20:00:00.000Z"],
  [FILMS.interstellar, "2020-11-07T20:00:00.000Z"],
  [FILMS.madMax, "2015-05-15T20:00:00.000Z"],
  [FILMS.arrival, "2016-11-11T19:00:00.000Z"],
  [FILMS.whiplash, "2015-01-10T21:00:00.000Z"],
  [FILMS.pansLabyrinth, "2019-10-31T22:00:00.000Z"],
  [FILMS.cityOfGod, "2021-05-05T20:00:00.000Z"],
  [FILMS.mononoke, "2022-07-12T10:00:00.000Z"],
  [FILMS.leon, "2018-02-14T21:30:00.000Z"],
  [FILMS.goodfellas, "2019-09-19T21:00:00.000Z"],
  [FILMS.shining, "2020-10-31T23:45:00.000Z"],
  [FILMS.everything, "2022-04-08T20:00:00.000Z", "checkin"],
  [FILMS.everything, "2023-03-12T19:00:00.000Z"],
  [FILMS.dune2021, "2021-10-22T19:00:00.000Z"],
  [FILMS.dune1984, "2021-10-17T19:00:00.000Z"],
  [FILMS.oceans2001, "2019-12-20T20:00:00.000Z"],
  [FILMS.oceans1960, "2020-01-03T20:00:00.000Z"],
  [FILMS.portrait, "2020-03-01T20:00:00.000Z"],
  [FILMS.homeMovie, "2024-05-01T18:00:00.000Z"],
];

const HISTORY_ID_BASE = 9_000_000_000;

/** Every history entry, newest first as Trakt sorts them, with TV mixed in. */
function allHistory(): Record<string, unknown>[] {
  const movies = VIEWINGS.map(([spec, at, action], index) =>
    historyItem(HISTORY_ID_BASE + index + 1, spec, at, action ?? "watch"),
  );
  const episodes = [1, 2, 3, 4].map((episode) =>
    episodeHistoryItem(
      HISTORY_ID_BASE + 500 + episode,
      "Breaking Bad",
      1,
      episode,
      `2023-02-0${episode}T21:00:00.000Z`,
    ),
  );
  return [...movies, ...episodes].sort((a, b) =>
    String(b.watched_at).localeCompare(String(a.watched_at)),
  );
}

/** File name → JSON content of the sample export. */
export function sampleExportFiles(): Record<string, unknown> {
  const history = allHistory();
  const half = Math.ceil(history.length / 2);
  // The last entry of part 1 appears again in part 2: it must count once.
  const part2 = [history[half - 1], ...history.slice(half)];

  return {
    "watched-history-1.json": history.slice(0, half),
    "watched-history-2.json": part2,
    "ratings-movies.json": [
      ratingItem(FILMS.heat, 8, "2024-06-01T10:00:00.000Z"),
      ratingItem(FILMS.matrix, 9, "2019-05-02T08:00:00.000Z"),
      ratingItem(FILMS.spiritedAway, 10, "2021-12-26T09:00:00.000Z"),
      ratingItem(FILMS.darkKnight, 9, "2018-07-19T09:00:00.000Z"),
      ratingItem(FILMS.parasite, 9, "2020-02-10T09:00:00.000Z"),
      ratingItem(FILMS.bladeRunner, 8, "2023-06-26T09:00:00.000Z"),
      ratingItem(FILMS.interstellar, 7, "2014-11-08T09:00:00.000Z"),
      ratingItem(FILMS.amelie, 8, "2020-04-26T09:00:00.000Z"),
      ratingItem(FILMS.dune1984, 5, "2021-10-18T09:00:00.000Z"),
      ratingItem(FILMS.dune2021, 8, "2021-10-23T09:00:00.000Z"),
      ratingItem(FILMS.homeMovie, 6, "2024-05-02T09:00:00.000Z"),
      ratingItem(FILMS.godfather, 10, "2021-03-25T09:00:00.000Z"),
      // Rated but never logged as watched: one undated row each.
      ratingItem(FILMS.starWars, 9, "2015-05-04T09:00:00.000Z"),
      ratingItem(FILMS.jurassicPark, 7, "2016-06-11T09:00:00.000Z"),
    ],
    "ratings-episodes.json": [
      {
        rated_at: "2023-02-05T09:00:00.000Z",
        rating: 9,
        type: "episode",
        episode: { season: 1, number: 1 },
      },
    ],
    "comments-movies.json": [
      commentItem(
        501,
        FILMS.heat,
        'Mann\'s "Heat": the diner scene, the LA nights, that ending.\nBest heist film, full stop.',
        {
          review: true,
          at: "2024-06-01T10:05:00.000Z",
        },
      ),
      commentItem(502, FILMS.heat, "Rewatch soon.", {
        review: false,
        at: "2024-07-01T10:05:00.000Z",
      }),
      commentItem(
        503,
        FILMS.matrix,
        'Still holds up, 24 years on — the lobby, the rooftop, the "spoon".',
        {
          review: false,
          at: "2023-01-16T10:00:00.000Z",
        },
      ),
      commentItem(
        504,
        FILMS.parasite,
        "Bong Joon-ho, at his sharpest.\n\nThe staircase says it all.",
        {
          review: true,
          at: "2020-02-10T10:00:00.000Z",
          spoiler: true,
        },
      ),
      commentItem(505, FILMS.matrix, "Agreed!", {
        review: false,
        at: "2023-01-17T10:00:00.000Z",
        parentId: 9999,
      }),
    ],
    "lists-watchlist.json": [
      listItem(3, FILMS.knivesOut, "2024-01-05T10:00:00.000Z"),
      listItem(
        1,
        FILMS.budapest,
        "2024-01-02T10:00:00.000Z",
        "Recommended by Léa",
      ),
      listItem(2, FILMS.toyStory, "2024-01-03T10:00:00.000Z"),
      showListItem(4, "The Wire", "2024-01-06T10:00:00.000Z"),
    ],
    "lists-lists.json": [
      {
        name: "Sci-fi, essentials",
        description: "The ones to show a friend first.",
        privacy: "private",
        item_count: 5,
        sort_by: "rank",
        sort_how: "asc",
        created_at: "2023-01-01T12:00:00.000Z",
        updated_at: "2024-01-01T12:00:00.000Z",
        ids: { trakt: 4821, slug: "sci-fi-essentials" },
      },
    ],
    "lists-list-4821-sci-fi-essentials.json": [
      listItem(
        2,
        FILMS.bladeRunner,
        "2023-01-01T12:00:00.000Z",
        'The "final cut", please.',
      ),
      listItem(1, FILMS.alien, "2023-01-01T12:00:00.000Z"),
      listItem(
        3,
        FILMS.arrival,
        "2023-01-01T12:00:00.000Z",
        "Watch it twice,\nthen once more.",
      ),
      listItem(4, FILMS.interstellar, "2023-01-01T12:00:00.000Z"),
      showListItem(5, "Battlestar Galactica", "2023-01-01T12:00:00.000Z"),
    ],
    "collection-movies.json": [
      {
        collected_at: "2020-12-24T10:00:00.000Z",
        updated_at: "2020-12-24T10:00:00.000Z",
        movie: {
          title: "Heat",
          year: 1995,
          ids: { trakt: 1001, slug: "heat-1995", imdb: "tt0113277", tmdb: 949 },
        },
      },
      {
        collected_at: "2019-06-01T10:00:00.000Z",
        updated_at: "2019-06-01T10:00:00.000Z",
        movie: {
          title: "The Matrix",
          year: 1999,
          ids: {
            trakt: 1003,
            slug: "the-matrix-1999",
            imdb: "tt0133093",
            tmdb: 603,
          },
        },
      },
    ],
    "watched-shows.json": [
      {
        plays: 4,
        last_watched_at: "2023-02-04T21:00:00.000Z",
        show: { title: "Breaking Bad", year: 2008, ids: { trakt: 1388 } },
      },
    ],
    "user-settings.json": userSettings("Europe/Paris"),
    "user-profile.json": { username: "sample-user", private: true },
  };
}
