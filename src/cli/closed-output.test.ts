import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../test/support/cli.js";
import { CLI_ENTRY, SAMPLE_ZIP } from "../../test/support/paths.js";
import { makeTempDir } from "../../test/support/temp.js";

// What a shell reports for a program a closed pipe ends (128 + SIGPIPE).
const CLOSED_OUTPUT_EXIT_CODE = 141;

interface Ended {
  code: number | null;
  /** What the stream left open received. */
  text: string;
}

/**
 * Runs the CLI with one of its output streams closed by the reader before
 * the first line, as `export-trakt audit | head -0` would leave it.
 */
function runWithClosed(
  closed: "stdout" | "stderr",
  argv: readonly string[],
  cwd: string,
): Promise<Ended> {
  const child = spawn(process.execPath, [CLI_ENTRY, ...argv], {
    cwd,
    env: { ...process.env, HOME: cwd, EXPORT_TRAKT_CONFIG: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const open = closed === "stdout" ? child.stderr : child.stdout;
  child[closed].destroy();
  const chunks: Buffer[] = [];
  open.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, text: Buffer.concat(chunks).toString("utf8") });
    });
  });
}

describe("CLI: an output closed by its reader", () => {
  for (const argv of [["validate", "--security"], ["audit"]]) {
    it(`ends "${argv.join(" ")}" quietly when stdout is closed`, async () => {
      const cwd = await makeTempDir();
      // An export first, so that the audit log has records to list.
      const exported = await runCliForTest(
        ["export", "--from", SAMPLE_ZIP, "--output", "out"],
        { cwd, env: { HOME: cwd } },
      );
      assert.equal(exported.code, 0, exported.stderr);

      const ended = await runWithClosed("stdout", argv, cwd);

      assert.deepEqual(ended, { code: CLOSED_OUTPUT_EXIT_CODE, text: "" });
    });
  }

  it("stops an export whose stderr is closed, writing nothing and releasing the lock", async () => {
    const cwd = await makeTempDir();

    const ended = await runWithClosed(
      "stderr",
      ["export", "--from", SAMPLE_ZIP, "--output", "out", "--verbose"],
      cwd,
    );

    assert.deepEqual(ended, { code: CLOSED_OUTPUT_EXIT_CODE, text: "" });
    await assert.rejects(stat(join(cwd, "exports", ".export.lock")), {
      code: "ENOENT",
    });
    await assert.rejects(stat(join(cwd, "out")), { code: "ENOENT" });
  });

  it("stops the scheduler when its stderr is closed", async () => {
    const cwd = await makeTempDir();

    const ended = await runWithClosed(
      "stderr",
      ["schedule", "@yearly", "--from", SAMPLE_ZIP],
      cwd,
    );

    assert.deepEqual(ended, { code: CLOSED_OUTPUT_EXIT_CODE, text: "" });
  });
});
