import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  libraryFromJson,
  type LibraryJson,
} from "../../test/support/library.js";
import {
  commentItem,
  historyItem,
  ratingItem,
  type FilmSpec,
} from "../../test/support/trakt-json.js";
import { ALIEN, HEAT, MATRIX, NO_IMDB } from "../../test/support/films.js";
import { createTranslator } from "../i18n/index.js";

import { buildDiaryRows, type DiaryOptions } from "./diary.js";
import type { DiaryRow } from "./rows.js";

const UTC: DiaryOptions = {
  timeZone: "UTC",
  historyMode: "individual",
  sinceDate: undefined,
};

function rows(
  json: LibraryJson,
  options: Partial<DiaryOptions> = {},
): DiaryRow[] {
  return buildDiaryRows(libraryFromJson(json), { ...UTC, ...options }).rows;
}

function row(film: FilmSpec, fields: Partial<DiaryRow>): DiaryRow {
  return {
    title: film.title,
    year: film.year ?? undefined,
    imdbId: film.imdb ?? undefined,
    tmdbId: film.tmdb ?? undefined,
    watchedDate: undefined,
    rating10: undefined,
    rewatch: undefined,
    review: undefined,
    ...fields,
  };
}

describe("buildDiaryRows", () => {
  it("gives a rated film without an IMDb id and no viewing one undated row", () => {
    const result = rows({
      history: [],
      ratings: [ratingItem(NO_IMDB, 6, "2024-01-01T10:00:00Z")],
    });
    assert.deepEqual(result, [row(NO_IMDB, { rating10: 6 })]);
  });

  it("puts the rating on the viewing row and never uses the rating date", () => {
    const result = rows({
      history: [historyItem(1, HEAT, "2023-12-24T21:00:00Z")],
      ratings: [ratingItem(HEAT, 8, "2024-06-01T10:00:00Z")],
    });
    assert.deepEqual(result, [
      row(HEAT, { watchedDate: "2023-12-24", rating10: 8, rewatch: false }),
    ]);
  });

  const lateNight = {
    history: [
      historyItem(1, HEAT, "2024-03-09T23:30:00Z"),
      historyItem(2, ALIEN, "2024-03-10T02:30:00Z"),
    ],
  };
  const zoneCases: [string, string, string][] = [
    ["Europe/Paris", "2024-03-10", "2024-03-10"],
    ["America/Los_Angeles", "2024-03-09", "2024-03-09"],
    ["UTC", "2024-03-09", "2024-03-10"],
  ];
  for (const [timeZone, heatDate, alienDate] of zoneCases) {
    it(`dates viewings by the local calendar day in ${timeZone}`, () => {
      const dates = rows(lateNight, { timeZone }).map((r) => [
        r.title,
        r.watchedDate,
      ]);
      assert.deepEqual(
        new Map(dates as [string, string][]),
        new Map([
          ["Heat", heatDate],
          ["Alien", alienDate],
        ]),
      );
    });
  }

  it("handles a daylight-saving change between two viewings", () => {
    // Paris moved to summer time at 01:00 UTC on 2024-03-31.
    const result = rows(
      {
        history: [
          historyItem(1, HEAT, "2024-03-30T22:59:00Z"),
          historyItem(2, ALIEN, "2024-03-31T22:30:00Z"),
        ],
      },
      { timeZone: "Europe/Paris" },
    );
    assert.deepEqual(
      result.map((r) => r.watchedDate),
      ["2024-03-30", "2024-04-01"],
    );
  });

  it("marks rewatches, merges same-day viewings and rates only the latest row", () => {
    const result = buildDiaryRows(
      libraryFromJson({
        history: [
          historyItem(1, MATRIX, "2019-05-01T19:00:00Z"),
          historyItem(2, MATRIX, "2021-07-04T20:00:00Z", "checkin"),
          historyItem(3, MATRIX, "2023-01-15T14:00:00Z", "scrobble"),
          historyItem(4, MATRIX, "2023-01-15T20:00:00Z"),
        ],
        ratings: [ratingItem(MATRIX, 9, "2019-05-02T10:00:00Z")],
      }),
      UTC,
    );
    assert.deepEqual(result.rows, [
      row(MATRIX, { watchedDate: "2019-05-01", rewatch: false }),
      row(MATRIX, { watchedDate: "2021-07-04", rewatch: true }),
      row(MATRIX, { watchedDate: "2023-01-15", rewatch: true, rating10: 9 }),
    ]);
    assert.equal(result.stats.sameDayMerged, 1);
  });

  it("tells remakes apart by Trakt id, not by title", () => {
    const original: FilmSpec = {
      trakt: 10,
      title: "Dune",
      year: 1984,
      imdb: null,
      tmdb: null,
    };
    const remake: FilmSpec = {
      trakt: 11,
      title: "Dune",
      year: 2021,
      imdb: null,
      tmdb: null,
    };
    const result = rows({
      history: [
        historyItem(1, original, "2021-10-17T19:00:00Z"),
        historyItem(2, remake, "2021-10-22T19:00:00Z"),
      ],
    });
    assert.deepEqual(
      result.map((r) => [r.year, r.rewatch]),
      [
        [1984, false],
        [2021, false],
      ],
    );
  });

  it("keeps films without an IMDb id apart from each other", () => {
    const first: FilmSpec = {
      trakt: 20,
      title: "A",
      year: 2020,
      imdb: null,
      tmdb: 1,
    };
    const second: FilmSpec = {
      trakt: 21,
      title: "B",
      year: 2020,
      imdb: null,
      tmdb: 2,
    };
    const result = rows({
      history: [
        historyItem(1, first, "2022-01-01T12:00:00Z"),
        historyItem(2, second, "2022-01-02T12:00:00Z"),
      ],
    });
    assert.deepEqual(
      result.map((r) => r.rewatch),
      [false, false],
    );
  });

  it("puts the newest review on the rating row, preferring a review to a comment", () => {
    const result = rows({
      history: [
        historyItem(1, HEAT, "2020-01-01T20:00:00Z"),
        historyItem(2, HEAT, "2021-01-01T20:00:00Z"),
      ],
      ratings: [ratingItem(HEAT, 8, "2021-01-02T10:00:00Z")],
      comments: [
        commentItem(1, HEAT, "Old review", {
          review: true,
          at: "2020-01-02T10:00:00Z",
        }),
        commentItem(2, HEAT, "New review", {
          review: true,
          at: "2021-01-02T10:00:00Z",
        }),
        commentItem(3, HEAT, "Newest short comment", {
          review: false,
          at: "2022-01-02T10:00:00Z",
        }),
        commentItem(4, HEAT, "A reply", {
          review: true,
          at: "2023-01-02T10:00:00Z",
          parentId: 1,
        }),
      ],
    });
    assert.deepEqual(
      result.map((r) => [r.watchedDate, r.rating10, r.review]),
      [
        ["2020-01-01", undefined, undefined],
        ["2021-01-01", 8, "New review"],
      ],
    );
  });

  it("writes one row per film in aggregated mode, dated by the latest viewing", () => {
    const result = rows(
      {
        history: [
          historyItem(1, MATRIX, "2019-05-01T19:00:00Z"),
          historyItem(2, MATRIX, "2023-01-15T14:00:00Z"),
          historyItem(3, HEAT, "2020-02-02T20:00:00Z"),
        ],
        ratings: [ratingItem(MATRIX, 9, "2019-05-02T10:00:00Z")],
      },
      { historyMode: "aggregated" },
    );
    assert.deepEqual(result, [
      row(HEAT, { watchedDate: "2020-02-02", rewatch: false }),
      row(MATRIX, { watchedDate: "2023-01-15", rewatch: true, rating10: 9 }),
    ]);
  });

  it("falls back to the watched summary with a warning when there is no history", () => {
    const result = buildDiaryRows(
      libraryFromJson({
        watched: [
          {
            plays: 3,
            last_watched_at: "2023-01-15T14:00:00Z",
            movie: {
              ...MATRIX,
              ids: { trakt: 3, imdb: "tt0133093", tmdb: 603 },
            },
          },
        ],
      }),
      UTC,
    );
    assert.deepEqual(result.rows, [
      row(MATRIX, { watchedDate: "2023-01-15", rewatch: true }),
    ]);
    assert.equal(result.stats.basis, "watched summary");
    assert.match(result.warnings.join("\n"), /earlier viewings are unknown/);
  });

  it("words the watched-summary warnings in French and German", () => {
    const result = buildDiaryRows(
      libraryFromJson({
        history: [historyItem(1, HEAT, "2020-02-02T20:00:00Z")],
        watched: [
          {
            plays: 1,
            last_watched_at: "2023-01-15T14:00:00Z",
            movie: {
              ...MATRIX,
              ids: { trakt: 3, imdb: "tt0133093", tmdb: 603 },
            },
          },
        ],
      }),
      UTC,
    );
    const [warning] = result.warnings;
    assert.ok(warning !== undefined);

    assert.equal(
      warning.english,
      "1 films are in watched-movies but not in the history; each got one row for its last viewing.",
    );
    assert.equal(
      createTranslator("fr").t(warning.key, warning.params),
      "1 film figure dans watched-movies mais pas dans l'historique ; il a reçu une ligne pour son dernier visionnage.",
    );
    assert.equal(
      createTranslator("de").t(warning.key, warning.params),
      "1 Film steht in watched-movies, aber nicht im Verlauf; er erhielt eine Zeile für seine letzte Sichtung.",
    );
  });

  it("writes only viewings since the cut-off but flags rewatches from the whole history", () => {
    const result = buildDiaryRows(
      libraryFromJson({
        history: [
          historyItem(1, MATRIX, "2019-05-01T19:00:00Z"),
          historyItem(2, MATRIX, "2024-02-01T19:00:00Z"),
          historyItem(3, HEAT, "2019-06-01T19:00:00Z"),
        ],
        ratings: [
          ratingItem(HEAT, 7, "2024-03-01T10:00:00Z"),
          ratingItem(ALIEN, 8, "2018-03-01T10:00:00Z"),
        ],
      }),
      { ...UTC, sinceDate: "2024-01-01" },
    );
    assert.deepEqual(result.rows, [
      row(MATRIX, { watchedDate: "2024-02-01", rewatch: true }),
      // Heat's viewing is older than the cut-off but its rating is new.
      row(HEAT, { rating10: 7 }),
    ]);
    assert.equal(result.stats.rowsBeforeSince, 2);
  });

  it("gives a film whose only viewing has no plausible date an undated row", () => {
    const result = rows({
      history: [historyItem(1, HEAT, "1970-01-01T00:00:00Z")],
      ratings: [ratingItem(HEAT, 8, "2024-06-01T10:00:00Z")],
    });
    assert.deepEqual(result, [row(HEAT, { rating10: 8 })]);
  });

  it("treats loose or impossible viewing dates as unknown", () => {
    const result = buildDiaryRows(
      libraryFromJson({
        history: [
          historyItem(1, HEAT, "12"),
          historyItem(2, HEAT, "2020-01-01 23:30"),
          historyItem(3, HEAT, "+275760-09-13T00:00:00.000Z"),
          historyItem(4, HEAT, "2099-01-01T00:00:00Z"),
        ],
      }),
      { ...UTC, notAfterMs: Date.UTC(2026, 0, 1) },
    );
    assert.deepEqual(result.rows, [row(HEAT, {})]);
    assert.equal(result.stats.undatedViewings, 4);
  });

  it("never writes 0, NaN or a made-up id for missing values", () => {
    const bare: FilmSpec = {
      trakt: 30,
      title: "Bare",
      year: 0,
      imdb: "ttnull",
      tmdb: 0,
    };
    const [only] = rows({
      history: [historyItem(1, bare, "2022-01-01T12:00:00Z")],
    });
    assert.deepEqual(only, {
      ...row(bare, { watchedDate: "2022-01-01", rewatch: false }),
      year: undefined,
      imdbId: undefined,
      tmdbId: undefined,
    });
  });
});
