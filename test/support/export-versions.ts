/**
 * Two versions of one Trakt account for incremental-export tests: the
 * bundled sample as it was, and the same account a few weeks later with new
 * viewings and a changed rating. Both are written as data-export folders, so
 * the offline path reads them and the sandbox serves them.
 */
import { join } from "node:path";

import { FILMS } from "../../scripts/sample-data.js";
import { readExportDocuments } from "../../src/offline/index.js";

import { SAMPLE_ZIP } from "./paths.js";
import { historyItem, ratingItem, type FilmSpec } from "./trakt-json.js";
import { writeTree } from "./tree.js";

const { darkKnight: DARK_KNIGHT, heat: HEAT, godfather: GODFATHER } = FILMS;
const PAST_LIVES: FilmSpec = {
  trakt: 1200,
  title: "Past Lives",
  year: 2023,
  imdb: "tt13238346",
  tmdb: 666277,
};

/** Viewings logged after the sample was exported (ids above all of its). */
export const NEW_VIEWINGS = [
  historyItem(9_000_000_602, PAST_LIVES, "2025-01-12T19:00:00.000Z"),
  historyItem(9_000_000_601, DARK_KNIGHT, "2025-01-10T20:00:00.000Z"),
  // Logged late, on a day (in Paris) that already has a viewing of Heat.
  historyItem(9_000_000_600, HEAT, "2024-03-10T10:00:00.000Z"),
];

/** The Godfather, rated 10 in the sample, re-rated later. */
export const CHANGED_RATING = ratingItem(
  GODFATHER,
  9,
  "2025-01-05T09:00:00.000Z",
);

function isArrayOfUnknown(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

function isGodfatherRating(item: unknown): boolean {
  return (
    typeof item === "object" &&
    item !== null &&
    "movie" in item &&
    typeof item.movie === "object" &&
    item.movie !== null &&
    "title" in item.movie &&
    "ids" in item.movie &&
    typeof item.movie.ids === "object" &&
    item.movie.ids !== null &&
    "trakt" in item.movie.ids &&
    item.movie.ids.trakt === GODFATHER.trakt
  );
}

/**
 * Writes `before/` (the sample) and `after/` (the sample plus the new
 * viewings and the changed rating) under `root`; returns their paths.
 */
export async function writeExportVersions(
  root: string,
): Promise<{ before: string; after: string }> {
  const { documents } = await readExportDocuments(SAMPLE_ZIP);
  const files: Record<string, unknown> = {};
  for (const document of documents) {
    if (document.content !== undefined) {
      files[document.path] = document.content;
    }
  }
  const before = join(root, "before");
  await writeTree(before, files);

  const history: unknown = files["watched-history-1.json"];
  const ratings: unknown = files["ratings-movies.json"];
  if (!isArrayOfUnknown(history) || !isArrayOfUnknown(ratings)) {
    throw new Error("The sample has no history or ratings file.");
  }
  const after = join(root, "after");
  await writeTree(after, {
    ...files,
    "watched-history-1.json": [...NEW_VIEWINGS, ...history],
    "ratings-movies.json": [
      ...ratings.filter((item) => !isGodfatherRating(item)),
      CHANGED_RATING,
    ],
  });
  return { before, after };
}
