import assert from "node:assert/strict";
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { after, describe, it } from "node:test";

import {
  createSandbox,
  sandboxDataFromExport,
  type Sandbox,
} from "../../sandbox/index.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";
import {
  cliDependencies,
  createRecordingClock,
  loggedInStore,
} from "../../../test/support/trakt-client.js";

/** A sandbox whose CA goes to `config/` (the path guard reads only there). */
async function startTlsSandbox(cwd: string): Promise<Sandbox> {
  await mkdir(join(cwd, "config"));
  const sandbox = await createSandbox({
    data: await sandboxDataFromExport(SAMPLE_ZIP),
    tls: { caCertPath: join(cwd, "config", "sandbox-ca.pem") },
  });
  after(() => sandbox.close());
  return sandbox;
}

describe("export from a sandbox served over HTTPS", () => {
  it("exports over HTTPS when --ca-file names the sandbox's CA", async () => {
    const cwd = await makeTempDir();
    const sandbox = await startTlsSandbox(cwd);
    assert.match(sandbox.apiBaseUrl, /^https:\/\/127\.0\.0\.1:\d+$/);
    const trakt = cliDependencies(
      sandbox,
      loggedInStore(sandbox),
      createRecordingClock(),
    );

    const result = await runCliForTest(
      [
        "export",
        "--api-base-url",
        sandbox.apiBaseUrl,
        "--ca-file",
        "config/sandbox-ca.pem",
        "--output",
        "out",
      ],
      { cwd, trakt },
    );

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stderr.trimEnd().split("\n").at(-1),
      `Wrote 49 rows in 3 files to ${join(cwd, "out")}`,
    );
    assert.equal(sandbox.stats().byPath["/sync/history/movies"]?.[200], 1);
  });

  it("fails at once with a certificate message when the CA is not trusted", async () => {
    const cwd = await makeTempDir();
    const sandbox = await startTlsSandbox(cwd);
    const clock = createRecordingClock();
    const trakt = cliDependencies(sandbox, loggedInStore(sandbox), clock);

    const result = await runCliForTest(
      ["export", "--api-base-url", sandbox.apiBaseUrl, "--output", "out"],
      { cwd, trakt },
    );

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      `Error: GET ${sandbox.apiBaseUrl}/users/settings: the server's certificate is not trusted (unable to verify the first certificate). For a sandbox started with --tls, pass --ca-file with the CA file it printed; otherwise check the system clock and any proxy that intercepts HTTPS.`,
    );
    assert.equal(sandbox.stats().total, 0);
    assert.deepEqual(clock.sleeps, [], "a certificate problem is not retried");
    assert.deepEqual((await readdir(cwd)).sort(), ["config", "logs"]);
  });
});
