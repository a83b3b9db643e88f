import { localize } from "../i18n/index.js";
import { SecurityError } from "../shared/index.js";

import type { RateLimitRule, RateLimitSettings } from "./settings.js";

/** Sleeps for `ms`; rejects with the signal's reason when it aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RateLimitCounters {
  /** Requests let through at once. */
  allowed: number;
  /** Requests let through after waiting for a token. */
  delayed: number;
  /** Requests refused: no token, or the wait would exceed the timeout. */
  refused: number;
  /** Waits cancelled by the caller. */
  cancelled: number;
  /** 429 answers reported by servers. */
  serverLimits: number;
}

/** A 429 from a server, for the audit log (`rate_limit_hit`). */
export interface RateLimitHit {
  serviceKey: string;
  retryAfterMs: number | undefined;
  /** Where the answer came from, already safe to log (no query). */
  target: string | undefined;
}

export interface RateLimiterOptions {
  /** Milliseconds since some fixed point; only differences matter. */
  now: () => number;
  sleep: Sleep;
  onServerLimit?: (hit: RateLimitHit) => void;
}

export interface AcquireOptions {
  signal?: AbortSignal;
  /** Longest acceptable wait; a longer one is refused at once. */
  timeoutMs?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  /** No tokens are handed out before this time (after a server 429). */
  blockedUntil: number;
}

const MAX_TIMER_MS = 2_147_483_647;

/** Sleeps with a real timer; the default outside tests. */
export const sleepWithTimer: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    // Longer delays overflow setTimeout and fire at once; the caller's loop
    // simply sleeps again after the capped wait.
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });

function emptyCounters(): RateLimitCounters {
  return { allowed: 0, delayed: 0, refused: 0, cancelled: 0, serverLimits: 0 };
}

/**
 * Token buckets, one per service key. Named services (`trakt_api`, `auth`)
 * use their own rule; any other key (a dashboard client, say) gets its own
 * bucket under the default rule and is counted under `default`.
 */
export class RateLimiter {
  readonly #settings: RateLimitSettings;
  readonly #options: RateLimiterOptions;
  readonly #buckets = new Map<string, Bucket>();
  readonly #counters = new Map<string, RateLimitCounters>();
  #lastCleanupAt: number;

  constructor(settings: RateLimitSettings, options: RateLimiterOptions) {
    this.#settings = settings;
    this.#options = options;
    this.#lastCleanupAt = options.now();
  }

  #ruleFor(serviceKey: string): RateLimitRule {
    return this.#settings.limits[serviceKey] ?? this.#settings.defaultLimit;
  }

  #countersFor(serviceKey: string): RateLimitCounters {
    const name = serviceKey in this.#settings.limits ? serviceKey : "default";
    let counters = this.#counters.get(name);
    if (counters === undefined) {
      counters = emptyCounters();
      this.#counters.set(name, counters);
    }
    return counters;
  }

  #refill(serviceKey: string, now: number): Bucket {
    const rule = this.#ruleFor(serviceKey);
    const bucket = this.#buckets.get(serviceKey) ?? {
      tokens: rule.burstCapacity,
      updatedAt: now,
      blockedUntil: 0,
    };
    const elapsedMs = Math.max(0, now - bucket.updatedAt);
    const perMs = rule.requestsPerMinute / 60_000;
    bucket.tokens = Math.min(
      rule.burstCapacity,
      bucket.tokens + elapsedMs * perMs,
    );
    bucket.updatedAt = now;
    this.#buckets.set(serviceKey, bucket);
    return bucket;
  }

  /** Milliseconds until a token is free; 0 takes it now. */
  #takeOrMeasureWait(serviceKey: string): number {
    const now = this.#options.now();
    this.#dropIdleBuckets(now);
    const bucket = this.#refill(serviceKey, now);
    if (bucket.blockedUntil > now) return bucket.blockedUntil - now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }

    const perMs = this.#ruleFor(serviceKey).requestsPerMinute / 60_000;
    return perMs > 0 ? Math.ceil((1 - bucket.tokens) / perMs) : Infinity;
  }

  // Buckets of unnamed keys would otherwise grow without bound on a
  // long-running dashboard; a full bucket carries no state worth keeping.
  #dropIdleBuckets(now: number): void {
    if (now - this.#lastCleanupAt < this.#settings.cleanupIntervalMs) return;
    this.#lastCleanupAt = now;
    for (const key of [...this.#buckets.keys()]) {
      const bucket = this.#refill(key, now);
      const isFull = bucket.tokens >= this.#ruleFor(key).burstCapacity;
      if (isFull && bucket.blockedUntil <= now) this.#buckets.delete(key);
    }
  }

  /** Takes a token if one is free now, without waiting. */
  tryAcquire(serviceKey: string): boolean {
    const counters = this.#countersFor(serviceKey);
    if (!this.#settings.enabled || this.#takeOrMeasureWait(serviceKey) === 0) {
      counters.allowed += 1;
      return true;
    }
    counters.refused += 1;
    return false;
  }

  /**
   * Waits for a token. Throws SecurityError when the wait would pass
   * `timeoutMs`, and rethrows the signal's reason when cancelled.
   */
  async acquire(
    serviceKey: string,
    options: AcquireOptions = {},
  ): Promise<void> {
    const counters = this.#countersFor(serviceKey);
    if (!this.#settings.enabled) {
      counters.allowed += 1;
      return;
    }

    const deadline =
      options.timeoutMs === undefined
        ? Infinity
        : this.#options.now() + options.timeoutMs;
    let hasWaited = false;
    for (;;) {
      if (options.signal?.aborted === true) {
        counters.cancelled += 1;
        throw options.signal.reason;
      }
      const waitMs = this.#takeOrMeasureWait(serviceKey);
      if (waitMs === 0) {
        if (hasWaited) counters.delayed += 1;
        else counters.allowed += 1;
        return;
      }
      // A rule of 0 per minute never refills: refuse rather than spin.
      if (!Number.isFinite(waitMs) || this.#options.now() + waitMs > deadline) {
        counters.refused += 1;
        throw new SecurityError(
          localize("limit.reached", {
            service: serviceKey,
            wait: String(waitMs),
            timeout: String(options.timeoutMs ?? 0),
          }),
        );
      }

      hasWaited = true;
      try {
        await this.#options.sleep(waitMs, options.signal);
      } catch (error) {
        counters.cancelled += 1;
        throw error;
      }
    }
  }

  /**
   * Records a 429 answer: the key gets no tokens until `retryAfterMs` has
   * passed (or for one token's refill time), and the hit is reported.
   */
  recordServerLimit(
    serviceKey: string,
    retryAfterMs?: number,
    target?: string,
  ): void {
    const now = this.#options.now();
    const bucket = this.#refill(serviceKey, now);
    const rule = this.#ruleFor(serviceKey);
    const pauseMs = retryAfterMs ?? Math.ceil(60_000 / rule.requestsPerMinute);
    bucket.tokens = 0;
    bucket.blockedUntil = Math.max(bucket.blockedUntil, now + pauseMs);
    this.#countersFor(serviceKey).serverLimits += 1;
    this.#options.onServerLimit?.({ serviceKey, retryAfterMs, target });
  }

  /** A copy of the counters, by named service plus `default`. */
  counters(): Record<string, RateLimitCounters> {
    return Object.fromEntries(
      [...this.#counters].map(([key, value]) => [key, { ...value }]),
    );
  }
}
