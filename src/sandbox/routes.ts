/**
 * The API side of the sandbox as a pure function: a parsed request in, the
 * answer out. Transport, auth tokens, faults and budgets live in server.ts.
 */
import {
  filterByKind,
  isHidden,
  parseKindSegment,
  readString,
} from "./data.js";
import { DEFAULT_COMMENT_PAGE_LIMIT, DEFAULT_PAGE_LIMIT } from "./paging.js";
import type { SandboxData, TraktJsonObject } from "./types.js";

export interface ApiRequest {
  /** Path segments after the host, already URL-decoded. */
  segments: readonly string[];
  query: URLSearchParams;
  /** True when a valid access token of the data owner came with it. */
  isAuthenticated: boolean;
}

export interface Owner {
  slug: string;
  privateProfile: boolean;
}

export interface RouteContext {
  data: SandboxData;
  owner: Owner;
  hiddenIds: ReadonlySet<number>;
}

export type ApiResult =
  | {
      kind: "list";
      items: readonly TraktJsonObject[];
      /** Default page size, or undefined for endpoints Trakt does not page. */
      defaultLimit: number | undefined;
      headers?: Readonly<Record<string, string>>;
    }
  | { kind: "object"; body: unknown }
  | { kind: "error"; status: number; error: string; description: string };

function notFound(description = "Not found."): ApiResult {
  return { kind: "error", status: 404, error: "not_found", description };
}

function unauthorized(): ApiResult {
  return {
    kind: "error",
    status: 401,
    error: "invalid_token",
    description: "OAuth required: send Authorization: Bearer <access_token>.",
  };
}

function paged(
  items: readonly TraktJsonObject[],
  headers?: Record<string, string>,
): ApiResult {
  return {
    kind: "list",
    items,
    defaultLimit: DEFAULT_PAGE_LIMIT,
    ...(headers === undefined ? {} : { headers }),
  };
}

function readTimeMs(item: TraktJsonObject, key: string): number {
  const value = item[key];
  return typeof value === "string" ? Date.parse(value) : Number.NaN;
}

function filterHistory(
  items: readonly TraktJsonObject[],
  query: URLSearchParams,
): readonly TraktJsonObject[] {
  const startMs = Date.parse(query.get("start_at") ?? "");
  const endMs = Date.parse(query.get("end_at") ?? "");
  if (Number.isNaN(startMs) && Number.isNaN(endMs)) return items;

  return items.filter((item) => {
    const watchedMs = readTimeMs(item, "watched_at");
    return (
      (Number.isNaN(startMs) || watchedMs >= startMs) &&
      (Number.isNaN(endMs) || watchedMs <= endMs)
    );
  });
}

function filterRatings(
  items: readonly TraktJsonObject[],
  segment: string | undefined,
): readonly TraktJsonObject[] | undefined {
  if (segment === undefined) return items;
  const parts = segment.split(",");
  if (!parts.every((part) => /^\d+$/.test(part))) return undefined;

  const wanted = new Set(parts.map(Number));
  return items.filter((item) => {
    const rating = item.rating;
    return typeof rating === "number" && wanted.has(rating);
  });
}

function sortListed(
  items: readonly TraktJsonObject[],
  sortBy: string,
  sortHow: string,
): readonly TraktJsonObject[] {
  const keyOf = (item: TraktJsonObject): number => {
    if (sortBy === "added") return readTimeMs(item, "listed_at");
    const rank = item.rank;
    return typeof rank === "number" ? rank : Number.MAX_SAFE_INTEGER;
  };
  // Other sort keys need metadata the export lacks; keep the export order.
  const sorted =
    sortBy === "rank" || sortBy === "added"
      ? [...items].sort((left, right) => keyOf(left) - keyOf(right))
      : [...items];
  return sortHow === "desc" ? sorted.reverse() : sorted;
}

function listedResult(
  items: readonly TraktJsonObject[],
  args: readonly string[],
): ApiResult {
  const kinds = parseKindSegment(args[0]);
  if (kinds === undefined || args.length > 3) return notFound();

  const sortBy = args[1] ?? "rank";
  const sortHow = args[2] ?? "asc";
  return paged(sortListed(filterByKind(items, kinds), sortBy, sortHow), {
    "X-Sort-By": sortBy,
    "X-Sort-How": sortHow,
  });
}

/** History, ratings, watchlist, watched and collection: `/sync` and users. */
function routeLibrary(
  section: string | undefined,
  args: readonly string[],
  request: ApiRequest,
  data: SandboxData,
): ApiResult | undefined {
  switch (section) {
    case "history": {
      const kinds = parseKindSegment(args[0]);
      if (kinds === undefined || args.length > 1) return notFound();
      const items = filterByKind(data.history, kinds);
      return paged(filterHistory(items, request.query));
    }
    case "ratings": {
      const kinds = parseKindSegment(args[0]);
      const rated = filterRatings(data.ratings, args[1]);
      if (kinds === undefined || rated === undefined || args.length > 2) {
        return notFound();
      }
      return paged(filterByKind(rated, kinds));
    }
    case "watchlist":
      return listedResult(data.watchlist, args);
    case "watched":
      if (args.length !== 1) return notFound();
      if (args[0] === "movies") return paged(data.watchedMovies);
      return args[0] === "shows" ? paged(data.watchedShows) : notFound();
    case "collection": {
      const kinds = parseKindSegment(args[0]);
      if (args.length !== 1 || kinds === undefined) return notFound();
      return paged(filterByKind(data.collection, kinds));
    }
    default:
      return undefined;
  }
}

