import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { stat, symlink, truncate, writeFile } from "node:fs/promises";
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

  it("names a loop of symbolic links given with --config", async () => {
    const cwd = await makeTempDir();
    await symlink(join(cwd, "b.toml"), join(cwd, "a.toml"));
    await symlink(join(cwd, "a.toml"), join(cwd, "b.toml"));
    const result = await runCliForTest(
      ["validate", "--config", join(cwd, "a.toml")],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(result.code, 2);
    assert.match(result.stderr, /: its symbolic links form a loop\./);
  });

  it("refuses a Go config over 1 MiB without reading it all", async () => {
    const cwd = await makeTempDir();
    await writeFile(join(cwd, "big.toml"), "");
    await truncate(join(cwd, "big.toml"), 2 * 1024 * 1024);
    const result = await runCliForTest(
      ["config", "migrate", "big.toml", "--output", "new.toml"],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /it is larger than 1,048,576 bytes\./);
    await assert.rejects(stat(join(cwd, "new.toml")), { code: "ENOENT" });
  });
});
