/**
 * Trakt's 2026 paging: `page` and `limit` query values, a default of 100
 * items (10 for comments), a silent clamp at 250, and four headers that
 * announce the whole result even when hidden items make a page short.
 */
import { isHidden } from "./data.js";
import type { TraktJsonObject } from "./types.js";

export const DEFAULT_PAGE_LIMIT = 100;
export const DEFAULT_COMMENT_PAGE_LIMIT = 10;
export const MAX_PAGE_LIMIT = 250;

export interface PageRequest {
  page: number;
  limit: number;
}

export interface Page {
  items: readonly TraktJsonObject[];
  headers: Readonly<Record<string, string>>;
}

function readPositiveInteger(text: string | null): number | undefined {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

/** Reads `page` and `limit`; bad values fall back to the defaults. */
export function readPageRequest(
  query: URLSearchParams,
  defaultLimit: number,
): PageRequest {
  const page = readPositiveInteger(query.get("page")) ?? 1;
  const limit = readPositiveInteger(query.get("limit")) ?? defaultLimit;
  // Trakt clamps larger limits without an error; the header tells.
  return { page, limit: Math.min(limit, MAX_PAGE_LIMIT) };
}

/**
 * Cuts one page. Hidden items are removed after cutting, so the page comes
 * back short while the announced counts still include them.
 */
export function toPage(
  items: readonly TraktJsonObject[],
  request: PageRequest,
  hiddenIds: ReadonlySet<number>,
): Page {
  const start = (request.page - 1) * request.limit;
  const slice = items.slice(start, start + request.limit);
  const pageCount = Math.max(1, Math.ceil(items.length / request.limit));

  return {
    items: slice.filter((item) => !isHidden(item, hiddenIds)),
    headers: {
      "X-Pagination-Page": String(request.page),
      "X-Pagination-Limit": String(request.limit),
      "X-Pagination-Page-Count": String(pageCount),
      "X-Pagination-Item-Count": String(items.length),
    },
  };
}
