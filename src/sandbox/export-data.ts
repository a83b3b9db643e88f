/**
 * Loads a Trakt data export (ZIP or folder) as SandboxData, so the sandbox
 * serves exactly what the offline path reads. Television files are left out:
 * the exporter asks only for films.
 */
import {
  readExportDocuments,
  type FileKind,
  type RawDocument,
} from "../offline/index.js";

import type { SandboxData, TraktJsonObject } from "./types.js";

function isObject(value: unknown): value is TraktJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectsOf(documents: readonly RawDocument[], kind: FileKind) {
  const items: TraktJsonObject[] = [];
  const parts = documents
    .filter((doc) => doc.kind === kind)
    .sort((a, b) => a.part - b.part || a.path.localeCompare(b.path));
  for (const doc of parts) {
    if (!Array.isArray(doc.content)) continue;
    for (const item of doc.content) if (isObject(item)) items.push(item);
  }
  return items;
}

function objectOf(documents: readonly RawDocument[], kind: FileKind) {
  const content = documents.find((doc) => doc.kind === kind)?.content;
  return isObject(content) ? content : null;
}

/** Reads the export at `path` into the data the sandbox serves. */
export async function sandboxDataFromExport(
  path: string,
): Promise<SandboxData> {
  const { documents } = await readExportDocuments(path);
  const listItems: Record<string, TraktJsonObject[]> = {};
  for (const doc of documents.filter((item) => item.kind === "list-items")) {
    if (doc.listId === undefined || !Array.isArray(doc.content)) continue;
    listItems[String(doc.listId)] = doc.content.filter(isObject);
  }

  return {
    history: objectsOf(documents, "history"),
    watchedMovies: objectsOf(documents, "watched"),
    watchedShows: [],
    ratings: objectsOf(documents, "ratings"),
    watchlist: objectsOf(documents, "watchlist"),
    collection: objectsOf(documents, "collection"),
    lists: objectsOf(documents, "list-index"),
    listItems,
    comments: objectsOf(documents, "comments"),
    settings: objectOf(documents, "settings"),
    lastActivities: objectOf(documents, "last-activities"),
  };
}

/**
 * Loads `--data`: a JSON file of SandboxData keys, or else a Trakt data
 * export (a ZIP or a folder).
 */
export async function loadSandboxData(
  path: string,
  loadJson: (path: string) => Promise<SandboxData>,
): Promise<SandboxData> {
  return /\.json$/i.test(path) ? loadJson(path) : sandboxDataFromExport(path);
}
