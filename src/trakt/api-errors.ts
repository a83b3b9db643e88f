/**
 * Turns an unwanted Trakt answer into one TraktApiError whose message names
 * the request, what came back and what to do. Bodies are never quoted whole:
 * only Trakt's short `error` code, which holds no secret.
 */
import { localize, type MessageKey } from "../i18n/index.js";
import { TraktApiError, toPrintable } from "../shared/index.js";

// The message of each status with its own advice; the rest share one.
const STATUS_MESSAGES: Readonly<Record<number, MessageKey>> = {
  401: "trakt.status401",
  403: "api.status403",
  405: "api.status405",
  409: "api.status409",
  412: "api.status412",
  420: "api.status420",
  423: "trakt.status423",
  426: "trakt.status426",
};

export interface FailedAnswer {
  method: string;
  /** The API path without the query, e.g. `/sync/history/movies`. */
  path: string;
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}

/** True when the answer is an HTML page (a Cloudflare block or edge error). */
export function isHtmlAnswer(answer: Pick<FailedAnswer, "headers" | "body">) {
  const type = answer.headers["content-type"] ?? "";
  return type.includes("text/html") || /^\s*</.test(answer.body);
}

function errorCodeOf(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "error" in parsed) {
      const code = parsed.error;
      return typeof code === "string"
        ? toPrintable(code).slice(0, 60)
        : undefined;
    }
  } catch {
    // A body that is not JSON simply has no error code to show.
  }
  return undefined;
}

function userOf(path: string): string | undefined {
  const match = /^\/users\/([^/]+)/.exec(path);
  const user = match?.[1];
  return user === undefined ? undefined : toPrintable(decodeURIComponent(user));
}

function statusMessageKey(status: number, user: string | undefined) {
  if (status === 404) {
    return user === undefined ? "api.status404" : "api.status404User";
  }
  const key = STATUS_MESSAGES[status];
  if (key !== undefined) return key;
  return status >= 500 ? "api.status5xx" : "api.statusOther";
}

/** The error for an answer with an unwanted status. */
export function toStatusError(answer: FailedAnswer): TraktApiError {
  const { method, path, status } = answer;
  const shown = { method, path, status: String(status) };
  if (isHtmlAnswer(answer)) {
    return new TraktApiError(
      localize("api.htmlBlock", shown),
      status,
      method,
      path,
      { problem: "html" },
    );
  }
  const code = errorCodeOf(answer.body);
  // Some error bodies only repeat the status ("HTTP 423"): not worth showing.
  const isUseful = code !== undefined && code !== `HTTP ${status}`;
  const detail = isUseful ? ` (${code})` : "";
  const user = status === 404 ? userOf(path) : undefined;
  const key = statusMessageKey(status, user);
  return new TraktApiError(
    localize(key, { ...shown, detail, user: user ?? "" }),
    status,
    method,
    path,
  );
}

/** The error for a success answer whose body is not JSON. */
export function toNotJsonError(
  answer: FailedAnswer,
  cause: unknown,
): TraktApiError {
  const { method, path, status } = answer;
  const key = isHtmlAnswer(answer) ? "api.htmlInsteadOfJson" : "api.notJson";
  return new TraktApiError(
    localize(key, { method, path, status: String(status) }),
    status,
    method,
    path,
    { problem: "not-json", cause },
  );
}

/** The error for JSON that does not have the shape Trakt documents. */
export function toSchemaError(
  answer: Pick<FailedAnswer, "method" | "path" | "status">,
  problems: readonly string[],
  cause: unknown,
): TraktApiError {
  const { method, path, status } = answer;
  return new TraktApiError(
    localize("api.schema", { method, path, problems }),
    status,
    method,
    path,
    { problem: "schema", cause },
  );
}

/** The error when Trakt still answers 429 after the attempts allowed. */
export function toRateLimitedError(
  method: string,
  path: string,
  retryAtMs: number,
  attempts: number,
): TraktApiError {
  const params = {
    method,
    path,
    status: "429",
    count: attempts,
    retryAt: new Date(retryAtMs).toISOString(),
  };
  return new TraktApiError(
    localize("api.rateLimited", params),
    429,
    method,
    path,
    { problem: "rate-limited" },
  );
}

/** The error when a 429 asks for a longer wait than the one allowed. */
export function toRateLimitTooLongError(
  method: string,
  path: string,
  retryAtMs: number,
  maxWaitMs: number,
): TraktApiError {
  const params = {
    method,
    path,
    status: "429",
    retryAt: new Date(retryAtMs).toISOString(),
    maxWaitSeconds: Math.ceil(maxWaitMs / 1000),
  };
  return new TraktApiError(
    localize("api.rateLimitedTooLong", params),
    429,
    method,
    path,
    { problem: "rate-limited" },
  );
}
