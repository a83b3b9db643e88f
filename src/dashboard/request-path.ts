import { HttpError } from "./http-errors.js";

export interface RequestPath {
  /** Decoded path segments; none of them is empty, "." or "..". */
  segments: string[];
  query: URLSearchParams;
}

/**
 * Splits the raw request target into decoded segments. The raw text is used
 * on purpose: URL parsers resolve `..` before anyone can look at it, and a
 * dashboard request has no reason to contain a dot segment, an encoded
 * separator or a control character, so those are refused outright.
 */
export function parseRequestPath(target: string | undefined): RequestPath {
  const raw = target ?? "/";
  const queryStart = raw.indexOf("?");
  const pathText = queryStart < 0 ? raw : raw.slice(0, queryStart);
  const queryText = queryStart < 0 ? "" : raw.slice(queryStart + 1);
  if (!pathText.startsWith("/")) {
    throw new HttpError(400, "The request path must start with a slash.");
  }

  const segments: string[] = [];
  for (const rawSegment of pathText.split("/").slice(1)) {
    if (rawSegment === "") continue;
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch (error) {
      throw new HttpError(400, "The request path is not valid UTF-8.", {
        cause: error,
      });
    }
    if (!isPlainSegment(segment)) {
      throw new HttpError(400, "The request path contains a refused segment.");
    }
    segments.push(segment);
  }
  return { segments, query: new URLSearchParams(queryText) };
}

function isPlainSegment(segment: string): boolean {
  return (
    segment !== "." &&
    segment !== ".." &&
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    !/[/\\\u0000-\u001f\u007f]/.test(segment)
  );
}
