import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, describe, it } from "node:test";

import {
  createSandbox,
  generateSandboxData,
  parseFaultSpec,
} from "../../sandbox/index.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { readCsvTree } from "../../../test/support/golden.js";
import { makeTempDir } from "../../../test/support/temp.js";
import {
  cliDependencies,
  createRecordingClock,
  loggedInStore,
  pagesRequested,
} from "../../../test/support/trakt-client.js";

const HISTORY = "/sync/history/movies";

async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true })) {
    const path = join(folder, entry);
    const text = await readFile(path, "utf8").catch(() => "(folder)");
    files.set(entry, text);
  }
  return files;
}

describe("a failed export from the Trakt API", () => {
  it("leaves the earlier export and its state untouched and writes no new folder", async () => {
    // 600 viewings are 3 pages; from its 2nd request on, page 3 always
    // answers 503, so only the second export runs out of retries.
    const sandbox = await createSandbox({
      data: generateSandboxData({ historyMovies: 600, ratings: 20 }),
      faults: parseFaultSpec(`status=503,path=${HISTORY},page=3,from=2`),
    });
    after(() => sandbox.close());
    const cwd = await makeTempDir();
    const clock = createRecordingClock();
    const trakt = cliDependencies(sandbox, loggedInStore(sandbox), clock);
    const api = ["export", "--api-base-url", sandbox.apiBaseUrl];

    const first = await runCliForTest(api, { cwd, trakt });
    assert.equal(first.code, 0, first.stderr);
    const exports = join(cwd, "exports");
    const before = await snapshot(exports);
    const [earlier] = [...before.keys()].filter((name) =>
      name.startsWith("export_"),
    );
    assert.ok(earlier !== undefined, [...before.keys()].join(", "));
    assert.ok((await readCsvTree(join(exports, earlier))).size > 0);

    const second = await runCliForTest([...api, "--since", "last"], {
      cwd,
      trakt,
      now: new Date("2026-01-03T03:04:05Z"),
    });

    assert.equal(second.code, 1);
    assert.equal(
      second.stderr.trimEnd(),
      "Error: GET /sync/history/movies failed with HTTP 503 (Service unavailable). Trakt is having trouble; try again later.",
    );
    assert.doesNotMatch(second.stderr, /complete|Wrote/i);
    assert.deepEqual(await snapshot(exports), before);
    assert.deepEqual(
      pagesRequested(sandbox, HISTORY).filter((page) => page === 3),
      [3, 3, 3, 3, 3, 3],
    );
  });
});
