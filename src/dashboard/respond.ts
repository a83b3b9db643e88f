import type { ServerResponse } from "node:http";

import type { SafeHtml } from "./html.js";

export function sendHtml(
  response: ServerResponse,
  status: number,
  page: SafeHtml,
): void {
  const body = Buffer.from(page.text, "utf8");
  response.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": body.length,
  });
  response.end(body);
}

export function sendText(
  response: ServerResponse,
  status: number,
  contentType: string,
  text: string,
): void {
  const body = Buffer.from(text, "utf8");
  response.writeHead(status, {
    "Content-Type": contentType,
    "Content-Length": body.length,
  });
  response.end(body);
}

/** 303 See Other to a path of this dashboard (never to another origin). */
export function redirect(response: ServerResponse, path: string): void {
  const target = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  response.writeHead(303, { Location: target, "Content-Length": 0 });
  response.end();
}
