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
