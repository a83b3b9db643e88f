import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";

async function writeLock(cwd: string, pid: number): Promise<string> {
  const path = join(cwd, "exports", ".export.lock");
  await mkdir(join(cwd, "exports"), { recursive: true });
  const holder = {
    pid,
    hostname: hostname(),
    startedAt: "2026-01-02T02:30:00.000Z",
    purpose: "scheduled",
    token: "0123456789abcdef",
  };
  await writeFile(path, `${JSON.stringify(holder)}\n`);
  return path;
}

/** The pid of a process that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  assert.ok(child.pid !== undefined);
  return child.pid;
}

describe("export: the shared lock", () => {
  it("fails while another export holds the lock, naming the file and its pid", async () => {
    const cwd = await makeTempDir();
    // Another live process: the test runner that started this file. This
    // process's own id would count as an earlier process that reused it.
    const path = await writeLock(cwd, process.ppid);

    const result = await runCliForTest(["export", "--from", SAMPLE_ZIP], {
      cwd,
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Error: Another export is running: the lock file "${path}" is held by process ${process.ppid} on ${hostname()} (scheduled export started 2026-01-02T02:30:00.000Z). Wait for it to finish; if that process is gone, delete the lock file and try again.\n`,
    );
    assert.deepEqual(await readdir(join(cwd, "exports")), [".export.lock"]);
  });

  it("replaces a lock left by a process that was killed, with a warning", async () => {
    const cwd = await makeTempDir();
    const pid = await deadPid();
    const path = await writeLock(cwd, pid);

    const result = await runCliForTest(["export", "--from", SAMPLE_ZIP], {
      cwd,
    });

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stderr.split("\n")[0],
      `Warning: Replaced the stale export lock "${path}": process ${pid} on ${hostname()} (scheduled export started 2026-01-02T02:30:00.000Z) is no longer running.`,
    );
    assert.deepEqual((await readdir(join(cwd, "exports"))).sort(), [
      ".export-state.json",
      "export_2026-01-02_04-04-05",
    ]);
  });
});
