/**
 * Fetches a person's film data from the Trakt API and turns it into the same
 * LoadedLibrary the offline path builds: the answers become raw documents
 * and go through the one library builder, so both paths agree row for row.
 * One paged walk per endpoint, nothing fetched twice, no request per film.
 */
import type {
  ExportEvent,
  ExportKind,
  LoadedLibrary,
} from "../export/index.js";
import type { LocalizedText, UserText } from "../i18n/index.js";
import {
  buildLibraryFromDocuments,
  type FileKind,
  type InputFileReport,
  type RawDocument,
} from "../offline/index.js";
import {
  fetchAllPages,
  toPersonalList,
  type TraktTransport,
} from "../trakt/index.js";

export interface LiveFetchOptions {
  transport: TraktTransport;
  pageLimit: number;
  /** A public profile's slug; `undefined` exports the logged-in user. */
  user: string | undefined;
  include: readonly ExportKind[];
  /** Categories known to be unchanged (from last_activities): not fetched. */
  unchanged: readonly ExportKind[];
  /** Where the API is, for the report. */
  location: string;
  onEvent: (event: ExportEvent) => void;
}

interface Fetched {
  documents: RawDocument[];
  files: InputFileReport[];
  /** What the API calls reported, such as items announced but missing. */
  warnings: UserText[];
}

function document(
  path: string,
  kind: FileKind,
  content: unknown,
  list?: { id: number | undefined; slug: string },
): RawDocument {
  return {
    path,
    kind,
    part: 0,
    listId: list?.id,
    listSlug: list?.slug,
    isRawApiName: false,
    content,
  };
}

async function fetchList(
  options: LiveFetchOptions,
  fetched: Fetched,
  path: string,
  kind: FileKind,
  extra: {
    query?: Record<string, string>;
    list?: { id: number | undefined; slug: string };
  } = {},
): Promise<void> {
  const paged = await fetchAllPages(options.transport, path, {
    pageLimit: options.pageLimit,
    withToken: options.user === undefined,
    ...(extra.query === undefined ? {} : { query: extra.query }),
    onPage: (page, pageCount) => {
      options.onEvent({ kind: "fetching", path, page, pageCount });
    },
  });
  fetched.documents.push(
    document(`GET ${path}`, kind, paged.items, extra.list),
  );
  fetched.files.push({
    path: `GET ${path}`,
    kind,
    items: paged.items.length,
    note: undefined,
  });
  fetched.warnings.push(...paged.warnings);
}

async function fetchLists(
  options: LiveFetchOptions,
  fetched: Fetched,
  userPath: string,
): Promise<void> {
  const indexPath = `${userPath}/lists`;
  const answer = await options.transport.get(
    indexPath,
    {},
    options.user === undefined,
  );
  const index = Array.isArray(answer.json) ? answer.json : [];
  fetched.documents.push(document(`GET ${indexPath}`, "list-index", index));
  fetched.files.push({
    path: `GET ${indexPath}`,
    kind: "list-index",
    items: index.length,
    note: undefined,
  });

  await Promise.all(
    index.map(async (raw) => {
      const list = toPersonalList(raw);
      const id = list?.traktId ?? list?.slug;
      if (list === undefined || id === undefined) return;
      await fetchList(
        options,
        fetched,
        `${userPath}/lists/${encodeURIComponent(String(id))}/items/movie`,
        "list-items",
        { list: { id: list.traktId, slug: list.slug } },
      );
    }),
  );
}

async function fetchSettings(
  options: LiveFetchOptions,
  fetched: Fetched,
): Promise<void> {
  const path = "/users/settings";
  const answer = await options.transport.get(path, {}, true);
  fetched.documents.push(document(`GET ${path}`, "settings", answer.json));
  fetched.files.push({
    path: `GET ${path}`,
    kind: "settings",
    items: 1,
    note: undefined,
  });
}

/**
 * Waits for every task, then throws the first failure in task order. Several
 * endpoints often fail alike (an unknown user fails all of them), and the
 * one reported must not depend on which answer happened to come back first.
 */
async function settleInOrder(tasks: readonly Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(tasks);
  for (const result of results) {
    if (result.status === "rejected") throw result.reason;
  }
}

/** Fetches what `include` needs and builds the library from it. */
export async function fetchLiveLibrary(
  options: LiveFetchOptions,
): Promise<LoadedLibrary> {
  const fetched: Fetched = { documents: [], files: [], warnings: [] };
  const isOwn = options.user === undefined;
  const userPath = isOwn
    ? "/users/me"
    : `/users/${encodeURIComponent(options.user ?? "")}`;
  const base = isOwn ? "/sync" : userPath;
  const wanted = new Set(
    options.include.filter((kind) => !options.unchanged.includes(kind)),
  );

  const tasks: Promise<void>[] = [];
  if (isOwn) tasks.push(fetchSettings(options, fetched));
  if (wanted.has("watched")) {
    tasks.push(
      fetchList(options, fetched, `${base}/history/movies`, "history"),
      fetchList(options, fetched, `${base}/ratings/movies`, "ratings"),
      fetchList(
        options,
        fetched,
        `${userPath}/comments/all/movies`,
        "comments",
        { query: { include_replies: "false" } },
      ),
    );
  }
  if (wanted.has("watchlist")) {
    tasks.push(
      fetchList(options, fetched, `${base}/watchlist/movies`, "watchlist"),
    );
  }
  if (wanted.has("collection")) {
    tasks.push(
      fetchList(options, fetched, `${base}/collection/movies`, "collection"),
    );
  }
  if (wanted.has("lists")) tasks.push(fetchLists(options, fetched, userPath));
  await settleInOrder(tasks);

  // Answers arrive in any order; sort so the library never depends on timing.
  fetched.documents.sort((a, b) => a.path.localeCompare(b.path));
  fetched.files.sort((a, b) => a.path.localeCompare(b.path));
  const libraryWarnings: LocalizedText[] = [];
  const library = buildLibraryFromDocuments(fetched.documents, libraryWarnings);
  return {
    library,
    source: { kind: "api", location: options.location },
    inputFiles: fetched.files,
    warnings: [...fetched.warnings, ...libraryWarnings],
  };
}
