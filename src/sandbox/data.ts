/**
 * The data side of the sandbox: defaults for missing collections, media-kind
 * detection on raw items, hidden items, and loading SandboxData from JSON.
 */
import { readFile } from "node:fs/promises";

import { z } from "zod";

import { localize } from "../i18n/index.js";
import { InputError, describeError } from "../shared/index.js";

import type { SandboxData, TraktJsonObject } from "./types.js";

export type MediaKind = "movie" | "show" | "season" | "episode" | "person";

// Episode and season items also carry their show, so they are tested first.
const KIND_PRECEDENCE: readonly MediaKind[] = [
  "movie",
  "episode",
  "season",
  "show",
  "person",
];

const PATH_KINDS: Readonly<Record<string, MediaKind>> = {
  movie: "movie",
  movies: "movie",
  show: "show",
  shows: "show",
  season: "season",
  seasons: "season",
  episode: "episode",
  episodes: "episode",
  person: "person",
  people: "person",
};

/** Fills every missing collection with an empty one. */
export function toFullData(data: Partial<SandboxData> = {}): SandboxData {
  return {
    history: data.history ?? [],
    watchedMovies: data.watchedMovies ?? [],
    watchedShows: data.watchedShows ?? [],
    ratings: data.ratings ?? [],
    watchlist: data.watchlist ?? [],
    collection: data.collection ?? [],
    lists: data.lists ?? [],
    listItems: data.listItems ?? {},
    comments: data.comments ?? [],
    settings: data.settings ?? null,
    lastActivities: data.lastActivities ?? null,
  };
}

function isObject(value: unknown): value is TraktJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The kind of media an item is about, from `type` or its sub-object. */
export function mediaKindOf(item: TraktJsonObject): MediaKind | undefined {
  const type = item.type;
  if (typeof type === "string" && type in PATH_KINDS) return PATH_KINDS[type];
  return KIND_PRECEDENCE.find((kind) => isObject(item[kind]));
}

/**
 * Reads a type segment of a path (`movies`, `movie,show`, `all`); returns
 * `"all"`, the kinds, or undefined for an unknown name.
 */
export function parseKindSegment(
  segment: string | undefined,
): "all" | ReadonlySet<MediaKind> | undefined {
  if (segment === undefined || segment === "all") return "all";

  const kinds = new Set<MediaKind>();
  for (const name of segment.split(",")) {
    const kind = PATH_KINDS[name];
    if (kind === undefined) return undefined;
    kinds.add(kind);
  }
  return kinds;
}

export function filterByKind(
  items: readonly TraktJsonObject[],
  kinds: "all" | ReadonlySet<MediaKind>,
): readonly TraktJsonObject[] {
  if (kinds === "all") return items;
  return items.filter((item) => {
    const kind = mediaKindOf(item);
    return kind !== undefined && kinds.has(kind);
  });
}

function traktIdOf(value: unknown): unknown {
  return isObject(value) && isObject(value.ids) ? value.ids.trakt : undefined;
}

/** True when the item's own id or its media's Trakt id is hidden. */
export function isHidden(
  item: TraktJsonObject,
  hiddenIds: ReadonlySet<number>,
): boolean {
  if (hiddenIds.size === 0) return false;

  const ownId = item.id;
  if (typeof ownId === "number" && hiddenIds.has(ownId)) return true;
  const kind = mediaKindOf(item);
  const mediaId = kind === undefined ? undefined : traktIdOf(item[kind]);
  return typeof mediaId === "number" && hiddenIds.has(mediaId);
}

/** Reads a nested string such as `user.ids.slug`; undefined if absent. */
export function readString(
  object: TraktJsonObject | null,
  path: readonly string[],
): string | undefined {
  let current: unknown = object;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return typeof current === "string" ? current : undefined;
}

const JsonObject = z.record(z.string(), z.unknown());
const JsonArray = z.array(JsonObject).default([]);

/** SandboxData as a JSON file holds it; every key may be left out. */
export const SandboxDataFile = z.object({
  history: JsonArray,
  watchedMovies: JsonArray,
  watchedShows: JsonArray,
  ratings: JsonArray,
  watchlist: JsonArray,
  collection: JsonArray,
  lists: JsonArray,
  listItems: z.record(z.string(), z.array(JsonObject)).default({}),
  comments: JsonArray,
  settings: JsonObject.nullable().default(null),
  lastActivities: JsonObject.nullable().default(null),
});

/**
 * Loads SandboxData from one JSON file with the keys of `SandboxData`.
 * Throws InputError naming the file when it cannot be read or parsed.
 */
export async function loadSandboxDataJson(path: string): Promise<SandboxData> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = describeError(error);
    throw new InputError(
      localize("sandboxData.unreadable", { path, reason }),
      path,
      { cause: error },
    );
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = describeError(error);
    throw new InputError(
      localize("sandboxData.notJson", { path, reason }),
      path,
      { cause: error },
    );
  }

  const parsed = SandboxDataFile.safeParse(json);
  if (!parsed.success) {
    // zod's own English sentences, each after the path of its field.
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw new InputError(
      localize("sandboxData.wrongShape", { path, problems }),
      path,
    );
  }
  return parsed.data;
}
