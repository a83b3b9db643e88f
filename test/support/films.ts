import type { FilmSpec } from "./trakt-json.js";

// Real films with their real IMDb and TMDB ids; the Trakt ids are the tests'.
export const HEAT: FilmSpec = {
  trakt: 1,
  title: "Heat",
  year: 1995,
  imdb: "tt0113277",
  tmdb: 949,
};
export const ALIEN: FilmSpec = {
  trakt: 2,
  title: "Alien",
  year: 1979,
  imdb: "tt0078748",
  tmdb: 348,
};
export const MATRIX: FilmSpec = {
  trakt: 3,
  title: "The Matrix",
  year: 1999,
  imdb: "tt0133093",
  tmdb: 603,
};
export const CROUCHING_TIGER: FilmSpec = {
  trakt: 4,
  title: "Crouching Tiger, Hidden Dragon",
  year: 2000,
  imdb: "tt0190332",
  tmdb: 146,
};
/** A made-up film that Trakt knows without an IMDb id. */
export const NO_IMDB: FilmSpec = {
  trakt: 5,
  title: "Unlisted Festival Short",
  year: 2021,
  imdb: null,
  tmdb: 900001,
};
export const WALL_E: FilmSpec = {
  trakt: 6,
  title: "WALL·E",
  year: 2008,
  imdb: "tt0910970",
  tmdb: 10681,
};
export const SPIRITED_AWAY: FilmSpec = {
  trakt: 7,
  title: "千と千尋の神隠し",
  year: 2001,
  imdb: "tt0245429",
  tmdb: 129,
};
export const AMELIE: FilmSpec = {
  trakt: 8,
  title: "Le Fabuleux Destin d'Amélie Poulain",
  year: 2001,
  imdb: "tt0211915",
  tmdb: 194,
};
