/**
 * Walks every page of a Trakt list endpoint. The page count in
 * `X-Pagination-Page-Count` decides when to stop, never a short page: Trakt
 * cuts hidden items out of a page but still counts them.
 */
import { z } from "zod";

import { localize, type UserText } from "../i18n/index.js";
import { TraktApiError } from "../shared/index.js";

import { toSchemaError } from "./api-errors.js";
import type { TraktTransport } from "./transport.js";

export interface PagedItems {
  items: unknown[];
  warnings: UserText[];
}

const PageBody = z.array(z.unknown());

// Trakt caps a history at 100,000 plays, 400 pages of 250; no list comes
// near this. A larger count would only make the client queue endless pages.
const MAX_PAGES = 2_000;

function readCount(headers: Readonly<Record<string, string>>, name: string) {
  const text = headers[name];
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

async function fetchPage(
  transport: TraktTransport,
  path: string,
  query: Readonly<Record<string, string>>,
  withToken: boolean,
) {
  const answer = await transport.get(path, query, withToken);
  const parsed = PageBody.safeParse(answer.json);
  if (!parsed.success) {
    throw toSchemaError(
      { method: "GET", path, status: answer.status },
      ["(body): expected a JSON array of items"],
      parsed.error,
    );
  }
  return { items: parsed.data, headers: answer.headers };
}

/**
 * Fetches every page of `path` with the same `limit` on each, pages after
 * the first in parallel (bounded by the transport). An answer without paging
 * headers is one complete page. A difference between the announced and the
 * received number of items is a warning, not a failure.
 */
export async function fetchAllPages(
  transport: TraktTransport,
  path: string,
  options: {
    pageLimit: number;
    withToken: boolean;
    query?: Readonly<Record<string, string>>;
    onPage?: (page: number, pageCount: number) => void;
  },
): Promise<PagedItems> {
  const queryFor = (page: number) => ({
    ...options.query,
    page: String(page),
    limit: String(options.pageLimit),
  });
  const first = await fetchPage(
    transport,
    path,
    queryFor(1),
    options.withToken,
  );
  const pageCount = readCount(first.headers, "x-pagination-page-count");
  options.onPage?.(1, pageCount ?? 1);
  if (pageCount === undefined) return { items: first.items, warnings: [] };
  if (pageCount > MAX_PAGES) {
    // Strings, not numbers: the page count is quoted as the server sent it,
    // and the limits beside it the same way.
    const params = {
      method: "GET",
      path,
      pageCount: String(pageCount),
      maxPages: String(MAX_PAGES),
      pageLimit: String(options.pageLimit),
    };
    throw new TraktApiError(
      localize("api.tooManyPages", params),
      200,
      "GET",
      path,
    );
  }

  const rest = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) =>
    fetchPage(transport, path, queryFor(i + 2), options.withToken).then(
      (page) => {
        options.onPage?.(i + 2, pageCount);
        return page.items;
      },
    ),
  );
  const items = [...first.items];
  for (const pageItems of await Promise.all(rest)) items.push(...pageItems);

  const announced = readCount(first.headers, "x-pagination-item-count");
  const warnings =
    announced === undefined || announced === items.length
      ? []
      : [
          localize("api.itemsMissing", {
            method: "GET",
            path,
            announced,
            received: items.length,
            pageCount,
          }),
        ];
  return { items, warnings };
}