function routeSync(
  args: readonly string[],
  request: ApiRequest,
  context: RouteContext,
): ApiResult {
  if (!request.isAuthenticated) return unauthorized();

  const [section, ...rest] = args;
  if (section === "last_activities" && rest.length === 0) {
    return context.data.lastActivities === null
      ? notFound("This sandbox has no last activities.")
      : { kind: "object", body: context.data.lastActivities };
  }
  return routeLibrary(section, rest, request, context.data) ?? notFound();
}

const COMMENT_TYPES: Readonly<Record<string, string>> = {
  movies: "movie",
  shows: "show",
  seasons: "season",
  episodes: "episode",
  lists: "list",
};

function commentsResult(
  args: readonly string[],
  query: URLSearchParams,
  comments: readonly TraktJsonObject[],
): ApiResult {
  const [commentType = "all", mediaType = "all"] = args;
  const type = COMMENT_TYPES[mediaType];
  const isKnownCommentType = ["all", "reviews", "shouts"].includes(commentType);
  if (args.length > 2 || !isKnownCommentType) return notFound();
  if (mediaType !== "all" && type === undefined) return notFound();

  const replies = query.get("include_replies");
  const items = comments.filter((item) => {
    const comment = item.comment;
    const fields =
      typeof comment === "object" && comment !== null ? comment : {};
    const isReview = "review" in fields && fields.review === true;
    const parentId = "parent_id" in fields ? fields.parent_id : 0;
    const isReply = typeof parentId === "number" && parentId > 0;

    if (type !== undefined && item.type !== type) return false;
    if (commentType === "reviews" && !isReview) return false;
    if (commentType === "shouts" && isReview) return false;
    if (replies === "false" && isReply) return false;
    return replies !== "only" || isReply;
  });
  return { kind: "list", items, defaultLimit: DEFAULT_COMMENT_PAGE_LIMIT };
}

function findList(
  lists: readonly TraktJsonObject[],
  listId: string,
): TraktJsonObject | undefined {
  return lists.find((list) => {
    const ids = list.ids;
    if (typeof ids !== "object" || ids === null) return false;
    const trakt = "trakt" in ids ? ids.trakt : undefined;
    const slug = "slug" in ids ? ids.slug : undefined;
    return String(trakt) === listId || slug === listId;
  });
}

function listsResult(args: readonly string[], data: SandboxData): ApiResult {
  const [listId, sub, ...rest] = args;
  if (listId === undefined) {
    // Trakt answers the list index in one piece, without paging headers.
    return { kind: "list", items: data.lists, defaultLimit: undefined };
  }

  const list = findList(data.lists, listId);
  const traktId = list === undefined ? listId : readListTraktId(list);
  const items = data.listItems[traktId];
  if (sub === undefined && rest.length === 0) {
    return list === undefined ? notFound() : { kind: "object", body: list };
  }
  if (sub !== "items" || (list === undefined && items === undefined)) {
    return notFound();
  }
  return listedResult(items ?? [], rest);
}

function readListTraktId(list: TraktJsonObject): string {
  const ids = list.ids;
  const trakt =
    typeof ids === "object" && ids !== null && "trakt" in ids
      ? ids.trakt
      : undefined;
  return typeof trakt === "number" ? String(trakt) : "";
}

function profileOf(context: RouteContext): unknown {
  const user =
    context.data.settings === null ? undefined : context.data.settings.user;
  return (
    user ?? {
      username: context.owner.slug,
      private: context.owner.privateProfile,
      ids: { slug: context.owner.slug },
    }
  );
}

function routeUsers(
  args: readonly string[],
  request: ApiRequest,
  context: RouteContext,
): ApiResult {
  const [userId, section, ...rest] = args;
  if (userId === "settings" && section === undefined) {
    if (!request.isAuthenticated) return unauthorized();
    return context.data.settings === null
      ? notFound("This sandbox has no user settings.")
      : { kind: "object", body: context.data.settings };
  }
  if (userId === undefined) return notFound();

  if (userId === "me") {
    if (!request.isAuthenticated) return unauthorized();
  } else if (userId.toLowerCase() !== context.owner.slug.toLowerCase()) {
    return notFound(`No user "${userId}".`);
  } else if (context.owner.privateProfile && !request.isAuthenticated) {
    return unauthorized();
  }

  switch (section) {
    case undefined:
      return { kind: "object", body: profileOf(context) };
    case "lists":
      return listsResult(rest, context.data);
    case "comments":
      return commentsResult(rest, request.query, context.data.comments);
    default:
      return routeLibrary(section, rest, request, context.data) ?? notFound();
  }
}

/** Answers one API request from the sandbox data. */
export function routeApiRequest(
  request: ApiRequest,
  context: RouteContext,
): ApiResult {
  const [root, ...rest] = request.segments;
  const result =
    root === "sync"
      ? routeSync(rest, request, context)
      : root === "users"
        ? routeUsers(rest, request, context)
        : notFound();

  // Hidden items stay counted on paged endpoints, so paging.ts drops them.
  if (result.kind !== "list" || result.defaultLimit !== undefined) {
    return result;
  }
  const visible = result.items.filter(
    (item) => !isHidden(item, context.hiddenIds),
  );
  return { ...result, items: visible };
}

/** The owner's slug: an explicit one, else the settings' user, else a default. */
export function ownerSlugOf(
  data: SandboxData,
  explicit: string | undefined,
): string {
  return (
    explicit ??
    readString(data.settings, ["user", "ids", "slug"]) ??
    readString(data.settings, ["user", "username"]) ??
    "sandbox-user"
  );
}
