import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rm, rmdir } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname } from "node:path";

import { z } from "zod";

import { OutputError, describeError, toPrintable } from "../shared/index.js";

export const LOCK_FILE_NAME = ".export.lock";

const LockHolderSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  purpose: z.string(),
  token: z.string(),
});
/** What the lock file records about the export that holds it. */
export type LockHolder = z.infer<typeof LockHolderSchema>;

export interface LockEnvironment {
  pid: number;
  hostname: string;
  now: () => Date;
  /** True when a process with this id exists on this host. */
  isProcessAlive: (pid: number) => boolean;
}

export interface AcquireLockOptions extends LockEnvironment {
  path: string;
  /** `manual` or `scheduled`; shown to whoever finds the lock taken. */
  purpose: string;
  dirMode: number;
  /** Called when a lock left by a process that no longer runs is replaced. */
  onStaleLock: (holder: LockHolder, path: string) => void;
}

export interface ExportLock {
  path: string;
  holder: LockHolder;
  /** Deletes the lock file, unless another process has replaced it since. */
  release: () => Promise<void>;
}

/** `process.kill(pid, 0)` tests for a process without signalling it. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to another user.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

/** This process, as the lock records it. */
export function processLockEnvironment(now: () => Date): LockEnvironment {
  return { pid: process.pid, hostname: hostname(), now, isProcessAlive };
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

async function createLockFile(
  path: string,
  holder: LockHolder,
): Promise<boolean> {
  let handle;
  try {
    // O_EXCL: exactly one process can create the file.
    handle = await open(path, "wx", 0o644);
  } catch (error) {
    if (isErrorCode(error, "EEXIST")) return false;
    throw new OutputError(
      `Could not create the export lock "${path}": ${describeError(error)}. Check that the exports folder is writable.`,
      path,
      { cause: error },
    );
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}\n`, "utf8");
  } finally {
    await handle.close();
  }
  return true;
}

async function readHolder(
  path: string,
): Promise<LockHolder | "missing" | "unreadable"> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (isErrorCode(error, "ENOENT")) return "missing";
    throw error;
  }
  try {
    const parsed = LockHolderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    // Not JSON: a lock written by something else, or cut short by a crash
    // between create and write. Either way it is reported, not guessed at.
    return "unreadable";
  }
}

function describeHolder(holder: LockHolder): string {
  return `process ${holder.pid} on ${toPrintable(holder.hostname)} (${toPrintable(holder.purpose)} export started ${toPrintable(holder.startedAt)})`;
}

/**
 * Takes the one export lock, so that scheduled and manual exports never
 * write at the same time. A lock whose process no longer runs on this host
 * is replaced (and reported through `onStaleLock`).
 */
export async function acquireExportLock(
  options: AcquireLockOptions,
): Promise<ExportLock> {
  const { path } = options;
  const createdDir = await mkdir(dirname(path), {
    recursive: true,
    mode: options.dirMode,
  });
  const holder: LockHolder = {
    pid: options.pid,
    hostname: options.hostname,
    startedAt: options.now().toISOString(),
    purpose: options.purpose,
    token: randomBytes(8).toString("hex"),
  };
  const lock: ExportLock = {
    path,
    holder,
    release: () => releaseLock(path, holder.token, createdDir !== undefined),
  };

  // A few attempts: each retry follows the removal of a stale lock.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await createLockFile(path, holder)) return lock;

    const current = await readHolder(path);
    if (current === "missing") continue;
    if (current === "unreadable") {
      throw new OutputError(
        `Another export may be running: the lock file "${path}" exists but is not a lock this tool wrote. If no export is running, delete it and try again.`,
        path,
      );
    }
    const isStale =
      current.hostname === options.hostname &&
      !options.isProcessAlive(current.pid);
    if (!isStale) {
      throw new OutputError(
        `Another export is running: the lock file "${path}" is held by ${describeHolder(current)}. Wait for it to finish; if that process is gone, delete the lock file and try again.`,
        path,
      );
    }
    // NOTE: two processes can find the same stale lock. Reading it again
    // right before removal narrows the window in which one could remove the
    // other's fresh lock to a few microseconds; closing it fully would need
    // a lock on the lock, which is not worth it for a nightly job.
    const again = await readHolder(path);
    if (typeof again === "object" && again.token !== current.token) continue;
    options.onStaleLock(current, path);
    await rm(path, { force: true });
  }
  throw new OutputError(
    `Could not take the export lock "${path}": it keeps reappearing. Check for another export-trakt process, then try again.`,
    path,
  );
}

async function releaseLock(
  path: string,
  token: string,
  shouldRemoveEmptyDir: boolean,
): Promise<void> {
  const current = await readHolder(path);
  if (typeof current === "object" && current.token === token)
    await rm(path, { force: true });
  if (!shouldRemoveEmptyDir) return;
  try {
    // A failed first export should leave no empty exports folder behind.
    await rmdir(dirname(path));
  } catch (error) {
    // Not empty (the export wrote into it) or already gone: both are fine.
    if (!isErrorCode(error, "ENOTEMPTY") && !isErrorCode(error, "ENOENT"))
      throw error;
  }
}

/** The stale-lock warning, worded for people. */
export function describeStaleLock(holder: LockHolder, path: string): string {
  return `Replaced the stale export lock "${path}": ${describeHolder(holder)} is no longer running.`;
}
