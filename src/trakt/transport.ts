/**
 * The Trakt side of every request: Trakt's headers, bounded concurrency,
 * retries with backoff, 429 waits, one token refresh on a 401, and turning
 * unwanted answers into TraktApiError. HTTP itself goes through HttpClient,
 * so the HTTPS policy and the rate limiter see every request.
 */
import { localize } from "../i18n/index.js";
import type { HttpClient, HttpResponse } from "../security/index.js";
import { parseRetryAfterMs } from "../security/index.js";
import {
  CredentialError,
  NetworkError,
  describeError,
} from "../shared/index.js";

import {
  isHtmlAnswer,
  toNotJsonError,
  toRateLimitTooLongError,
  toRateLimitedError,
  toSchemaError,
  toStatusError,
  type FailedAnswer,
} from "./api-errors.js";
import {
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  type TraktApiEvent,
  type TraktClock,
} from "./api-events.js";
import type { TraktApiSettings } from "./api-settings.js";
import { isCertificateFailure, toNetworkError } from "./network-errors.js";
import {
  TraktTokenResponse,
  toTraktTokens,
  type ClientCredentials,
  type TokenStore,
  type TraktTokens,
} from "./tokens.js";

export interface TraktTransportOptions {
  settings: TraktApiSettings;
  http: HttpClient;
  credentials: ClientCredentials;
  /** `undefined` for public-profile exports, which send no token. */
  tokens: TokenStore | undefined;
  clock: TraktClock;
  /** The HTTP client's time limit per request, for timeout messages. */
  timeoutMs: number;
  retry?: RetryPolicy;
  onEvent?: (event: TraktApiEvent) => void;
  /** Refresh before the first request when the token expires this soon. */
  refreshMarginMs?: number;
}

export interface JsonAnswer {
  status: number;
  headers: Readonly<Record<string, string>>;
  json: unknown;
}

const OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob";
const HOUR_MS = 60 * 60 * 1000;

/** 5xx and Cloudflare's 52x: the server, not the request, is at fault. */
function isRetryableStatus(status: number): boolean {
  return status >= 500 && status <= 599;
}

/** A tiny semaphore: at most `size` tasks run at once. */
class Slots {
  readonly #size: number;
  #busy = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    this.#size = Math.max(1, size);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#busy >= this.#size) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#busy += 1;
    try {
      return await task();
    } finally {
      this.#busy -= 1;
      this.#waiting.shift()?.();
    }
  }
}

function readRateLimitUntil(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(header);
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const until = "until" in parsed ? parsed.until : undefined;
    const ms = typeof until === "string" ? Date.parse(until) : Number.NaN;
    return Number.isNaN(ms) ? undefined : ms;
  } catch {
    // A malformed X-Ratelimit header just gives no reset time.
    return undefined;
  }
}

export class TraktTransport {
  readonly #options: TraktTransportOptions;
  readonly #retry: RetryPolicy;
  readonly #slots: Slots;
  #tokens: TraktTokens | undefined;
  #loading: Promise<TraktTokens> | undefined;
  #refreshing: Promise<TraktTokens> | undefined;
  #pausedUntilMs = 0;

  constructor(options: TraktTransportOptions) {
    this.#options = options;
    this.#retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.#slots = new Slots(options.settings.maxConcurrentRequests);
  }

  get clientId(): string {
    return this.#options.credentials.clientId;
  }

