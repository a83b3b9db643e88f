/**
 * Recognises what an input file holds: first by its base name (Trakt's data
 * export, darekkay-style backups, kijart-style "<user>-<endpoint>" dumps), then
 * by the shape of its items, which wins when the two disagree.
 */

export type FileKind =
  | "history"
  | "watched"
  | "ratings"
  | "watchlist"
  | "list-index"
  | "list-items"
  | "favorites"
  | "comments"
  | "settings"
  | "last-activities"
  | "collection"
  | "tv"
  | "not-used";

export interface NameMatch {
  kind: FileKind;
  /** Order among the parts of a split file; 0 for an unsplit file. */
  part: number;
  /** The Trakt list id of a `lists-list-<id>-<slug>` file. */
  listId: number | undefined;
  /** The slug of a `lists-list-<id>-<slug>` file. */
  listSlug: string | undefined;
  /** True for names that only raw-API backups use (they may be truncated). */
  isRawApiName: boolean;
}

const KIND_BY_BASE = new Map<string, FileKind>([
  ["watched-history", "history"],
  ["history-movies", "history"],
  ["history", "history"],
  ["watched-movies", "watched"],
  ["ratings-movies", "ratings"],
  ["lists-watchlist", "watchlist"],
  ["watchlist-movies", "watchlist"],
  ["watchlist", "watchlist"],
  ["lists-lists", "list-index"],
  ["lists-favorites", "favorites"],
  ["comments-movies", "comments"],
  ["user-settings", "settings"],
  ["user-last-activities", "last-activities"],
  ["collection-movies", "collection"],
  ["library-collection-movies", "collection"],
  // Television and everything Letterboxd cannot take: read for the report only.
  ["watched-shows", "tv"],
  ["history-shows", "tv"],
  ["watched-playback", "not-used"],
  ["ratings-shows", "tv"],
  ["ratings-seasons", "tv"],
  ["ratings-episodes", "tv"],
  ["watchlist-shows", "tv"],
  ["watchlist-seasons", "tv"],
  ["watchlist-episodes", "tv"],
  ["comments-shows", "tv"],
  ["comments-seasons", "tv"],
  ["comments-episodes", "tv"],
  ["comments-lists", "not-used"],
  ["collection-episodes", "tv"],
  ["collection-shows", "tv"],
  ["library-collection-shows", "tv"],
  ["lists-collaborations", "not-used"],
  ["user-profile", "not-used"],
  ["user-stats", "not-used"],
  ["notes-movies", "not-used"],
  ["likes-comments", "not-used"],
  ["likes-lists", "not-used"],
  ["network-followers", "not-used"],
  ["network-following", "not-used"],
  ["network-friends", "not-used"],
  ["hidden-calendar", "not-used"],
]);

/** Base names that Trakt splits into numbered parts. */
const SPLIT_BASES = new Set([
  "watched-history",
  "watched-movies",
  "watched-shows",
  "lists-watchlist",
  "collection-movies",
  "collection-episodes",
  "history",
]);

const DATA_EXTENSION = /\.(json|txt)$/i;

/** Whether a file name has an extension the reader parses. */
export function isDataFileName(baseName: string): boolean {
  return DATA_EXTENSION.test(baseName);
}

/** Classifies a file by its base name, or `undefined` when the name is unknown. */
export function classifyByName(baseName: string): NameMatch | undefined {
  const originalStem = baseName.replace(DATA_EXTENSION, "").toLowerCase();
  const stem = originalStem.replace(/_/g, "-");
  // Trakt's own export uses hyphens; raw-API backup scripts use underscores.
  const isRawApiName = originalStem.includes("_");

  const listMatch = /^lists-list-(\d+)/.exec(stem);
  if (listMatch?.[1] !== undefined) {
    const slug = stem.slice(listMatch[0].length).replace(/^-/, "");
    return {
      kind: "list-items",
      part: 0,
      listId: Number(listMatch[1]),
      listSlug: slug === "" ? undefined : slug,
      isRawApiName: false,
    };
  }

  const split = /^(.*)-(\d+)$/.exec(stem);
  const splitBase = split?.[1];
  const isSplitPart = splitBase !== undefined && SPLIT_BASES.has(splitBase);
  const base = isSplitPart ? splitBase : stem;
  const part = isSplitPart ? Number(split?.[2]) : 0;

  const direct = KIND_BY_BASE.get(base);
  if (direct !== undefined) return nameMatch(direct, part, isRawApiName);

  // kijart-style dumps put the username first: "<user>-history-movies".
  for (const [known, kind] of KIND_BY_BASE) {
    if (base.endsWith(`-${known}`) && known.includes("-")) {
      return nameMatch(kind, part, true);
    }
  }
  return undefined;
}

function nameMatch(
  kind: FileKind,
  part: number,
  isRawApiName: boolean,
): NameMatch {
  return { kind, part, listId: undefined, listSlug: undefined, isRawApiName };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function classifyItem(item: Record<string, unknown>): FileKind | undefined {
  if ("watched_at" in item && "action" in item) return "history";
  if ("plays" in item && "last_watched_at" in item) return "watched";
  if ("rated_at" in item && "rating" in item) return "ratings";
  if ("collected_at" in item) return "collection";
  if ("listed_at" in item && "rank" in item) return "watchlist";
  if (isRecord(item.comment) && "comment" in item.comment) return "comments";
  const ids = item.ids;
  const isListLike =
    "name" in item && ("privacy" in item || "item_count" in item);
  if (isListLike && isRecord(ids) && "slug" in ids && !("movie" in item))
    return "list-index";
  return undefined;
}

/**
 * Classifies parsed JSON by its shape, or `undefined` when the shape is not
 * recognised (an empty array has no shape).
 */
export function classifyByShape(document: unknown): FileKind | undefined {
  if (isRecord(document)) {
    if ("account" in document) return "settings";
    const movies = document.movies;
    if ("all" in document && isRecord(movies) && "watched_at" in movies) {
      return "last-activities";
    }
    return undefined;
  }
  if (!Array.isArray(document)) return undefined;

  for (const item of document.slice(0, 5)) {
    if (!isRecord(item)) continue;
    const kind = classifyItem(item);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** Whether a name-derived kind and a shape-derived kind describe the same data. */
export function isShapeCompatible(
  byName: FileKind,
  byShape: FileKind,
): boolean {
  if (byName === byShape) return true;
  // List items, favorites and watchlist entries share one item shape.
  const listShapes: FileKind[] = ["watchlist", "list-items", "favorites"];
  if (listShapes.includes(byName) && byShape === "watchlist") return true;
  // Television files carry the same shapes as the film files.
  return byName === "tv" || byName === "not-used";
}
