/**
 * Writing answers: JSON bodies, and the HTML pages that Cloudflare puts in
 * front of Trakt (a block page, edge error pages) instead of JSON.
 */
import type { ServerResponse } from "node:http";

export const JSON_TYPE = "application/json; charset=utf-8";
const HTML_TYPE = "text/html; charset=UTF-8";

const STATUS_TITLES: Readonly<Record<number, string>> = {
  403: "Access denied",
  429: "Too many requests",
  500: "Internal server error",
  502: "Bad gateway",
  503: "Service unavailable",
  504: "Gateway time-out",
  520: "Web server is returning an unknown error",
  521: "Web server is down",
  522: "Connection timed out",
};

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) => `&#${character.charCodeAt(0)};`,
  );
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    "Content-Type": JSON_TYPE,
    "Content-Length": String(Buffer.byteLength(text)),
  });
  response.end(text);
}

/** An answer with no body, like Trakt's device-polling statuses. */
export function sendEmpty(
  response: ServerResponse,
  status: number,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, { ...headers, "Content-Length": "0" });
  response.end();
}

export function sendHtml(
  response: ServerResponse,
  status: number,
  html: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, {
    ...headers,
    "Content-Type": HTML_TYPE,
    "Content-Length": String(Buffer.byteLength(html)),
  });
  response.end(html);
}

/** The page Cloudflare serves when it blocks a client (e.g. no User-Agent). */
export function blockPageHtml(): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en-US"><head><title>Attention Required! | Cloudflare</title></head>',
    '<body><div id="cf-wrapper"><h1>Sorry, you have been blocked</h1>',
    "<h2>You are unable to access api.trakt.tv</h2>",
    "<p>This website is using a security service to protect itself from online attacks.</p>",
    "<p>Cloudflare Ray ID: sandbox</p></div></body></html>",
  ].join("\n");
}

/** A Cloudflare-style error page for an edge or origin failure. */
export function errorPageHtml(status: number): string {
  const title = STATUS_TITLES[status] ?? "Error";
  return [
    "<!DOCTYPE html>",
    `<html lang="en-US"><head><title>api.trakt.tv | ${status}: ${title}</title></head>`,
    `<body><div id="cf-error-details"><h1>${title}</h1>`,
    `<span class="cf-error-code">Error code ${status}</span>`,
    "<p>Please try again in a few minutes.</p></div></body></html>",
  ].join("\n");
}

/** The JSON error body used for statuses without a Trakt-specific one. */
export function errorBody(status: number): { error: string } {
  return { error: STATUS_TITLES[status] ?? `HTTP ${status}` };
}
