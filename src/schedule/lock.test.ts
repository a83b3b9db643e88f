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
    folderSetting: "[export] output_dir",
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

  it("replaces a lock an earlier process with this process's id left, as after a container is recreated", async () => {
    const options = await lockOptions({ pid: 1, hostname: "export-trakt" });
    const left: LockHolder = {
      pid: 1,
      hostname: "export-trakt",
      startedAt: "2026-01-01T01:30:00.000Z",
      purpose: "scheduled",
      token: "0123456789abcdef",
    };
    await mkdir(dirname(options.path), { recursive: true });
    await writeFile(options.path, `${JSON.stringify(left)}\n`);

    // Process 1 is alive: it is this very process, which holds no lock.
    const lock = await acquireExportLock(options);

    assert.notEqual(
      holderOf(await readFile(options.path, "utf8")).token,
      left.token,
    );
    assert.deepEqual(options.stale, [
      `Replaced the stale export lock "${options.path}": process 1 on export-trakt (scheduled export started 2026-01-01T01:30:00.000Z) is no longer running.`,
    ]);
    await lock.release();
  });

  it("refuses a second lock in the process that holds the first", async () => {
    const options = await lockOptions();
    const first = await acquireExportLock(options);

    await assert.rejects(acquireExportLock(options), {
      name: "OutputError",
      message: /held by process 4242 on nas/,
    });
    await first.release();
  });

  it("names the folder and the setting when the lock's folder cannot be created", async () => {
    const options = await lockOptions();
    // A file where a parent folder should be: mkdir fails even for root.
    const blocker = dirname(dirname(options.path));
    const path = join(blocker, "file", "exports", ".export.lock");
    await writeFile(join(blocker, "file"), "");

    await assert.rejects(acquireExportLock({ ...options, path }), {
      name: "OutputError",
      message: `Could not create the folder "${dirname(path)}" ([export] output_dir): ENOTDIR: not a directory, mkdir '${dirname(path)}'. Make its parent folder writable, or set [export] output_dir to a folder that is.`,
    });
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
