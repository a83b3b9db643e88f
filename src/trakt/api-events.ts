/**
 * What the Trakt client reports while it works, and the injected clock that
 * lets tests run retries and rate-limit waits without really waiting.
 */
import type { Sleep } from "../security/index.js";

export type TraktApiEvent =
  | { kind: "page"; path: string; page: number; pageCount: number }
  | {
      kind: "retry";
      method: string;
      path: string;
      attempt: number;
      delayMs: number;
      reason: string;
    }
  | { kind: "response"; method: string; path: string; status: number }
  | { kind: "rate-limit-wait"; path: string; waitMs: number }
  | { kind: "token-refreshed" }
  | { kind: "warning"; message: string };

export interface TraktClock {
  /** Milliseconds since the epoch. */
  now: () => number;
  sleep: Sleep;
  /** A number in [0, 1), for backoff jitter. */
  random: () => number;
}

export interface RetryPolicy {
  /** Attempts for one request failing with network errors or 5xx. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** 429 answers accepted for one request before giving up. */
  maxRateLimitAttempts: number;
  /** The longest single 429 wait accepted; a longer one fails at once. */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRateLimitAttempts: 3,
  maxRateLimitWaitMs: 5 * 60_000,
};
