/**
 * Turns raw Trakt documents (from a data export, or fetched from the API)
 * into a TraktLibrary through the shared normalisers, so every source ends up
 * in exactly the same shape.
 */
import {
  NormalizeContext,
  toAccountSettings,
  toComments,
  toListEntries,
  toPersonalList,
  toRatings,
  toWatchEvents,
  toWatchedSummaries,
  type AccountSettings,
  type FilmComment,
  type FilmRating,
  type ListEntry,
  type PersonalList,
  type TraktLibrary,
  type WatchEvent,
  type WatchedSummary,
} from "../trakt/index.js";
import { localize, type LocalizedText } from "../i18n/index.js";
import { InputError, toPrintable } from "../shared/index.js";

import type { FileKind } from "./classify.js";

/** One parsed file (or API answer) and what it holds. */
export interface RawDocument {
  /** Where it came from, for messages: a file path or an API path. */
  path: string;
  kind: FileKind;
  /** Order among the parts of a split file; 0 for an unsplit one. */
  part: number;
  /** The Trakt list id of a list's items. */
  listId: number | undefined;
  listSlug: string | undefined;
  /** True for names that only raw-API backups use (they may be truncated). */
  isRawApiName: boolean;
  content: unknown;
}

type Document = RawDocument;

// Page sizes at which a backup that did not page through the API stops.
const TRUNCATION_LENGTHS = new Set([10, 100, 250]);

function countItems(content: unknown): number {
  return Array.isArray(content) ? content.length : 1;
}

function arrayOf(doc: Document): unknown[] {
  if (Array.isArray(doc.content)) return doc.content;
  const text = localize("reader.notArray", {
    path: doc.path,
    kind: doc.kind,
    type: typeof doc.content,
  });
  throw new InputError(text, doc.path);
}

/** All items of one kind, parts in numeric order (never text order). */
function itemsOf(
  documents: readonly Document[],
  kind: FileKind,
): unknown[] | undefined {
  const parts = documents
    .filter((doc) => doc.kind === kind)
    .sort((a, b) => a.part - b.part || a.path.localeCompare(b.path));
  if (parts.length === 0) return undefined;
  const items: unknown[] = [];
  for (const part of parts) {
    for (const item of arrayOf(part)) items.push(item);
  }
  return items;
}

function dedupe<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Builds the library from raw documents; problems worth telling go into
 * `warnings`. Throws InputError when a document has the wrong JSON type.
 */
export function buildLibraryFromDocuments(
  documents: readonly RawDocument[],
  warnings: LocalizedText[],
): TraktLibrary {
  const context = new NormalizeContext();
  const { skips } = context;
  warnAboutTruncation(documents, warnings);

  const historyItems = itemsOf(documents, "history");
  const history =
    historyItems === undefined
      ? undefined
      : dedupe(toWatchEvents(historyItems, context), (event: WatchEvent) =>
          event.historyId === undefined
            ? `${event.film.key}@${event.watchedAtMs ?? "undated"}`
            : `${event.historyId}@${event.film.key}`,
        );
  if (historyItems !== undefined && history !== undefined) {
    const duplicates =
      historyItems.length - history.length - countSkipped(skips, "history");
    if (duplicates > 0) {
      warnings.push(
        localize("reader.warning.duplicateHistory", { count: duplicates }),
      );
    }
  }

  const watchedItems = itemsOf(documents, "watched");
  const watchedSummaries =
    watchedItems === undefined
      ? undefined
      : dedupe(
          toWatchedSummaries(watchedItems, context),
          (item: WatchedSummary) => item.film.key,
        );

  const ratings = dedupe(
    toRatings(itemsOf(documents, "ratings") ?? [], context),
    (item: FilmRating) => `${item.film.key}@${item.ratedAtMs ?? ""}`,
  );
  const comments = dedupe(
    toComments(itemsOf(documents, "comments") ?? [], context),
    (item: FilmComment) => `${item.commentId ?? item.text}@${item.film.key}`,
  );
  const watchlistItems = itemsOf(documents, "watchlist");
  const watchlist =
    watchlistItems === undefined
      ? undefined
      : dedupeEntries(toListEntries(watchlistItems, "watchlist", context));
  const collectionItems = itemsOf(documents, "collection");
  const collection =
    collectionItems === undefined
      ? undefined
      : dedupeEntries(toListEntries(collectionItems, "collection", context));

  const lists = buildLists(documents, context, warnings);
  const settingsDoc = documents.find((doc) => doc.kind === "settings");
  const account: AccountSettings =
    settingsDoc === undefined
      ? { username: undefined, timezone: undefined }
      : toAccountSettings(settingsDoc.content);

  return {
    history,
    watchedSummaries,
    ratings,
    comments,
    watchlist,
    lists,
    collection,
    account,
    skipped: [...skips.list(), ...countTelevision(documents)],
  };
}

