/**
 * Turns an unwanted Trakt answer into one TraktApiError whose message names
 * the request, what came back and what to do. Bodies are never quoted whole:
 * only Trakt's short `error` code, which holds no secret.
 */
import { localize, type MessageKey } from "../i18n/index.js";
import { TraktApiError, toPrintable } from "../shared/index.js";

// Statuses whose whole message is in the catalogue; the others stay English.
const LOCALIZED_STATUS: Readonly<Record<number, MessageKey>> = {
  401: "trakt.status401",
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

function adviceFor(answer: FailedAnswer): string {
  const { status, path } = answer;
  switch (status) {
    case 401:
      return 'Trakt did not accept the login. Run "export-trakt auth" to log in again.';
    case 403:
      return "Trakt refused the client id: check the client id in the credential store, the config ([trakt] client_id) or TRAKT_CLIENT_ID. Since 2026 only apps of Trakt VIP members keep working.";
    case 404: {
      const user = userOf(path);
      return user === undefined
        ? "Trakt does not know this address; check --api-base-url."
        : `There is no Trakt user "${user}", or the profile is private. Check --user, or log in with "export-trakt auth" to export your own private profile.`;
    }
    case 420:
      return "The Trakt account is over one of its limits; remove some items on trakt.tv and try again.";
    case 423:
      return "The Trakt account is locked or deactivated; sign in on trakt.tv to sort it out, then try again.";
    case 426:
      return "This needs Trakt VIP; upgrade the account on trakt.tv, or export from your data export with --from instead.";
    default:
      return status >= 500
        ? "Trakt is having trouble; try again later."
        : "This is unexpected; please report it.";
  }
}

/** The error for an answer with an unwanted status. */
export function toStatusError(answer: FailedAnswer): TraktApiError {
  const { method, path, status } = answer;
  const shown = `${method} ${path}`;
  if (isHtmlAnswer(answer)) {
    return new TraktApiError(
      `${shown} answered HTTP ${status} with an HTML block page instead of JSON (Trakt's firewall, Cloudflare, stopped the request). Check that the client id is right and that nothing strips the User-Agent; if you sent many requests, wait a few minutes and try again.`,
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
  const key = LOCALIZED_STATUS[status];
  const params = { method, path, status: String(status), detail };
  return new TraktApiError(
    key === undefined
      ? `${shown} failed with HTTP ${status}${detail}. ${adviceFor(answer)}`
      : localize(key, params),
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
  const what = isHtmlAnswer(answer)
    ? "an HTML page"
    : "a body that is not JSON";
  return new TraktApiError(
    `${method} ${path} answered HTTP ${status} with ${what} where JSON was expected. A proxy or firewall may be in the way; try again later, and report it if it persists.`,
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
    `${method} ${path} answered with JSON this program does not understand:\n${problems.map((problem) => `- ${problem}`).join("\n")}\nTrakt may have changed its format; please report it.`,
    status,
    method,
    path,
    { problem: "schema", cause },
  );
}

/** The error when a 429 outlasts the waiting allowed. */
export function toRateLimitedError(
  method: string,
  path: string,
  retryAtMs: number | undefined,
  attempts: number,
): TraktApiError {
  const when =
    retryAtMs === undefined
      ? "in a few minutes"
      : `after ${new Date(retryAtMs).toISOString()}`;
  return new TraktApiError(
    `${method} ${path} is still rate limited by Trakt (HTTP 429) after ${attempts} attempts. Nothing was written; try again ${when}.`,
    429,
    method,
    path,
    { problem: "rate-limited" },
  );
}
