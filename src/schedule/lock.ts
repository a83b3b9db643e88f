import { randomBytes } from "node:crypto";
import { open, rm, rmdir } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname } from "node:path";

import { z } from "zod";

import {
  localize,
  type LocalizedText,
  type MessageKey,
} from "../i18n/index.js";
import {
  OutputError,
  createFolder,
  describeError,
  readSmallRegularFile,
  toPrintable,
} from "../shared/index.js";

export const LOCK_FILE_NAME = ".export.lock";
/** Held by a scheduler for its whole life: one scheduler per exports folder. */
export const SCHEDULER_LOCK_FILE_NAME = ".scheduler.lock";

// A lock this tool writes is under 300 bytes; a larger file is not one.
const MAX_LOCK_BYTES = 64 * 1024;

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
  /** The config key or flag that chose the lock's folder, named when it cannot be made. */
  folderSetting: string;
  /** Called when a lock left by a process that no longer runs is replaced. */
  onStaleLock: (holder: LockHolder, path: string) => void;
  /** The error text when a live process holds the lock; "another export" by default. */
  describeHeld?: (holder: LockHolder, path: string) => LocalizedText;
  /** The error text when the file is not a lock this tool wrote. */
  describeUnknown?: (path: string) => LocalizedText;
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
    const reason = describeError(error);
    throw new OutputError(
      localize("lock.cannotCreate", { path, reason }),
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
  // A FIFO, a link or a huge file planted here is refused without waiting
  // on it, and reported like any lock this tool did not write.
  const read = await readSmallRegularFile(path, MAX_LOCK_BYTES);
  if (read.kind === "missing") return "missing";
  if (read.kind === "refused") return "unreadable";
  try {
    const parsed = LockHolderSchema.safeParse(JSON.parse(read.text));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    // Not JSON: a lock written by something else, or cut short by a crash
    // between create and write. Either way it is reported, not guessed at.
    return "unreadable";
  }
}

/**
 * The message about a lock's holder, one per purpose so that each language
 * can word "manual" and "scheduled" itself; any other purpose is quoted.
 */
function describeHolder(
  keys: { manual: MessageKey; scheduled: MessageKey; other: MessageKey },
  holder: LockHolder,
  path: string,
): LocalizedText {
  const purpose = toPrintable(holder.purpose);
  const key =
    purpose === "manual" || purpose === "scheduled"
      ? keys[purpose]
      : keys.other;
  return localize(key, {
    path,
    // A string: a process id is quoted as it is, never grouped (12 345).
    pid: String(holder.pid),
    host: toPrintable(holder.hostname),
    purpose,
    startedAt: toPrintable(holder.startedAt),
  });
}

const HELD_KEYS = {
  manual: "lock.heldManual",
  scheduled: "lock.heldScheduled",
  other: "lock.held",
} as const;

const STALE_KEYS = {
  manual: "lock.staleManual",
  scheduled: "lock.staleScheduled",
  other: "lock.stale",
} as const;

/** The tokens of the locks this process holds now. */
const heldTokens = new Set<string>();

/**
 * True for a lock that names this process's own id but that this process
 * does not hold. A container recreated with the same hostname starts its
 * process with the same id as the one that left the lock (often 1), so the
 * id alone would make an abandoned lock look alive for ever.
 */
function isEarlierProcessWithOwnId(holder: LockHolder, pid: number): boolean {
  return holder.pid === pid && !heldTokens.has(holder.token);
}

/**
 * Takes the one export lock, so that scheduled and manual exports never
 * write at the same time. A lock whose process no longer runs on this host,
 * or that an earlier process with this process's id left, is replaced (and
 * reported through `onStaleLock`).
 */
export async function acquireExportLock(
  options: AcquireLockOptions,
): Promise<ExportLock> {
  const { path } = options;
  const createdDir = await createFolder(dirname(path), {
    mode: options.dirMode,
    setting: options.folderSetting,
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
    release: async () => {
      await releaseLock(path, holder.token, createdDir !== undefined);
      heldTokens.delete(holder.token);
    },
  };

  // A few attempts: each retry follows the removal of a stale lock.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (await createLockFile(path, holder)) {
      heldTokens.add(holder.token);
      return lock;
    }

    const current = await readHolder(path);
    if (current === "missing") continue;
    if (current === "unreadable") {
      const text =
        options.describeUnknown?.(path) ??
        localize("lock.unknownFile", { path });
      throw new OutputError(text, path);
    }
    const isStale =
      current.hostname === options.hostname &&
      (isEarlierProcessWithOwnId(current, options.pid) ||
        !options.isProcessAlive(current.pid));
    if (!isStale) {
      const text =
        options.describeHeld?.(current, path) ??
        describeHolder(HELD_KEYS, current, path);
      throw new OutputError(text, path);
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
  throw new OutputError(localize("lock.keepsReappearing", { path }), path);
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

/** The stale-lock warning, worded for people in any language. */
export function describeStaleLock(
  holder: LockHolder,
  path: string,
): LocalizedText {
  return describeHolder(STALE_KEYS, holder, path);
}
