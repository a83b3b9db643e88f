import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { z } from "zod";

import { UsageError } from "../shared/index.js";

import { generateSandboxData } from "./generate.js";
import { createSandbox, type Sandbox } from "./server.js";
import {
  TEST_USER_AGENT,
  createFakeClock,
  getApi,
  rawGet,
  traktHeaders,
} from "./test-helpers.js";

describe("sandbox request checks", () => {
  let sandbox: Sandbox;
  let token: string;

  before(async () => {
    sandbox = await createSandbox({
      data: generateSandboxData({ historyMovies: 3, historyEpisodes: 2 }),
      blockedUserAgents: ["python-requests"],
    });
    token = sandbox.issueTokens().access_token;
  });
  after(async () => {
    await sandbox.close();
  });

  it("answers a request without User-Agent with Cloudflare's HTML 403", async () => {
    const headers = { ...traktHeaders(sandbox, token) };
    delete headers["User-Agent"];
    const answer = await rawGet(`${sandbox.apiBaseUrl}/sync/history`, headers);

    assert.equal(answer.status, 403);
    assert.match(answer.contentType ?? "", /^text\/html/);
    assert.match(answer.body, /Sorry, you have been blocked/);
  });

  it("blocks a configured User-Agent the same way", async () => {
    const headers = {
      ...traktHeaders(sandbox, token),
      "User-Agent": "python-requests/2.32",
    };
    const answer = await rawGet(`${sandbox.apiBaseUrl}/sync/history`, headers);

    assert.equal(answer.status, 403);
    assert.match(answer.contentType ?? "", /^text\/html/);
  });

  it("refuses an unknown client id with a JSON 403", async () => {
    const response = await fetch(`${sandbox.apiBaseUrl}/users/me/history`, {
      headers: { ...traktHeaders(sandbox, token), "trakt-api-key": "nope" },
    });

    assert.equal(response.status, 403);
    assert.deepEqual(await response.json(), {
      error: "invalid_api_key",
      error_description:
        "Send the app's client id in the trakt-api-key header.",
    });
  });

  it("refuses a request without trakt-api-version 2", async () => {
    const headers = { ...traktHeaders(sandbox, token) };
    delete headers["trakt-api-version"];
    const answer = await rawGet(`${sandbox.apiBaseUrl}/sync/history`, headers);

    assert.equal(answer.status, 400);
  });

  it("answers 401 on /sync without a token and with an unknown one", async () => {
    const missing = await getApi(sandbox, "/sync/history");
    const unknown = await getApi(sandbox, "/sync/history", "not-a-token");

    assert.equal(missing.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual(await unknown.json(), {
      error: "invalid_token",
      error_description: "The access token is invalid",
    });
  });

  it("serves a public profile's history with the client id only", async () => {
    const response = await getApi(sandbox, "/users/sandbox-user/history");
    const items: unknown = await response.json();

    assert.equal(response.status, 200);
    assert.ok(Array.isArray(items));
    assert.equal(items.length, 5);
  });

  it("keeps only the asked type on typed history paths", async () => {
    const movies: unknown = await (
      await getApi(sandbox, "/sync/history/movies", token)
    ).json();
    const episodes: unknown = await (
      await getApi(sandbox, "/sync/history/episodes", token)
    ).json();

    assert.ok(Array.isArray(movies) && Array.isArray(episodes));
    assert.equal(movies.length, 3);
    assert.equal(episodes.length, 2);
  });

  it("answers 404 for an unknown user and 401 for me without a token", async () => {
    const unknown = await getApi(sandbox, "/users/someone-else/history");
    const me = await getApi(sandbox, "/users/me/history");

    assert.equal(unknown.status, 404);
    assert.equal(me.status, 401);
  });

  it("serves settings and last activities as single objects", async () => {
    const settings = await getApi(sandbox, "/users/settings", token);
    const activities = await getApi(sandbox, "/sync/last_activities", token);

    assert.equal(settings.status, 200);
    assert.equal(settings.headers.get("X-Pagination-Page"), null);
    const body = z
      .object({ account: z.unknown() })
      .parse(await settings.json());
    assert.deepEqual(body.account, {
      timezone: "Europe/Lisbon",
      date_format: "dmy",
      time_24hr: true,
    });
    assert.equal(activities.status, 200);
  });
});

describe("sandbox data endpoints", () => {
  let sandbox: Sandbox;
  let token: string;

  before(async () => {
    const data = generateSandboxData({
      ratings: 20,
      watchlist: 4,
      lists: 1,
      itemsPerList: 3,
      comments: 4,
    });
    sandbox = await createSandbox({ data });
    token = sandbox.issueTokens().access_token;
  });
  after(async () => {
    await sandbox.close();
  });

  const countOf = async (path: string): Promise<number> => {
    const response = await getApi(sandbox, path, token);
    assert.equal(response.status, 200, path);
    const items: unknown = await response.json();
    assert.ok(Array.isArray(items));
    return items.length;
  };

  it("filters ratings by type and by rating value", async () => {
    assert.equal(await countOf("/sync/ratings/movies"), 20);
    assert.equal(await countOf("/sync/ratings/movies/9,10"), 4);
    assert.equal(await countOf("/sync/ratings/shows"), 0);
  });

  it("serves the watchlist and echoes its sort", async () => {
    const response = await getApi(
      sandbox,
      "/sync/watchlist/movies/rank/desc",
      token,
    );

    assert.equal(response.headers.get("X-Sort-By"), "rank");
    assert.equal(response.headers.get("X-Sort-How"), "desc");
    const items = z
      .array(z.object({ rank: z.number() }))
      .parse(await response.json());
    assert.deepEqual(
      items.map((item) => item.rank),
      [4, 3, 2, 1],
    );
  });

  it("finds list items by list id and by slug", async () => {
    assert.equal(await countOf("/users/me/lists/600000/items"), 3);
    assert.equal(
      await countOf("/users/me/lists/sandbox-list-1/items/movie"),
      3,
    );
    const missing = await getApi(sandbox, "/users/me/lists/1/items", token);
    assert.equal(missing.status, 404);
  });

  it("filters comments to reviews or shouts", async () => {
    assert.equal(await countOf("/users/me/comments/reviews/movies"), 2);
    assert.equal(await countOf("/users/me/comments/shouts"), 2);
  });
});

describe("sandbox GET budget", () => {
  it("answers 429 with Retry-After and X-Ratelimit once the budget is spent", async () => {
    const fake = createFakeClock("2026-08-01T12:00:00.000Z");
    const sandbox = await createSandbox({
      rateBudget: { limit: 3, periodSeconds: 300 },
      clock: fake.clock,
    });
    const token = sandbox.issueTokens().access_token;

    try {
      for (let call = 0; call < 3; call += 1) {
        assert.equal(
          (await getApi(sandbox, "/sync/history", token)).status,
          200,
        );
      }
      fake.advanceMs(100_000);
      const limited = await getApi(sandbox, "/sync/history", token);

      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get("Retry-After"), "200");
      assert.deepEqual(JSON.parse(limited.headers.get("X-Ratelimit") ?? ""), {
        name: "AUTHED_API_GET_LIMIT",
        period: 300,
        limit: 3,
        remaining: 0,
        until: "2026-08-01T12:05:00.000Z",
      });

      const unauthed = await getApi(sandbox, "/users/sandbox-user/history");
      assert.equal(unauthed.status, 200, "the unauthed bucket is separate");

      fake.advanceMs(200_000);
      const renewed = await getApi(sandbox, "/sync/history", token);
      assert.equal(renewed.status, 200);
      assert.equal(sandbox.stats().rateLimited, 1);
    } finally {
      await sandbox.close();
    }
  });
});

