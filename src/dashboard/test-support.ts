import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { join } from "node:path";

import type { RateLimitRule } from "../security/index.js";

import type { DashboardDependencies } from "./dependencies.js";
import { startDashboard, type DashboardServer } from "./server.js";
import { createDashboardDependencies } from "./setup.js";

export interface TestDashboard {
  server: DashboardServer;
  deps: DashboardDependencies;
  errors: string[];
}

/** A dashboard on 127.0.0.1, port 0, inside `dir`, for tests. */
export async function startTestDashboard(
  dir: string,
  options: { maxUploadBytes?: number; clientRateLimit?: RateLimitRule } = {},
): Promise<TestDashboard> {
  const errors: string[] = [];
  const deps = await createDashboardDependencies({
    baseDir: dir,
    exportsRoot: join(dir, "exports"),
    maxUploadBytes: options.maxUploadBytes ?? 200 * 1024 * 1024,
    clientRateLimit: options.clientRateLimit ?? {
      requestsPerMinute: 6000,
      burstCapacity: 1000,
    },
    now: () => new Date(),
    systemTimeZone: "UTC",
    logError: (message) => errors.push(message),
    tempRoot: dir,
  });
  const server = await startDashboard(deps, { host: "127.0.0.1", port: 0 });
  return { server, deps, errors };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends one request with node:http, so the raw path (with `..` and encoded
 * characters) reaches the server exactly as written.
 */
export function sendRaw(
  baseUrl: string,
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
  } = {},
): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? "GET",
        path,
        headers: options.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          });
        });
        response.on("error", reject);
      },
    );
    // The server may answer (413) and close before the whole body is sent;
    // the answer is what counts, so a write error after it is ignored.
    request.on("error", reject);
    request.end(options.body);
  });
}

export interface TestLogin {
  cookie: string;
  csrf: string;
}

/**
 * Logs in through a fresh login link; returns the cookie and the CSRF token
 * read from `csrfPage` (the convert page unless told otherwise).
 */
export async function logInForTest(
  server: DashboardServer,
  options: { csrfPage?: string } = {},
): Promise<TestLogin> {
  const response = await fetch(server.mintLoginLink(), { redirect: "manual" });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
  if (response.status !== 303 || cookie === undefined || cookie === "") {
    throw new Error(`The login link answered ${response.status}.`);
  }

  const csrfPage = options.csrfPage ?? "/convert";
  const page = await fetch(`${server.url}${csrfPage}`, { headers: { cookie } });
  const csrf = /name="csrf"\s+value="([^"]+)"/.exec(await page.text())?.[1];
  if (csrf === undefined) throw new Error(`The page ${csrfPage} has no token.`);
  return { cookie, csrf };
}

/** Reads a page with the login's cookie; fails unless it answers 200. */
export async function readPageForTest(
  server: DashboardServer,
  login: TestLogin,
  path: string,
  language?: string,
): Promise<string> {
  const headers: Record<string, string> = { cookie: login.cookie };
  if (language !== undefined) headers["accept-language"] = language;
  const response = await fetch(`${server.url}${path}`, { headers });
  assert.equal(response.status, 200, path);
  return response.text();
}

/**
 * Posts a form with the login's cookie and CSRF token (sent first, then
 * `fields`); the answer is returned as it is, redirects included.
 */
export function postFormForTest(
  server: DashboardServer,
  login: TestLogin,
  path: string,
  fields: [string, string][] = [],
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie: login.cookie,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams([["csrf", login.csrf], ...fields]).toString(),
  });
}

/**
 * Uploads `content` as a data export to convert (watched, watchlist and
 * lists); returns the job page's path.
 */
export async function uploadExportForTest(
  server: DashboardServer,
  login: TestLogin,
  file: { name: string; content: Buffer },
): Promise<string> {
  const boundary = "----dashboard-test-boundary";
  const fields = [
    ["csrf", login.csrf],
    ["historyMode", "individual"],
    ["include", "watched"],
    ["include", "watchlist"],
    ["include", "lists"],
  ];
  const body = Buffer.concat([
    ...fields.map(([name, value]) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="export"; filename="${file.name}"\r\nContent-Type: application/zip\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await fetch(`${server.url}/convert`, {
    method: "POST",
    redirect: "manual",
    headers: {
      cookie: login.cookie,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    body,
  });
  const location = response.headers.get("location");
  if (response.status !== 303 || location === null) {
    throw new Error(`The upload answered ${response.status}.`);
  }
  return location;
}
