/**
 * Exports whose CSV output is pinned byte for byte in test/golden/<name>/.
 * `npm run golden` rewrites those files; review its diff like code.
 */
import { sampleExportFiles } from "../scripts/sample-data.js";

import {
  historyItem,
  listItem,
  ratingItem,
  userSettings,
} from "./support/trakt-json.js";
import {
  ALIEN,
  AMELIE,
  CROUCHING_TIGER,
  HEAT,
  MATRIX,
  NO_IMDB,
  SPIRITED_AWAY,
  WALL_E,
} from "./support/films.js";

export interface GoldenCase {
  name: string;
  /** Files of the input export, written as a folder. */
  files: Record<string, unknown>;
  args: string[];
}

const LATE_NIGHT = {
  "watched-history.json": [
    historyItem(1, HEAT, "2024-03-09T23:30:00.000Z"),
    historyItem(2, ALIEN, "2024-03-10T02:30:00.000Z"),
  ],
};

const RULES = {
  "watched-history.json": [
    historyItem(10, HEAT, "2023-12-24T21:00:00.000Z", "checkin"),
    historyItem(11, MATRIX, "2019-05-01T19:00:00.000Z"),
    historyItem(12, MATRIX, "2021-07-04T20:00:00.000Z", "scrobble"),
    historyItem(13, MATRIX, "2023-01-15T14:00:00.000Z"),
    historyItem(14, MATRIX, "2023-01-15T20:00:00.000Z"),
    historyItem(15, CROUCHING_TIGER, "2022-02-01T20:00:00.000Z"),
    historyItem(16, WALL_E, "2022-06-18T09:00:00.000Z"),
    historyItem(17, SPIRITED_AWAY, "2021-12-25T15:00:00.000Z"),
    historyItem(18, AMELIE, "2020-04-25T18:45:00.000Z"),
  ],
  "ratings-movies.json": [
    ratingItem(NO_IMDB, 6, "2024-02-01T10:00:00.000Z"),
    ratingItem(HEAT, 8, "2024-06-01T10:00:00.000Z"),
    ratingItem(MATRIX, 9, "2019-05-02T10:00:00.000Z"),
  ],
  "lists-watchlist.json": [
    listItem(2, CROUCHING_TIGER, "2020-01-02T10:00:00.000Z"),
    listItem(1, NO_IMDB, "2020-01-01T10:00:00.000Z"),
  ],
  "user-settings.json": userSettings("Asia/Tokyo"),
};

export const GOLDEN_CASES: GoldenCase[] = [
  { name: "sample", files: sampleExportFiles(), args: [] },
  {
    name: "sample-aggregated-all",
    files: sampleExportFiles(),
    args: [
      "--history-mode",
      "aggregated",
      "--export",
      "all",
      "--timezone",
      "America/Los_Angeles",
    ],
  },
  {
    name: "sample-split",
    files: sampleExportFiles(),
    args: ["--max-rows", "15"],
  },
  { name: "rules-utc", files: RULES, args: ["--timezone", "UTC"] },
  {
    name: "late-night-paris",
    files: LATE_NIGHT,
    args: ["--timezone", "Europe/Paris"],
  },
  {
    name: "late-night-los-angeles",
    files: LATE_NIGHT,
    args: ["--timezone", "America/Los_Angeles"],
  },
  { name: "late-night-utc", files: LATE_NIGHT, args: ["--timezone", "UTC"] },
];
