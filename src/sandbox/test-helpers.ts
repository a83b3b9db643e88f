/**
 * Shared by the sandbox's own tests: Trakt-style requests against a running
 * sandbox over real loopback HTTP, and a clock the test moves by hand.
 */
import { request as httpRequest } from "node:http";

import type { Sandbox } from "./server.js";

export const TEST_USER_AGENT = "export-trakt-tests/0.0 (+sandbox tests)";

export interface FakeClock {
  clock: () => number;
  advanceMs: (ms: number) => void;
}

export function createFakeClock(startIso = "2026-08-01T12:00:00.000Z") {
  let nowMs = Date.parse(startIso);
  const fake: FakeClock = {
    clock: () => nowMs,
    advanceMs: (ms) => {
      nowMs += ms;
    },
  };
  return fake;
}

/** The headers Trakt requires, plus a bearer token when given. */
export function traktHeaders(
  sandbox: Sandbox,
  accessToken?: string,
): Record<string, string> {
  return {
    "User-Agent": TEST_USER_AGENT,
    "trakt-api-key": sandbox.clientId,
    "trakt-api-version": "2",
    "Content-Type": "application/json",
    ...(accessToken === undefined
      ? {}
      : { Authorization: `Bearer ${accessToken}` }),
  };
}

export async function getApi(
  sandbox: Sandbox,
  path: string,
  accessToken?: string,
): Promise<Response> {
  return fetch(`${sandbox.apiBaseUrl}${path}`, {
    headers: traktHeaders(sandbox, accessToken),
  });
}

export async function postAuth(
  sandbox: Sandbox,
  path: string,
  body: unknown,
): Promise<Response> {
  return fetch(`${sandbox.authBaseUrl}${path}`, {
    method: "POST",
    headers: traktHeaders(sandbox),
    body: JSON.stringify(body),
  });
}

/** Paging headers of a response, as numbers (NaN when absent). */
export function pagingOf(response: Response) {
  const read = (name: string) => Number(response.headers.get(name) ?? "NaN");
  return {
    page: read("X-Pagination-Page"),
    limit: read("X-Pagination-Limit"),
    pageCount: read("X-Pagination-Page-Count"),
    itemCount: read("X-Pagination-Item-Count"),
  };
}

export interface RawAnswer {
  status: number;
  contentType: string | undefined;
  body: string;
}

/**
 * A GET through node:http, which (unlike fetch) sends only the headers it
 * is given, so a request without any User-Agent can be made.
 */
export async function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers["content-type"],
          body,
        });
      });
    });
    request.on("error", reject);
    request.end();
  });
}