describe("sandbox lifecycle", () => {
  it("refuses a non-loopback host unless remote access is allowed", async () => {
    await assert.rejects(
      createSandbox({ host: "0.0.0.0" }),
      (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.equal(
          error.message,
          'Refusing to listen on "0.0.0.0": the sandbox is a test tool and listens on loopback (127.0.0.1, ::1, localhost) only. Pass --allow-remote to listen there anyway.',
        );
        return true;
      },
    );
  });

  it("counts requests by path and status", async () => {
    const sandbox = await createSandbox();
    try {
      await getApi(sandbox, "/sync/history");
      await getApi(sandbox, "/users/sandbox-user/ratings");
      await fetch(`${sandbox.baseUrl}/users/sandbox-user/ratings`, {
        headers: { "User-Agent": TEST_USER_AGENT },
      });

      const stats = sandbox.stats();
      assert.equal(stats.total, 3);
      assert.deepEqual(stats.byPath, {
        "/sync/history": { 401: 1 },
        "/users/sandbox-user/ratings": { 200: 1, 403: 1 },
      });
      sandbox.resetStats();
      assert.equal(sandbox.stats().total, 0);
    } finally {
      await sandbox.close();
    }
  });

  it("delays every answer by latencyMs", async () => {
    const sandbox = await createSandbox({ latencyMs: 120 });
    try {
      const startedMs = Date.now();
      await getApi(sandbox, "/users/sandbox-user/history");
      assert.ok(Date.now() - startedMs >= 110);
    } finally {
      await sandbox.close();
    }
  });
});