  #emit(event: TraktApiEvent): void {
    this.#options.onEvent?.(event);
  }

  #headers(accessToken: string | undefined): Record<string, string> {
    return {
      "content-type": "application/json",
      "trakt-api-key": this.#options.credentials.clientId,
      "trakt-api-version": "2",
      ...(accessToken === undefined
        ? {}
        : { authorization: `Bearer ${accessToken}` }),
    };
  }

  /**
   * GETs an API path and returns its JSON. Retries network errors and 5xx,
   * waits out 429s, refreshes the token once on a 401; throws TraktApiError,
   * NetworkError or CredentialError when that is not enough.
   */
  async get(
    path: string,
    query: Readonly<Record<string, string>>,
    withToken: boolean,
  ): Promise<JsonAnswer> {
    const search = new URLSearchParams(query).toString();
    const url = `${this.#options.settings.apiBaseUrl}${path}${search === "" ? "" : `?${search}`}`;
    let failures = 0;
    let rateLimits = 0;
    let hasRefreshed = false;

    for (;;) {
      await this.#waitForPause();
      const token = withToken ? await this.#accessToken() : undefined;
      let response: HttpResponse;
      try {
        response = await this.#slots.run(() =>
          this.#options.http.request({
            url,
            headers: this.#headers(token),
            serviceKey: "trakt_api",
          }),
        );
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        const failure = this.#networkError("GET", url, error);
        // The certificate stays the same on a retry: fail at once.
        if (isCertificateFailure(error)) throw failure;
        failures += 1;
        if (failures >= this.#retry.maxAttempts) throw failure;
        await this.#backoff(path, failures, describeError(error));
        continue;
      }

      const answer: FailedAnswer = { method: "GET", path, ...response };
      this.#emit({
        kind: "response",
        method: "GET",
        path,
        status: response.status,
      });
      if (response.status === 401 && token !== undefined && !hasRefreshed) {
        hasRefreshed = true;
        await this.refreshTokens(token);
        continue;
      }
      if (response.status === 429) {
        rateLimits += 1;
        this.#pauseForRateLimit(answer, rateLimits);
        continue;
      }
      if (isRetryableStatus(response.status)) {
        failures += 1;
        if (failures < this.#retry.maxAttempts) {
          await this.#backoff(path, failures, `HTTP ${response.status}`);
          continue;
        }
      }
      return this.#readJson(answer);
    }
  }

  /**
   * POSTs to an OAuth path. Answers of any status come back (the device
   * flow reads them); only an HTML page or a body that is not JSON throws.
   * OAuth calls are not retried: a refresh token must never be sent twice.
   */
  async postOAuth(path: string, body: unknown): Promise<JsonAnswer> {
    const url = `${this.#options.settings.authBaseUrl}${path}`;
    let response: HttpResponse;
    try {
      response = await this.#options.http.request({
        method: "POST",
        url,
        headers: this.#headers(undefined),
        body: JSON.stringify(body),
        serviceKey: "auth",
      });
    } catch (error) {
      if (error instanceof NetworkError) {
        throw this.#networkError("POST", url, error);
      }
      throw error;
    }
    const answer: FailedAnswer = { method: "POST", path, ...response };
    this.#emit({
      kind: "response",
      method: "POST",
      path,
      status: response.status,
    });
    if (isHtmlAnswer(answer)) throw toStatusError(answer);
    if (response.body.trim() === "") return { ...response, json: undefined };
    try {
      return { ...response, json: JSON.parse(response.body) };
    } catch (error) {
      throw toNotJsonError(answer, error);
    }
  }

  #networkError(method: string, url: string, error: NetworkError) {
    const { timeoutMs } = this.#options;
    return toNetworkError({ method, url, timeoutMs }, error);
  }

  #readJson(answer: FailedAnswer): JsonAnswer {
    if (answer.status < 200 || answer.status > 299) {
      throw toStatusError(answer);
    }
    if (isHtmlAnswer(answer)) throw toNotJsonError(answer, undefined);
    try {
      const json: unknown = JSON.parse(answer.body);
      return { status: answer.status, headers: answer.headers, json };
    } catch (error) {
      throw toNotJsonError(answer, error);
    }
  }

  async #waitForPause(): Promise<void> {
    const waitMs = this.#pausedUntilMs - this.#options.clock.now();
    if (waitMs > 0) await this.#options.clock.sleep(waitMs);
  }

  #delayFor(attempt: number): number {
    const { baseDelayMs, maxDelayMs } = this.#retry;
    const delayMs = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    // Half fixed, half random: spread out, but never much shorter.
    return Math.round(
      delayMs / 2 + (this.#options.clock.random() * delayMs) / 2,
    );
  }

  async #backoff(path: string, attempt: number, reason: string) {
    const delayMs = this.#delayFor(attempt);
    this.#emit({
      kind: "retry",
      method: "GET",
      path,
      attempt,
      delayMs,
      reason,
    });
    await this.#options.clock.sleep(delayMs);
  }

  /** Pauses every request until Trakt's reset, or throws if too long. */
  #pauseForRateLimit(answer: FailedAnswer, rateLimits: number): void {
    const nowMs = this.#options.clock.now();
    const fromRetryAfter = parseRetryAfterMs(
      answer.headers["retry-after"],
      nowMs,
    );
    const until = readRateLimitUntil(answer.headers["x-ratelimit"]);
    const waitMs =
      fromRetryAfter ??
      (until === undefined ? this.#delayFor(rateLimits) : until - nowMs);
    const retryAtMs = nowMs + Math.max(0, waitMs);

    const { maxRateLimitWaitMs, maxRateLimitAttempts } = this.#retry;
    if (waitMs > maxRateLimitWaitMs) {
      const maxWaitMs = maxRateLimitWaitMs;
      throw toRateLimitTooLongError("GET", answer.path, retryAtMs, maxWaitMs);
    }
    if (rateLimits > maxRateLimitAttempts) {
      throw toRateLimitedError("GET", answer.path, retryAtMs, rateLimits);
    }
    this.#pausedUntilMs = Math.max(this.#pausedUntilMs, retryAtMs);
    this.#emit({ kind: "rate-limit-wait", path: answer.path, waitMs });
  }

  async #accessToken(): Promise<string> {
    if (this.#tokens !== undefined) return this.#tokens.accessToken;
    this.#loading ??= this.#loadTokens();
    return (await this.#loading).accessToken;
  }

  async #loadTokens(): Promise<TraktTokens> {
    const loaded = await this.#options.tokens?.load();
    if (loaded === undefined) {
      throw new CredentialError(localize("credentials.noLogin"));
    }
    this.#tokens = loaded;
    const margin = this.#options.refreshMarginMs ?? HOUR_MS;
    const expiresAtMs = loaded.expiresAtMs;
    if (
      expiresAtMs !== undefined &&
      expiresAtMs - this.#options.clock.now() < margin
    ) {
      return this.refreshTokens(loaded.accessToken);
    }
    return loaded;
  }

  /**
   * Trades the refresh token for a new pair and saves it before it is used.
   * Only one refresh runs at a time; a caller whose token was already
   * replaced gets the new pair without another refresh.
   */
  async refreshTokens(usedAccessToken: string): Promise<TraktTokens> {
    const current = this.#tokens;
    if (current !== undefined && current.accessToken !== usedAccessToken) {
      return current;
    }
    this.#refreshing ??= this.#refresh().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  async #refresh(): Promise<TraktTokens> {
    const { credentials, tokens: store } = this.#options;
    const current = this.#tokens ?? (await store?.load());
    if (current === undefined || store === undefined) {
      throw new CredentialError(localize("api.refreshWithoutLogin"));
    }
    if (credentials.clientSecret === undefined) {
      throw new CredentialError(localize("api.refreshWithoutSecret"));
    }

    const answer = await this.postOAuth("/oauth/token", {
      refresh_token: current.refreshToken,
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      redirect_uri: OOB_REDIRECT_URI,
      grant_type: "refresh_token",
    });
    if (answer.status === 400 || answer.status === 401) {
      throw new CredentialError(localize("api.refreshRefused"));
    }
    const tokens = this.parseTokens("/oauth/token", answer);
    // The old refresh token is dead from this moment: save before use.
    await store.save(tokens);
    this.#tokens = tokens;
    this.#emit({ kind: "token-refreshed" });
    return tokens;
  }

  /** Reads a token answer; throws TraktApiError for anything else. */
  parseTokens(path: string, answer: JsonAnswer): TraktTokens {
    const failed = { method: "POST", path, status: answer.status };
    if (answer.status !== 200) {
      throw toStatusError({ ...failed, headers: answer.headers, body: "" });
    }
    const parsed = TraktTokenResponse.safeParse(answer.json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`,
      );
      throw toSchemaError(failed, problems, parsed.error);
    }
    return toTraktTokens(parsed.data);
  }
}
