import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { generateSandboxData } from "./generate.js";
import { createSandbox, type Sandbox } from "./server.js";
import { getApi, pagingOf } from "./test-helpers.js";

describe("sandbox paging", () => {
  let sandbox: Sandbox;
  let token: string;

  before(async () => {
    const data = generateSandboxData({
      historyMovies: 260,
      comments: 25,
      lists: 2,
    });
    sandbox = await createSandbox({ data });
    token = sandbox.issueTokens().access_token;
  });
  after(async () => {
    await sandbox.close();
  });

  it("answers 100 items per page when no limit is given", async () => {
    const response = await getApi(sandbox, "/sync/history/movies", token);
    const items: unknown = await response.json();

    assert.equal(response.status, 200);
    assert.ok(Array.isArray(items));
    assert.equal(items.length, 100);
    assert.deepEqual(pagingOf(response), {
      page: 1,
      limit: 100,
      pageCount: 3,
      itemCount: 260,
    });
  });

  it("clamps a limit above 250 silently and says so in the headers", async () => {
    const first = await getApi(
      sandbox,
      "/sync/history/movies?limit=1000",
      token,
    );
    const second = await getApi(
      sandbox,
      "/sync/history/movies?limit=1000&page=2",
      token,
    );
    const firstItems: unknown = await first.json();
    const secondItems: unknown = await second.json();

    assert.deepEqual(pagingOf(first), {
      page: 1,
      limit: 250,
      pageCount: 2,
      itemCount: 260,
    });
    assert.ok(Array.isArray(firstItems) && Array.isArray(secondItems));
    assert.equal(firstItems.length, 250);
    assert.equal(secondItems.length, 10);
  });

  it("answers an empty page past the last one, with the counts", async () => {
    const response = await getApi(sandbox, "/sync/history?page=9", token);

    assert.deepEqual(await response.json(), []);
    assert.equal(pagingOf(response).pageCount, 3);
  });

  it("pages comments by 10 by default", async () => {
    const path = `/users/${sandbox.username}/comments/all/movies`;
    const response = await getApi(sandbox, path);
    const items: unknown = await response.json();

    assert.ok(Array.isArray(items));
    assert.equal(items.length, 10);
    assert.deepEqual(pagingOf(response), {
      page: 1,
      limit: 10,
      pageCount: 3,
      itemCount: 25,
    });
  });

  it("answers the list index without paging headers", async () => {
    const response = await getApi(sandbox, "/users/me/lists", token);
    const items: unknown = await response.json();

    assert.ok(Array.isArray(items));
    assert.equal(items.length, 2);
    assert.equal(response.headers.get("X-Pagination-Page"), null);
  });
});

describe("sandbox hidden items", () => {
  it("leaves a hidden item out of its page but keeps it in the counts", async () => {
    const data = generateSandboxData({ historyMovies: 5 });
    const hiddenHistoryId = data.history[1]?.id;
    assert.equal(typeof hiddenHistoryId, "number");
    const sandbox = await createSandbox({
      data,
      hiddenIds: [Number(hiddenHistoryId)],
    });
    const token = sandbox.issueTokens().access_token;

    try {
      const first = await getApi(sandbox, "/sync/history?limit=3", token);
      const second = await getApi(
        sandbox,
        "/sync/history?limit=3&page=2",
        token,
      );
      const firstItems: unknown = await first.json();
      const secondItems: unknown = await second.json();

      assert.ok(Array.isArray(firstItems) && Array.isArray(secondItems));
      assert.equal(firstItems.length, 2);
      assert.equal(secondItems.length, 2);
      assert.deepEqual(pagingOf(first), {
        page: 1,
        limit: 3,
        pageCount: 2,
        itemCount: 5,
      });
    } finally {
      await sandbox.close();
    }
  });
});
