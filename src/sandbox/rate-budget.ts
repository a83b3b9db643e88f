/**
 * Trakt's GET budget: a fixed number of calls per window (1000 per 5 min),
 * counted per user when authed and per client otherwise. Past it, 429 with
 * `Retry-After` and an `X-Ratelimit` JSON header.
 */
import type { RateBudget } from "./types.js";

export type BucketName = "AUTHED_API_GET_LIMIT" | "UNAUTHED_API_GET_LIMIT";

export const TRAKT_RATE_BUDGET: RateBudget = {
  limit: 1000,
  periodSeconds: 300,
};

interface Window {
  startMs: number;
  used: number;
}

/** The two headers of a Trakt 429. */
export function rateLimitHeaders(
  name: BucketName,
  budget: RateBudget,
  untilMs: number,
  nowMs: number,
): Record<string, string> {
  const retryAfterSeconds = Math.max(1, Math.ceil((untilMs - nowMs) / 1000));
  const limit = {
    name,
    period: budget.periodSeconds,
    limit: budget.limit,
    remaining: 0,
    until: new Date(untilMs).toISOString(),
  };
  return {
    "Retry-After": String(retryAfterSeconds),
    "X-Ratelimit": JSON.stringify(limit),
  };
}

export class RateBudgets {
  readonly #budget: RateBudget;
  readonly #clock: () => number;
  readonly #windows = new Map<string, Window>();

  constructor(budget: RateBudget, clock: () => number) {
    this.#budget = budget;
    this.#clock = clock;
  }

  get budget(): RateBudget {
    return this.#budget;
  }

  /**
   * Spends one call from the bucket. Returns undefined when allowed, or the
   * 429 headers when the window's budget is used up.
   */
  spend(name: BucketName, key: string): Record<string, string> | undefined {
    const nowMs = this.#clock();
    const periodMs = this.#budget.periodSeconds * 1000;
    const bucketKey = `${name}:${key}`;
    let window = this.#windows.get(bucketKey);
    if (window === undefined || nowMs >= window.startMs + periodMs) {
      window = { startMs: nowMs, used: 0 };
      this.#windows.set(bucketKey, window);
    }

    if (window.used >= this.#budget.limit) {
      return rateLimitHeaders(
        name,
        this.#budget,
        window.startMs + periodMs,
        nowMs,
      );
    }
    window.used += 1;
    return undefined;
  }
}
