import assert from "node:assert/strict";
import { after, describe, it } from "node:test";

import { englishOf } from "../i18n/index.js";
import { generateSandboxData, parseFaultSpec } from "../sandbox/index.js";
import {
  CredentialError,
  NetworkError,
  TraktApiError,
} from "../shared/index.js";
import {
  clientFor,
  createRecordingClock,
  loggedInStore,
  pagesRequested,
  startSandbox,
} from "../../test/support/trakt-client.js";

import { MemoryTokenStore, fetchAllPages } from "./index.js";

const HISTORY = "/sync/history/movies";

function historyOf(count: number) {
  return generateSandboxData({ historyMovies: count }).history;
}

function idsOf(items: unknown[]): unknown[] {
  return items.map((item) =>
    typeof item === "object" && item !== null && "id" in item
      ? item.id
      : undefined,
  );
}

describe("Trakt client paging", () => {
  it("fetches every announced page even when a hidden item makes page 1 short", async () => {
    const history = historyOf(6);
    const hidden = history[1]?.id;
    assert.equal(typeof hidden, "number");
    const sandbox = await startSandbox({
      data: { history },
      hiddenIds: [hidden as number],
    });
    const clock = createRecordingClock();
    const client = await clientFor(sandbox, {
      clock,
      tokens: loggedInStore(sandbox),
      settings: { pageLimit: 3 },
    });
    after(() => client.close());

    const result = await fetchAllPages(client.transport, HISTORY, {
      pageLimit: 3,
      withToken: true,
    });

    assert.equal(result.items.length, 5);
    assert.deepEqual(pagesRequested(sandbox, HISTORY), [1, 2]);
    assert.deepEqual(result.warnings.map(englishOf), [
      "GET /sync/history/movies announced 6 items but 5 arrived over 2 pages; Trakt leaves out hidden items (such as titles it reclassified). The export goes on with what arrived.",
    ]);
  });

  it("follows the clamped page count when asking for 1000 a page", async () => {
    const sandbox = await startSandbox({ data: { history: historyOf(260) } });
    const client = await clientFor(sandbox, {
      clock: createRecordingClock(),
      tokens: loggedInStore(sandbox),
    });
    after(() => client.close());

    const result = await fetchAllPages(client.transport, HISTORY, {
      pageLimit: 1000,
      withToken: true,
    });

    assert.equal(result.items.length, 260);
    assert.equal(new Set(idsOf(result.items)).size, 260);
    assert.deepEqual(result.warnings, []);
    const limits = sandbox
      .stats()
      .requests.filter((record) => record.path === HISTORY);
    assert.equal(limits.length, 2);
  });

  it("treats an answer without paging headers as one complete page", async () => {
    const sandbox = await startSandbox({
      data: { history: historyOf(3) },
      faults: parseFaultSpec("strip-paging"),
    });
    const client = await clientFor(sandbox, {
      clock: createRecordingClock(),
      tokens: loggedInStore(sandbox),
    });
    after(() => client.close());

    const result = await fetchAllPages(client.transport, HISTORY, {
      pageLimit: 250,
      withToken: true,
    });
    assert.equal(result.items.length, 3);
    assert.deepEqual(pagesRequested(sandbox, HISTORY), [1]);
  });
});

describe("Trakt client tokens", () => {
  it("refreshes once when the token expires after page 1, saves the new pair and retries page 2", async () => {
    const sandbox = await startSandbox({
      data: { history: historyOf(300) },
      faults: parseFaultSpec("expire-token=1"),
    });
    const tokens = loggedInStore(sandbox);
    const first = await tokens.load();
    const client = await clientFor(sandbox, {
      clock: createRecordingClock(),
      tokens,
    });
    after(() => client.close());

    const result = await fetchAllPages(client.transport, HISTORY, {
      pageLimit: 250,
      withToken: true,
    });

    assert.equal(result.items.length, 300);
    assert.equal(new Set(idsOf(result.items)).size, 300);
    assert.equal(tokens.saved.length, 1);
    assert.notEqual(tokens.saved[0]?.refreshToken, first?.refreshToken);
    assert.deepEqual(sandbox.stats().byPath["/oauth/token"], { 200: 1 });
    assert.deepEqual(sandbox.stats().byPath[HISTORY], { 200: 2, 401: 1 });
  });

  it("fails with a CredentialError when the refresh is refused", async () => {
    const sandbox = await startSandbox({ data: { history: historyOf(3) } });
    const issued = await loggedInStore(sandbox).load();
    assert.ok(issued !== undefined);
    sandbox.expireAccessTokens();
    const client = await clientFor(sandbox, {
      clock: createRecordingClock(),
      tokens: new MemoryTokenStore({ ...issued, refreshToken: "spent" }),
    });
    after(() => client.close());

    await assert.rejects(
      fetchAllPages(client.transport, HISTORY, {
        pageLimit: 250,
        withToken: true,
      }),
      (error: unknown) =>
        error instanceof CredentialError &&
        error.message ===
          'Trakt refused to refresh the login (invalid_grant): the refresh token was already used, revoked or has expired. Run "export-trakt auth" to log in again.',
    );
  });
});

