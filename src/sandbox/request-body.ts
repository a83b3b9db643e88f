import type { IncomingMessage } from "node:http";

// OAuth bodies are a few hundred bytes; anything far larger is refused.
const MAX_BODY_BYTES = 64 * 1024;

/**
 * The request's parameters as an object: the query for GET, the JSON or
 * form body otherwise. Undefined when the body is too large or not parsable.
 */
export async function readParams(
  request: IncomingMessage,
  url: URL,
): Promise<unknown> {
  if (request.method === "GET" || request.method === "HEAD") {
    return Object.fromEntries(url.searchParams);
  }

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");

  const contentType = request.headers["content-type"] ?? "";
  if (contentType.startsWith("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (text.trim() === "") return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return undefined; // The caller answers 400 for an unreadable body.
  }
}
