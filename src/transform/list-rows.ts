import type { ListEntry, PersonalList } from "../trakt/index.js";

import { toLetterboxdReview } from "./review-text.js";
import type { ListRow } from "./rows.js";

/**
 * Rows for a watchlist, list or collection file: each film once, in Trakt's
 * rank order (entries without a rank keep their order, after ranked ones).
 */
export function buildListRows(
  entries: readonly ListEntry[],
  withNotes: boolean,
): ListRow[] {
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        (a.entry.rank ?? Number.MAX_SAFE_INTEGER) -
          (b.entry.rank ?? Number.MAX_SAFE_INTEGER) || a.index - b.index,
    );

  const seen = new Set<string>();
  const rows: ListRow[] = [];
  for (const { entry } of ordered) {
    if (seen.has(entry.film.key)) continue;
    seen.add(entry.film.key);
    const { film } = entry;
    rows.push({
      title: film.title,
      year: film.year,
      imdbId: film.imdbId,
      tmdbId: film.tmdbId,
      review:
        withNotes && entry.notes !== undefined
          ? toLetterboxdReview(entry.notes)
          : undefined,
    });
  }
  return rows;
}

/** Collection entries have no rank: oldest addition first. */
export function buildCollectionRows(entries: readonly ListEntry[]): ListRow[] {
  const byDate = [...entries].sort(
    (a, b) => (a.addedAtMs ?? 0) - (b.addedAtMs ?? 0),
  );
  return buildListRows(
    byDate.map((entry) => ({ ...entry, rank: undefined })),
    false,
  );
}

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
// Names Windows reserves for devices, whatever the extension.
const RESERVED_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * File names (without `.csv`) for personal lists: the Trakt slug when it is a
 * plain slug, otherwise `list-<id>`; clashes get the list id appended. The
 * input's own file names are never used.
 */
export function chooseListFileNames(
  lists: readonly PersonalList[],
  reserved: readonly string[],
): string[] {
  const taken = new Set(reserved);
  return lists.map((list, index) => {
    const slug = list.slug.toLowerCase();
    const fallback = `list-${list.traktId ?? index + 1}`;
    let name =
      SAFE_SLUG.test(slug) && !RESERVED_NAME.test(slug) ? slug : fallback;
    if (taken.has(name)) name = `${name}-${list.traktId ?? index + 1}`;
    let suffix = 2;
    const base = name;
    while (taken.has(name)) name = `${base}-${suffix++}`;
    taken.add(name);
    return name;
  });
}