function countSkipped(
  skips: NormalizeContext["skips"],
  source: string,
): number {
  return skips
    .list()
    .filter((item) => item.source === source)
    .reduce((sum, item) => sum + item.count, 0);
}

function dedupeEntries(entries: ListEntry[]): ListEntry[] {
  return dedupe(
    entries,
    (entry) => `${entry.film.key}@${entry.addedAtMs ?? ""}`,
  );
}

function countTelevision(
  documents: readonly Document[],
): TraktLibrary["skipped"] {
  const count = documents
    .filter((doc) => doc.kind === "tv")
    .reduce((sum, doc) => sum + countItems(doc.content), 0);
  return count === 0
    ? []
    : [{ source: "television files", reason: "television", count }];
}

function buildLists(
  documents: readonly Document[],
  context: NormalizeContext,
  warnings: LocalizedText[],
): PersonalList[] {
  // Slugs come from the input and end up in report texts and warnings, so
  // they are made printable here, once, for every reader of the library.
  const index = (itemsOf(documents, "list-index") ?? [])
    .map(toPersonalList)
    .filter((list) => list !== undefined)
    .map((list) => ({ ...list, slug: toPrintable(list.slug) }));
  const lists: PersonalList[] = [];

  for (const doc of documents.filter((item) => item.kind === "list-items")) {
    const meta = index.find(
      (list) => list.traktId !== undefined && list.traktId === doc.listId,
    );
    const slug =
      nonEmpty(meta?.slug) ??
      nonEmpty(doc.listSlug) ??
      `list-${doc.listId ?? lists.length + 1}`;
    lists.push({
      traktId: meta?.traktId ?? doc.listId,
      slug,
      name: nonEmpty(meta?.name) ?? slug,
      description: meta?.description,
      entries: toListEntries(arrayOf(doc), `list "${slug}"`, context),
    });
  }

  const favorites = itemsOf(documents, "favorites");
  if (favorites !== undefined && favorites.length > 0) {
    lists.push({
      traktId: undefined,
      slug: "favorites",
      name: "Favorites",
      description: undefined,
      entries: toListEntries(favorites, "favorites", context),
    });
  }

  for (const meta of index) {
    if (
      !lists.some(
        (list) => list.traktId === meta.traktId && meta.traktId !== undefined,
      )
    ) {
      warnings.push(
        localize("reader.warning.listWithoutItems", {
          name: meta.name || meta.slug,
          file: `lists-list-${meta.traktId ?? "?"}-${meta.slug}.json`,
        }),
      );
    }
  }
  return lists;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === "" ? undefined : text;
}

function warnAboutTruncation(
  documents: readonly Document[],
  warnings: LocalizedText[],
): void {
  for (const doc of documents) {
    if (
      doc.isRawApiName &&
      Array.isArray(doc.content) &&
      TRUNCATION_LENGTHS.has(doc.content.length)
    ) {
      warnings.push(
        localize("reader.warning.truncated", {
          path: doc.path,
          entries: doc.content.length,
        }),
      );
    }
  }
}
