import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";

import { makeTempDir } from "../../test/support/temp.js";

import {
  acquireExportLock,
  describeStaleLock,
  type AcquireLockOptions,
  type LockHolder,
} from "./lock.js";

const NOW = new Date("2026-01-02T03:04:05Z");

async function lockOptions(
  overrides: Partial<AcquireLockOptions> = {},
): Promise<AcquireLockOptions & { stale: string[] }> {
  const dir = await makeTempDir();
  const stale: string[] = [];
  return {
    path: join(dir, "exports", ".export.lock"),
    pid: 4242,
    hostname: "nas",
    now: () => NOW,
    isProcessAlive: () => true,
    purpose: "manual",
    dirMode: 0o750,
    onStaleLock: (holder, path) =>
      stale.push(describeStaleLock(holder, path).english),
    stale,
    ...overrides,
  };
}

function holderOf(text: string): LockHolder {
  return JSON.parse(text) as LockHolder;
}

describe("export lock", () => {
  it("records the pid, host and start time, and removes the file on release", async () => {
    const options = await lockOptions();
    const lock = await acquireExportLock(options);

    const holder = holderOf(await readFile(options.path, "utf8"));
    assert.equal(holder.pid, 4242);
    assert.equal(holder.hostname, "nas");
    assert.equal(holder.startedAt, "2026-01-02T03:04:05.000Z");
    assert.equal(holder.purpose, "manual");

    await lock.release();
    await assert.rejects(stat(options.path), { code: "ENOENT" });
    // The exports folder was made for the lock alone, so it goes too.
    await assert.rejects(stat(dirname(options.path)), { code: "ENOENT" });
  });

  it("refuses a second export, naming the lock file and the holder's pid", async () => {
    const options = await lockOptions({ purpose: "scheduled" });
    await acquireExportLock(options);

    await assert.rejects(
      acquireExportLock({ ...options, pid: 5555, purpose: "manual" }),
      {
        name: "OutputError",
        message: `Another export is running: the lock file "${options.path}" is held by process 4242 on nas (scheduled export started 2026-01-02T03:04:05.000Z). Wait for it to finish; if that process is gone, delete the lock file and try again.`,
      },
    );
  });

  it("replaces a lock left by a process that no longer runs, with a warning", async () => {
    const options = await lockOptions();
    await acquireExportLock({ ...options, pid: 999 });

    const lock = await acquireExportLock({
      ...options,
      isProcessAlive: (pid) => pid !== 999,
    });

    assert.equal(holderOf(await readFile(options.path, "utf8")).pid, 4242);
    assert.deepEqual(options.stale, [
      `Replaced the stale export lock "${options.path}": process 999 on nas (manual export started 2026-01-02T03:04:05.000Z) is no longer running.`,
    ]);
    await lock.release();
  });

  it("keeps a lock held on another host, whose process it cannot check", async () => {
    const options = await lockOptions();
    await acquireExportLock({ ...options, hostname: "other-box" });

    await assert.rejects(
      acquireExportLock({ ...options, isProcessAlive: () => false }),
      { name: "OutputError", message: /held by process 4242 on other-box/ },
    );
  });

  it("does not delete a lock another process took over", async () => {
    const options = await lockOptions();
    const first = await acquireExportLock({ ...options, pid: 999 });
    const second = await acquireExportLock({
      ...options,
      isProcessAlive: () => false,
    });

    await first.release();
    assert.equal(holderOf(await readFile(options.path, "utf8")).pid, 4242);
    await second.release();
  });

  it("refuses a lock file it cannot read, rather than guessing", async () => {
    const options = await lockOptions();
    await mkdir(dirname(options.path), { recursive: true });
    await writeFile(options.path, "");

    await assert.rejects(acquireExportLock(options), {
      name: "OutputError",
      message: `Another export may be running: the lock file "${options.path}" exists but is not a lock this tool wrote. If no export is running, delete it and try again.`,
    });
  });
});

describe("export lock: a lock file that is not a file", () => {
  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const options = await lockOptions();
    await mkdir(dirname(options.path), { recursive: true });
    execFileSync("mkfifo", [options.path]);

    await assert.rejects(acquireExportLock(options), {
      name: "OutputError",
      message: `Another export may be running: the lock file "${options.path}" exists but is not a lock this tool wrote. If no export is running, delete it and try again.`,
    });
  });

  it("does not follow a symbolic link to a lock elsewhere", async () => {
    const options = await lockOptions();
    await mkdir(dirname(options.path), { recursive: true });
    const elsewhere = join(dirname(options.path), "..", "planted.lock");
    const planted = {
      pid: 4242,
      hostname: "nas",
      startedAt: NOW.toISOString(),
      purpose: "manual",
      token: "0123456789abcdef",
    };
    await writeFile(elsewhere, JSON.stringify(planted));
    await symlink(elsewhere, options.path);

    await assert.rejects(acquireExportLock(options), {
      message: /exists but is not a lock this tool wrote/,
    });
  });

  it("refuses a lock file too large to be one", async () => {
    const options = await lockOptions();
    await mkdir(dirname(options.path), { recursive: true });
    await writeFile(options.path, " ".repeat(100 * 1024));

    await assert.rejects(acquireExportLock(options), {
      message: /exists but is not a lock this tool wrote/,
    });
  });
});
