import assert from "node:assert/strict";
import { after, describe, it } from "node:test";

import { createSandbox } from "../../sandbox/index.js";
import { MemoryTokenStore } from "../../trakt/index.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { makeTempDir } from "../../../test/support/temp.js";
import {
  cliDependencies,
  createRecordingClock,
} from "../../../test/support/trakt-client.js";

async function sandboxOnClock(clock: { now: () => number }) {
  const sandbox = await createSandbox({
    clock: clock.now,
    deviceIntervalSeconds: 5,
    autoApproveAfterMs: 12_000,
  });
  after(() => sandbox.close());
  return sandbox;
}

describe("auth and token commands", () => {
  it("logs in with a device code, polling at Trakt's interval, and stores the tokens", async () => {
    const clock = createRecordingClock();
    const sandbox = await sandboxOnClock(clock);
    const tokens = new MemoryTokenStore();
    const trakt = cliDependencies(sandbox, tokens, clock);
    const cwd = await makeTempDir();

    const result = await runCliForTest(
      ["auth", "--api-base-url", sandbox.apiBaseUrl],
      { cwd, trakt },
    );

    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stderr,
      /^Open http:\/\/127\.0\.0\.1:\d+\/activate and enter the code [A-Z2-9]{8} \(valid for 10 minutes\)\. Waiting for approval…\nLogged in to Trakt; the tokens are stored\.\n$/,
    );
    assert.equal(tokens.saved.length, 1);
    assert.deepEqual(clock.sleeps, [5000, 5000, 5000]);
    const saved = tokens.saved[0];
    assert.ok(saved !== undefined);
    assert.ok(!result.stderr.includes(saved.accessToken));
    assert.ok(!result.stderr.includes(saved.refreshToken));
  });

  it("reports the stored login as JSON, revokes it on Trakt and forgets it", async () => {
    const clock = createRecordingClock();
    const sandbox = await sandboxOnClock(clock);
    const issued = sandbox.issueTokens();
    const tokens = new MemoryTokenStore({
      accessToken: issued.access_token,
      refreshToken: issued.refresh_token,
      expiresAtMs: Date.parse("2030-01-01T00:00:00.000Z"),
      scope: "public",
    });
    const trakt = cliDependencies(sandbox, tokens, clock);
    const cwd = await makeTempDir();

    const status = await runCliForTest(["token", "status", "--json"], {
      cwd,
      trakt,
    });
    assert.equal(status.code, 0);
    assert.deepEqual(JSON.parse(status.stdout), {
      hasToken: true,
      expiresAt: "2030-01-01T00:00:00.000Z",
      isExpired: false,
      refreshAvailable: true,
    });

    const revoked = await runCliForTest(
      ["token", "revoke", "--api-base-url", sandbox.apiBaseUrl],
      { cwd, trakt },
    );
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.equal(
      revoked.stderr,
      "Revoked the Trakt login and forgot the tokens.\n",
    );
    assert.equal(await tokens.load(), undefined);
    assert.deepEqual(sandbox.stats().byPath["/oauth/revoke"], { 200: 1 });
  });
});