describe("Trakt client retries", () => {
  it("waits for Retry-After on an HTML 429, retries once, and returns no duplicates", async () => {
    const sandbox = await startSandbox({
      data: { history: historyOf(300) },
      faults: parseFaultSpec(
        "html=429,retry-after=2,path=/sync/history/movies,page=2,nth=1",
      ),
    });
    const clock = createRecordingClock();
    const client = await clientFor(sandbox, {
      clock,
      tokens: loggedInStore(sandbox),
    });
    after(() => client.close());

    const result = await fetchAllPages(client.transport, HISTORY, {
      pageLimit: 250,
      withToken: true,
    });

    assert.equal(result.items.length, 300);
    assert.equal(new Set(idsOf(result.items)).size, 300);
    assert.ok(
      clock.sleeps.some((ms) => ms >= 2000),
      `sleeps: ${clock.sleeps.join(", ")}`,
    );
    assert.deepEqual(pagesRequested(sandbox, HISTORY), [1, 2, 2]);
  });

  it("retries a 503 with backoff and gives up after five attempts", async () => {
    const sandbox = await startSandbox({
      data: { history: historyOf(3) },
      faults: parseFaultSpec("status=503,path=/sync/history/movies"),
    });
    const clock = createRecordingClock();
    const client = await clientFor(sandbox, {
      clock,
      tokens: loggedInStore(sandbox),
    });
    after(() => client.close());

    await assert.rejects(
      fetchAllPages(client.transport, HISTORY, {
        pageLimit: 250,
        withToken: true,
      }),
      (error: unknown) =>
        error instanceof TraktApiError &&
        error.status === 503 &&
        error.message.startsWith(
          "GET /sync/history/movies failed with HTTP 503",
        ),
    );
    assert.deepEqual(clock.sleeps, [750, 1500, 3000, 6000]);
    assert.equal(pagesRequested(sandbox, HISTORY).length, 5);
  });
});

describe("Trakt client network errors", () => {
  it("retries dropped connections with backoff, then succeeds", async () => {
    const sandbox = await startSandbox({
      data: { history: historyOf(300) },
      faults: parseFaultSpec(`drop,path=${HISTORY},page=2,count=2`),
    });
    const clock = createRecordingClock();
    const client = await clientFor(sandbox, {
      clock,
      tokens: loggedInStore(sandbox),
    });
    after(() => client.close());

    const result = await fetchAllPages(client.transport, HISTORY, {
      pageLimit: 250,
      withToken: true,
    });

    assert.equal(result.items.length, 300);
    assert.equal(new Set(idsOf(result.items)).size, 300);
    assert.deepEqual(clock.sleeps, [750, 1500]);
    assert.equal(sandbox.stats().dropped, 2);
    assert.deepEqual(pagesRequested(sandbox, HISTORY), [1, 2, 2, 2]);
  });

  it("retries a request that times out, then succeeds", async () => {
    const sandbox = await startSandbox({
      data: { history: historyOf(3) },
      faults: parseFaultSpec(`latency=2000,path=${HISTORY},nth=1`),
    });
    const clock = createRecordingClock();
    const client = await clientFor(sandbox, {
      clock,
      tokens: loggedInStore(sandbox),
      https: { timeoutMs: 200 },
    });
    after(() => client.close());

    const result = await fetchAllPages(client.transport, HISTORY, {
      pageLimit: 250,
      withToken: true,
    });

    assert.equal(result.items.length, 3);
    assert.deepEqual(clock.sleeps, [750]);
  });

  it("gives up with a timeout message after five attempts", async () => {
    const sandbox = await startSandbox({
      data: { history: historyOf(3) },
      faults: parseFaultSpec(`latency=2000,path=${HISTORY}`),
    });
    const clock = createRecordingClock();
    const client = await clientFor(sandbox, {
      clock,
      tokens: loggedInStore(sandbox),
      https: { timeoutMs: 100 },
    });
    after(() => client.close());

    await assert.rejects(
      fetchAllPages(client.transport, HISTORY, {
        pageLimit: 250,
        withToken: true,
      }),
      (error: unknown) =>
        error instanceof NetworkError &&
        error.message ===
          `GET ${sandbox.apiBaseUrl}/sync/history/movies timed out after 100 ms. Check the connection, or raise security.https.timeout.`,
    );
    assert.deepEqual(clock.sleeps, [750, 1500, 3000, 6000]);
  });
});
