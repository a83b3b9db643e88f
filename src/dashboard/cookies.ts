import type { IncomingMessage } from "node:http";

/** Reads one cookie from the request; `undefined` when absent. */
export function readCookie(
  request: IncomingMessage,
  name: string,
): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) {
      return part.slice(separator + 1).trim();
    }
  }
  return undefined;
}

export interface CookieOptions {
  isTls: boolean;
  httpOnly: boolean;
  /** Omitted: the cookie lasts until the browser closes. */
  maxAgeSeconds?: number;
}

/** A `Set-Cookie` value with the dashboard's fixed flags. */
export function serializeCookie(
  name: string,
  value: string,
  options: CookieOptions,
): string {
  const parts = [`${name}=${value}`, "Path=/", "SameSite=Strict"];
  if (options.httpOnly) parts.push("HttpOnly");
  if (options.isTls) parts.push("Secure");
  if (options.maxAgeSeconds !== undefined) {
    parts.push(`Max-Age=${options.maxAgeSeconds}`);
  }
  return parts.join("; ");
}
