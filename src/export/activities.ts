/**
 * Compares Trakt's `last_activities` between two runs to find the kinds of
 * output that cannot have changed, so an incremental run can skip them.
 */
import { z } from "zod";

import { EXPORT_KINDS, type ExportKind } from "./options.js";

const Stamp = z.string().nullish();
const Activities = z.looseObject({
  movies: z
    .looseObject({
      watched_at: Stamp,
      rated_at: Stamp,
      commented_at: Stamp,
      watchlisted_at: Stamp,
      collected_at: Stamp,
    })
    .nullish(),
  lists: z.looseObject({ updated_at: Stamp }).nullish(),
});

// The diary needs the history, the ratings and the reviews together: a new
// viewing carries the film's rating, so all three must be unchanged to skip.
const FIELDS: Readonly<Record<ExportKind, readonly string[]>> = {
  watched: ["movies.watched_at", "movies.rated_at", "movies.commented_at"],
  watchlist: ["movies.watchlisted_at"],
  collection: ["movies.collected_at"],
  lists: ["lists.updated_at"],
};

function read(
  activities: z.infer<typeof Activities>,
  field: string,
): string | undefined {
  const [group, key] = field.split(".");
  const section: Record<string, unknown> | null | undefined =
    group === "movies" ? activities.movies : activities.lists;
  const value = key === undefined ? undefined : section?.[key];
  return typeof value === "string" ? value : undefined;
}

/**
 * The kinds whose every activity time is present and equal in both
 * documents. Anything unreadable counts as changed.
 */
export function findUnchangedKinds(
  previous: unknown,
  current: unknown,
): ExportKind[] {
  const before = Activities.safeParse(previous);
  const now = Activities.safeParse(current);
  if (!before.success || !now.success) return [];

  return EXPORT_KINDS.filter((kind) =>
    FIELDS[kind].every((field) => {
      const old = read(before.data, field);
      return old !== undefined && old === read(now.data, field);
    }),
  );
}
