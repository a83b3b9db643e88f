import assert from "node:assert/strict";
import { access, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { parseFaultSpec, sandboxDataFromExport } from "../../sandbox/index.js";
import { MemoryTokenStore } from "../../trakt/index.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { readCsvTree } from "../../../test/support/golden.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";
import {
  cliDependencies,
  createRecordingClock,
  loggedInStore,
  startSandbox,
} from "../../../test/support/trakt-client.js";

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false; // Missing is the answer the test is after.
  }
}

describe("export from the Trakt API", () => {
  it("writes the same CSV bytes as the offline path on the sample", async () => {
    const sandbox = await startSandbox({
      data: await sandboxDataFromExport(SAMPLE_ZIP),
    });
    const cwd = await makeTempDir();
    const tokens = loggedInStore(sandbox);
    const trakt = cliDependencies(sandbox, tokens, createRecordingClock());

    const live = await runCliForTest(
      [
        "export",
        "--api-base-url",
        sandbox.apiBaseUrl,
        "--output",
        "live",
        "--export",
        "all",
      ],
      { cwd, trakt },
    );
    const offline = await runCliForTest(
      [
        "export",
        "--from",
        SAMPLE_ZIP,
        "--output",
        "offline",
        "--export",
        "all",
      ],
      { cwd },
    );

    assert.equal(live.code, 0, live.stderr);
    assert.equal(offline.code, 0, offline.stderr);
    const fromApi = await readCsvTree(join(cwd, "live"));
    const fromFile = await readCsvTree(join(cwd, "offline"));
    assert.deepEqual([...fromApi.keys()].sort(), [...fromFile.keys()].sort());
    for (const [path, bytes] of fromFile) {
      assert.ok(fromApi.get(path)?.equals(bytes), `${path} differs`);
    }
    assert.equal(
      live.stderr.trimEnd().split("\n").at(-1),
      `Wrote 51 rows in 4 files to ${join(cwd, "live")}`,
    );
    assert.ok(
      live.stderr.includes("(time zone Europe/Paris, the Trakt account's)"),
      live.stderr,
    );
  });

  it("makes one request per page and endpoint, nothing twice", async () => {
    const sandbox = await startSandbox({
      data: await sandboxDataFromExport(SAMPLE_ZIP),
    });
    const cwd = await makeTempDir();
    const trakt = cliDependencies(
      sandbox,
      loggedInStore(sandbox),
      createRecordingClock(),
    );
    const result = await runCliForTest(
      ["export", "--api-base-url", sandbox.apiBaseUrl],
      {
        cwd,
        trakt,
      },
    );

    assert.equal(result.code, 0, result.stderr);
    const paths = sandbox
      .stats()
      .requests.map((record) => `${record.path}#${record.page}`)
      .sort();
    assert.deepEqual(paths, [
      "/sync/history/movies#1",
      "/sync/ratings/movies#1",
      "/sync/watchlist/movies#1",
      "/users/me/comments/all/movies#1",
      "/users/me/lists#1",
      "/users/me/lists/4821/items/movie#1",
      "/users/settings#1",
    ]);
  });

  it("exits 1 and writes nothing when the refresh is refused", async () => {
    const sandbox = await startSandbox({
      data: await sandboxDataFromExport(SAMPLE_ZIP),
    });
    const issued = await loggedInStore(sandbox).load();
    assert.ok(issued !== undefined);
    sandbox.expireAccessTokens();
    const cwd = await makeTempDir();
    const tokens = new MemoryTokenStore({ ...issued, refreshToken: "spent" });
    const trakt = cliDependencies(sandbox, tokens, createRecordingClock());

    const result = await runCliForTest(
      ["export", "--api-base-url", sandbox.apiBaseUrl],
      {
        cwd,
        trakt,
      },
    );

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      'Error: Trakt refused to refresh the login (invalid_grant): the refresh token was already used, revoked or has expired. Run "export-trakt auth" to log in again.',
    );
    assert.deepEqual(await readdir(cwd), ["logs"]);
  });

  it("names HTTP 403, the endpoint and the HTML block page for a blocked User-Agent", async () => {
    const sandbox = await startSandbox({
      data: await sandboxDataFromExport(SAMPLE_ZIP),
      blockedUserAgents: ["export-trakt/"],
    });
    const cwd = await makeTempDir();
    const trakt = cliDependencies(
      sandbox,
      new MemoryTokenStore(),
      createRecordingClock(),
    );

    const result = await runCliForTest(
      [
        "export",
        "--api-base-url",
        sandbox.apiBaseUrl,
        "--user",
        "sample-user",
        "--export",
        "watchlist",
      ],
      { cwd, trakt },
    );

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      "Error: GET /users/sample-user/watchlist/movies answered HTTP 403 with an HTML block page instead of JSON (Trakt's firewall, Cloudflare, stopped the request). Check that the client id is right and that nothing strips the User-Agent; if you sent many requests, wait a few minutes and try again.",
    );
    assert.doesNotMatch(result.stderr, /complete/i);
    assert.deepEqual(await readdir(cwd), ["logs"]);
  });

  it("writes a header-only file and a 0 films summary for an empty history without paging headers", async () => {
    const sandbox = await startSandbox({
      data: { settings: { account: { timezone: "UTC" } } },
      faults: parseFaultSpec("strip-paging"),
    });
    const cwd = await makeTempDir();
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
        "--export",
        "watched",
        "--output",
        "out",
      ],
      { cwd, trakt },
    );

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      await readFile(join(cwd, "out", "watched.csv"), "utf8"),
      "Title,Year,imdbID,tmdbID,WatchedDate,Rating10,Rewatch\n",
    );
    assert.ok(
      result.stderr.split("\n").includes("- 0 films from 0 viewings"),
      result.stderr,
    );
  });

  it("records the export in a private state file and writes only new viewings with --since last", async () => {
    const cwd = await makeTempDir();
    const first = await runCliForTest(["export", "--from", SAMPLE_ZIP], {
      cwd,
    });
    assert.equal(first.code, 0, first.stderr);
    const statePath = join(cwd, "exports", ".export-state.json");
    assert.equal((await stat(statePath)).mode & 0o777, 0o600);

    const second = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--since", "last", "--output", "again"],
      { cwd, now: new Date("2026-01-03T03:04:05Z") },
    );
    assert.equal(second.code, 0, second.stderr);
    assert.equal(
      await readFile(join(cwd, "again", "watched.csv"), "utf8"),
      "Title,Year,imdbID,tmdbID,WatchedDate,Rating10,Rewatch\n",
    );
    assert.ok(await exists(join(cwd, "again", "watchlist.csv")));
  });
});
