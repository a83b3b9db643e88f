import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { after, describe, it } from "node:test";

import {
  createSandbox,
  parseFaultSpec,
  sandboxDataFromExport,
  type SandboxOptions,
} from "../../sandbox/index.js";
import { MemoryTokenStore } from "../../trakt/index.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";
import {
  cliDependencies,
  createRecordingClock,
  loggedInStore,
} from "../../../test/support/trakt-client.js";

interface ErrorCase {
  name: string;
  sandbox: Omit<SandboxOptions, "data">;
  args: string[];
  /** Whether the run is for the logged-in user (a token is stored). */
  isOwn: boolean;
  message: string;
}

const HISTORY = "/sync/history/movies";

const CASES: readonly ErrorCase[] = [
  {
    name: "a JSON 403 (client id refused)",
    sandbox: { faults: parseFaultSpec(`status=403,path=${HISTORY}`) },
    args: [],
    isOwn: true,
    message:
      "Error: GET /sync/history/movies failed with HTTP 403 (Access denied). Trakt refused the client id: check the client id in the credential store, the config ([trakt] client_id) or TRAKT_CLIENT_ID. Since 2026 only apps of Trakt VIP members keep working.",
  },
  {
    name: "a 404 for an unknown user",
    sandbox: {},
    args: ["--user", "nobody"],
    isOwn: false,
    message:
      'Error: GET /users/nobody/history/movies failed with HTTP 404 (not_found). There is no Trakt user "nobody", or the profile is private. Check --user, or log in with "export-trakt auth" to export your own private profile.',
  },
  {
    name: "a 423 for a locked account",
    sandbox: { faults: parseFaultSpec(`status=423,path=${HISTORY}`) },
    args: [],
    isOwn: true,
    message:
      "Error: GET /sync/history/movies failed with HTTP 423. The Trakt account is locked or deactivated; sign in on trakt.tv to sort it out, then try again.",
  },
  {
    name: "a 426 for a feature that needs VIP",
    sandbox: { faults: parseFaultSpec(`status=426,path=${HISTORY}`) },
    args: [],
    isOwn: true,
    message:
      "Error: GET /sync/history/movies failed with HTTP 426. This needs Trakt VIP; upgrade the account on trakt.tv, or export from your data export with --from instead.",
  },
];

describe("export from the Trakt API: refusals", () => {
  for (const errorCase of CASES) {
    it(`names the request and the next step for ${errorCase.name}, exits 1 and writes nothing`, async () => {
      const sandbox = await createSandbox({
        ...errorCase.sandbox,
        data: await sandboxDataFromExport(SAMPLE_ZIP),
      });
      after(() => sandbox.close());
      const cwd = await makeTempDir();
      const tokens = errorCase.isOwn
        ? loggedInStore(sandbox)
        : new MemoryTokenStore();
      const trakt = cliDependencies(sandbox, tokens, createRecordingClock());

      const result = await runCliForTest(
        ["export", "--api-base-url", sandbox.apiBaseUrl, ...errorCase.args],
        { cwd, trakt },
      );

      assert.equal(result.code, 1);
      assert.equal(result.stderr.trimEnd(), errorCase.message);
      assert.doesNotMatch(result.stderr, /complete|Wrote/i);
      assert.deepEqual(await readdir(cwd), ["logs"]);
    });
  }
});
