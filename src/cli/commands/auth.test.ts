import assert from "node:assert/strict";
import { after, describe, it } from "node:test";

import {
  createSandbox,
  parseFaultSpec,
  type Sandbox,
  type SandboxOptions,
} from "../../sandbox/index.js";
import { CredentialError } from "../../shared/index.js";
import {
  MemoryTokenStore,
  pollDeviceToken,
  requestDeviceCode,
} from "../../trakt/index.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { makeTempDir } from "../../../test/support/temp.js";
import {
  clientFor,
  cliDependencies,
  createRecordingClock,
  type RecordingClock,
} from "../../../test/support/trakt-client.js";

async function sandboxOnClock(
  clock: { now: () => number },
  options: SandboxOptions = {},
) {
  const sandbox = await createSandbox({
    clock: clock.now,
    deviceIntervalSeconds: 5,
    autoApproveAfterMs: 12_000,
    ...options,
  });
  after(() => sandbox.close());
  return sandbox;
}

/** When each device-token poll reached the sandbox, in ms after the code. */
function pollTimes(sandbox: Sandbox): number[] {
  const requests = sandbox.stats().requests;
  const issuedAtMs = requests.find(
    (record) => record.path === "/oauth/device/code",
  )?.atMs;
  assert.ok(issuedAtMs !== undefined, "no device code was requested");
  return requests
    .filter((record) => record.path === "/oauth/device/token")
    .map((record) => record.atMs - issuedAtMs);
}

async function runAuth(
  sandbox: Sandbox,
  clock: RecordingClock,
  tokens = new MemoryTokenStore(),
  onStderr?: (text: string) => void,
) {
  const trakt = cliDependencies(sandbox, tokens, clock);
  const cwd = await makeTempDir();
  return runCliForTest(["auth", "--api-base-url", sandbox.apiBaseUrl], {
    cwd,
    trakt,
    ...(onStderr === undefined ? {} : { onStderr }),
  });
}

function lastLine(text: string): string | undefined {
  return text.trimEnd().split("\n").at(-1);
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

  it("polls at the interval Trakt announces, not a built-in one", async () => {
    const clock = createRecordingClock();
    const sandbox = await sandboxOnClock(clock, {
      deviceIntervalSeconds: 7,
      autoApproveAfterMs: 14_000,
    });
    const tokens = new MemoryTokenStore();

    const result = await runAuth(sandbox, clock, tokens);

    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(clock.sleeps, [7000, 7000]);
    assert.deepEqual(pollTimes(sandbox), [7000, 14_000]);
    assert.deepEqual(sandbox.stats().byPath["/oauth/device/token"], {
      200: 1,
      400: 1,
    });
    assert.equal(tokens.saved.length, 1);
  });

  it("polls 5 s less often after each slow-down answer", async () => {
    const clock = createRecordingClock();
    const sandbox = await sandboxOnClock(clock, {
      autoApproveAfterMs: 40_000,
      faults: parseFaultSpec(
        "status=429,path=/oauth/device/token,nth=2;status=429,path=/oauth/device/token,nth=3",
      ),
    });

    const result = await runAuth(sandbox, clock);

    assert.equal(result.code, 0, result.stderr);
    // Pending at 5 s; slow-down answers at 10 s and 20 s stretch the wait
    // to 10 s, then 15 s; still pending at 35 s, approved at 50 s.
    assert.deepEqual(clock.sleeps, [5000, 5000, 10_000, 15_000, 15_000]);
    assert.deepEqual(
      pollTimes(sandbox),
      [5000, 10_000, 20_000, 35_000, 50_000],
    );
    assert.equal(
      lastLine(result.stderr),
      "Logged in to Trakt; the tokens are stored.",
    );
  });

  it("exits 1 with a clear message when the code expires unapproved", async () => {
    const clock = createRecordingClock();
    const sandbox = await sandboxOnClock(clock, {
      deviceCodeLifetimeSeconds: 12,
      autoApproveAfterMs: 60_000,
    });
    const tokens = new MemoryTokenStore();

    const result = await runAuth(sandbox, clock, tokens);

    assert.equal(result.code, 1);
    assert.equal(
      lastLine(result.stderr),
      'Error: The device code expired before it was approved. Run "export-trakt auth" again and enter the code within the time shown.',
    );
    assert.deepEqual(pollTimes(sandbox), [5000, 10_000]);
    assert.equal(tokens.saved.length, 0);
    assert.doesNotMatch(result.stderr, /Logged in|complete/i);
  });

  it("exits 1 with a clear message when Trakt answers that the code expired", async () => {
    const clock = createRecordingClock();
    const sandbox = await sandboxOnClock(clock, {
      faults: parseFaultSpec("status=410,path=/oauth/device/token"),
    });

    const result = await runAuth(sandbox, clock);

    assert.equal(result.code, 1);
    assert.equal(
      lastLine(result.stderr),
      'Error: The device code expired before it was approved. Run "export-trakt auth" again and enter the code within the time shown.',
    );
    assert.deepEqual(pollTimes(sandbox), [5000]);
  });

  it("exits 1 with a clear message when the person denies the login", async () => {
    const clock = createRecordingClock();
    const sandbox = await sandboxOnClock(clock, {
      autoApproveAfterMs: 60_000,
    });
    const tokens = new MemoryTokenStore();
    let denied = false;

    const result = await runAuth(sandbox, clock, tokens, (text) => {
      const userCode = /enter the code (\S+)/.exec(text)?.[1];
      if (userCode !== undefined) denied = sandbox.denyDevice(userCode);
    });

    assert.ok(denied, "the printed code was not pending on the sandbox");
    assert.equal(result.code, 1);
    assert.equal(
      lastLine(result.stderr),
      'Error: The login was denied on Trakt. Run "export-trakt auth" again and approve it to continue.',
    );
    assert.deepEqual(sandbox.stats().byPath["/oauth/device/token"], {
      418: 1,
    });
    assert.equal(tokens.saved.length, 0);
  });

  it("stops polling with a clear message when the code was already used", async () => {
    const clock = createRecordingClock();
    const sandbox = await sandboxOnClock(clock, { autoApproveAfterMs: 0 });
    const client = await clientFor(sandbox, { clock });
    after(() => client.close());
    const credentials = {
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
    };
    const code = await requestDeviceCode(client.transport, credentials);
    await pollDeviceToken(client.transport, credentials, code, clock);

    await assert.rejects(
      pollDeviceToken(client.transport, credentials, code, clock),
      (error: unknown) =>
        error instanceof CredentialError &&
        error.message ===
          'This device code was already used. Run "export-trakt auth" again for a new one.',
    );
    assert.deepEqual(sandbox.stats().byPath["/oauth/device/token"], {
      200: 1,
      409: 1,
    });
  });

  it("exits 1 when Trakt says the code was already used", async () => {
    const clock = createRecordingClock();
    const sandbox = await sandboxOnClock(clock, {
      faults: parseFaultSpec("status=409,path=/oauth/device/token"),
    });

    const result = await runAuth(sandbox, clock);

    assert.equal(result.code, 1);
    assert.equal(
      lastLine(result.stderr),
      'Error: This device code was already used. Run "export-trakt auth" again for a new one.',
    );
    assert.deepEqual(pollTimes(sandbox), [5000]);
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
