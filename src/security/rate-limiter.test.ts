import { strict as assert } from "node:assert";
import { describe, it } from "node:test";

import { RateLimiter } from "./rate-limiter.js";
import type { RateLimitHit, Sleep } from "./rate-limiter.js";
import { DEFAULT_RATE_LIMIT_SETTINGS } from "./settings.js";
import type { RateLimitSettings } from "./settings.js";

/** A clock whose sleeps pass instantly by moving the time forward. */
function createInstantClock(): {
  now: () => number;
  sleep: Sleep;
  advance: (ms: number) => void;
  slept: number[];
} {
  let time = 1_000_000;
  const slept: number[] = [];
  return {
    now: () => time,
    slept,
    advance: (ms) => {
      time += ms;
    },
    sleep: (ms, signal) => {
      if (signal?.aborted === true)
        return Promise.reject(signal.reason as Error);
      slept.push(ms);
      time += ms;
      return Promise.resolve();
    },
  };
}

const SETTINGS: RateLimitSettings = {
  ...DEFAULT_RATE_LIMIT_SETTINGS,
  // 60 per minute: one token per second, three at once.
  limits: { trakt_api: { requestsPerMinute: 60, burstCapacity: 3 } },
};

describe("RateLimiter", () => {
  it("lets a burst through, then refuses until the bucket refills", () => {
    const clock = createInstantClock();
    const limiter = new RateLimiter(SETTINGS, clock);

    assert.deepEqual(
      [1, 2, 3, 4].map(() => limiter.tryAcquire("trakt_api")),
      [true, true, true, false],
    );
    clock.advance(999);
    assert.equal(limiter.tryAcquire("trakt_api"), false);
    clock.advance(1);
    assert.equal(limiter.tryAcquire("trakt_api"), true);
    assert.deepEqual(limiter.counters().trakt_api, {
      allowed: 4,
      delayed: 0,
      refused: 2,
      cancelled: 0,
      serverLimits: 0,
    });
  });

  it("waits for the next token and counts the request as delayed", async () => {
    const clock = createInstantClock();
    const limiter = new RateLimiter(SETTINGS, clock);
    for (let i = 0; i < 3; i += 1) await limiter.acquire("trakt_api");

    await limiter.acquire("trakt_api");
    assert.deepEqual(clock.slept, [1000]);
    assert.equal(limiter.counters().trakt_api?.delayed, 1);
    assert.equal(limiter.counters().trakt_api?.allowed, 3);
  });

  it("refuses at once when the wait would pass the timeout", async () => {
    const clock = createInstantClock();
    const limiter = new RateLimiter(SETTINGS, clock);
    for (let i = 0; i < 3; i += 1) await limiter.acquire("trakt_api");

    await assert.rejects(limiter.acquire("trakt_api", { timeoutMs: 500 }), {
      name: "SecurityError",
      message:
        'Rate limit for "trakt_api" reached: the next request could go out in 1000 ms, past the 500 ms wait allowed. Try again later or raise security.rate_limit.limits.trakt_api.',
    });
    assert.deepEqual(clock.slept, []);
    assert.equal(limiter.counters().trakt_api?.refused, 1);
  });

  it("stops waiting when the caller cancels", async () => {
    let time = 0;
    const limiter = new RateLimiter(SETTINGS, {
      now: () => time,
      // Never resolves on its own: only the abort ends it.
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener("abort", () => {
            reject(signal.reason as Error);
          });
        }),
    });
    for (let i = 0; i < 3; i += 1) await limiter.acquire("trakt_api");
    const controller = new AbortController();

    const waiting = limiter.acquire("trakt_api", { signal: controller.signal });
    time += 10;
    controller.abort(new Error("stopped by the user"));
    await assert.rejects(waiting, { message: "stopped by the user" });
    assert.equal(limiter.counters().trakt_api?.cancelled, 1);
  });

  it("gives each unnamed key its own bucket under the default rule", () => {
    const limiter = new RateLimiter(
      {
        ...SETTINGS,
        defaultLimit: { requestsPerMinute: 60, burstCapacity: 1 },
      },
      createInstantClock(),
    );

    assert.equal(limiter.tryAcquire("dashboard:10.0.0.1"), true);
    assert.equal(limiter.tryAcquire("dashboard:10.0.0.1"), false);
    assert.equal(limiter.tryAcquire("dashboard:10.0.0.2"), true);
    assert.deepEqual(limiter.counters().default, {
      allowed: 2,
      delayed: 0,
      refused: 1,
      cancelled: 0,
      serverLimits: 0,
    });
  });

  it("pauses a service after a server 429 and reports the hit", async () => {
    const clock = createInstantClock();
    const hits: RateLimitHit[] = [];
    const limiter = new RateLimiter(SETTINGS, {
      ...clock,
      onServerLimit: (hit) => hits.push(hit),
    });

    limiter.recordServerLimit("trakt_api", 5000, "https://api.trakt.tv/sync");
    await limiter.acquire("trakt_api");
    assert.deepEqual(clock.slept, [5000]);
    assert.deepEqual(hits, [
      {
        serviceKey: "trakt_api",
        retryAfterMs: 5000,
        target: "https://api.trakt.tv/sync",
      },
    ]);
    assert.equal(limiter.counters().trakt_api?.serverLimits, 1);
  });

  it("lets everything through when disabled, still counting", () => {
    const limiter = new RateLimiter(
      { ...SETTINGS, enabled: false },
      createInstantClock(),
    );
    for (let i = 0; i < 10; i += 1)
      assert.equal(limiter.tryAcquire("auth"), true);
    assert.equal(limiter.counters().default?.allowed, 10);
  });
});
