import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { makeTempDir } from "../../../test/support/temp.js";

/** A FIFO in a fresh folder: reading it would wait for a writer for ever. */
async function fifoIn(name: string): Promise<{ cwd: string; path: string }> {
  const cwd = await makeTempDir();
  const path = join(cwd, name);
  execFileSync("mkfifo", [path]);
  return { cwd, path };
}

describe("files that are not regular files", () => {
  it("refuses a FIFO given with --config instead of waiting on it", async () => {
    const { cwd, path } = await fifoIn("config.toml");
    const result = await runCliForTest(["validate", "--config", path], {
      cwd,
      env: { HOME: cwd },
    });
    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      `Error: Could not read the config file "${path}" given with --config: it is not a regular file. Check the path, or run "export-trakt config init" to create one.\n`,
    );
  });

  it("refuses a FIFO as the Go config to migrate", async () => {
    const { cwd, path } = await fifoIn("old.toml");
    const result = await runCliForTest(
      ["config", "migrate", path, "--replace"],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: Could not read the Go tool's config ".*old\.toml": it is not a regular file\./,
    );
  });
});
