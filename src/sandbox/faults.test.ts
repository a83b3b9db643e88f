import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { parseFaultSpec } from "./fault-spec.js";
import type { SandboxFault } from "./faults.js";
import { generateSandboxData } from "./generate.js";
import { createSandbox, type Sandbox } from "./server.js";
import { getApi } from "./test-helpers.js";

async function withFaults(
  faults: readonly SandboxFault[],
  run: (sandbox: Sandbox, token: string) => Promise<void>,
): Promise<void> {
  const data = generateSandboxData({ historyMovies: 6 });
  const sandbox = await createSandbox({ data, faults });
  try {
    await run(sandbox, sandbox.issueTokens().access_token);
  } finally {
    await sandbox.close();
  }
}

async function statusesOf(
  sandbox: Sandbox,
  token: string,
  paths: readonly string[],
): Promise<number[]> {
  const statuses: number[] = [];
  for (const path of paths) {
    statuses.push((await getApi(sandbox, path, token)).status);
  }
  return statuses;
}

describe("sandbox faults", () => {
  it("answers a 5xx burst on the chosen requests only", async () => {
    const faults = parseFaultSpec("status=502,from=2,count=2");
    await withFaults(faults, async (sandbox, token) => {
      const paths = Array<string>(4).fill("/sync/history");
      assert.deepEqual(
        await statusesOf(sandbox, token, paths),
        [200, 502, 502, 200],
      );
    });
  });

  it("targets a fault at one path and page", async () => {
    const faults = parseFaultSpec("status=503,path=/sync/history,page=2");
    await withFaults(faults, async (sandbox, token) => {
      const paths = [
        "/sync/history?limit=3",
        "/sync/history?limit=3&page=2",
        "/sync/ratings?page=2",
      ];
      assert.deepEqual(
        await statusesOf(sandbox, token, paths),
        [200, 503, 200],
      );
    });
  });

  it("sends an HTML error page instead of JSON", async () => {
    await withFaults(
      parseFaultSpec("html=502,nth=1"),
      async (sandbox, token) => {
        const response = await getApi(sandbox, "/sync/history", token);

        assert.equal(response.status, 502);
        assert.match(response.headers.get("Content-Type") ?? "", /^text\/html/);
        assert.match(await response.text(), /^<!DOCTYPE html>/);
      },
    );
  });

  it("sends an HTML 429 with Retry-After on the targeted page", async () => {
    const faults = parseFaultSpec("html=429,retry-after=2,page=2,nth=1");
    await withFaults(faults, async (sandbox, token) => {
      const path = "/sync/history?limit=3&page=2";
      const limited = await getApi(sandbox, path, token);
      const retried = await getApi(sandbox, path, token);

      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get("Retry-After"), "2");
      assert.match(limited.headers.get("Content-Type") ?? "", /^text\/html/);
      assert.equal(retried.status, 200);
    });
  });

  it("drops the connection without an answer", async () => {
    await withFaults(parseFaultSpec("drop,nth=1"), async (sandbox, token) => {
      await assert.rejects(getApi(sandbox, "/sync/history", token), TypeError);
      const retried = await getApi(sandbox, "/sync/history", token);

      assert.equal(retried.status, 200);
      assert.equal(sandbox.stats().dropped, 1);
    });
  });

  it("answers a 429 storm with Retry-After and X-Ratelimit", async () => {
    const faults = parseFaultSpec("rate-limit=2,count=2");
    await withFaults(faults, async (sandbox, token) => {
      const first = await getApi(sandbox, "/sync/history", token);
      await getApi(sandbox, "/sync/history", token);
      const third = await getApi(sandbox, "/sync/history", token);

      assert.equal(first.status, 429);
      assert.equal(first.headers.get("Retry-After"), "2");
      assert.match(first.headers.get("X-Ratelimit") ?? "", /"remaining":0/);
      assert.equal(third.status, 200);
      assert.equal(sandbox.stats().rateLimited, 2);
    });
  });

  it("expires the access token after N authorised requests", async () => {
    await withFaults(
      parseFaultSpec("expire-token=2"),
      async (sandbox, token) => {
        const paths = Array<string>(3).fill("/sync/history");
        assert.deepEqual(
          await statusesOf(sandbox, token, paths),
          [200, 200, 401],
        );

        const fresh = sandbox.issueTokens().access_token;
        assert.equal(
          (await getApi(sandbox, "/sync/history", fresh)).status,
          200,
        );
      },
    );
  });

  it("adds latency to the targeted requests", async () => {
    const faults = parseFaultSpec("latency=150,path=/sync/ratings");
    await withFaults(faults, async (sandbox, token) => {
      const startedMs = Date.now();
      await getApi(sandbox, "/sync/ratings", token);
      const slowMs = Date.now() - startedMs;

      assert.ok(slowMs >= 140, `took ${slowMs} ms`);
    });
  });

  it("answers without paging headers when told to", async () => {
    await withFaults(parseFaultSpec("strip-paging"), async (sandbox, token) => {
      const response = await getApi(sandbox, "/sync/history", token);

      assert.equal(response.status, 200);
      assert.equal(response.headers.get("X-Pagination-Page-Count"), null);
    });
  });
});
