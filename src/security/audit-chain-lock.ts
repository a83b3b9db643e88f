/**
 * Keeps the audit chain whole when several writers append to one folder: a
 * scheduler and the export it starts, the dashboard and a CLI command. Each
 * write takes a short exclusive lock, reads the chain's last line, and
 * appends after it.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  readdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";

import { parseAuditFileName } from "./audit-files.js";
import { parseAuditLine, type LineHasher } from "./audit-format.js";

export interface ChainTail {
  hash: string;
  seq: number;
}

const LOCK_NAME = ".audit.lock";
const RETRY_MS = 5;
const MAX_WAIT_MS = 2_000;
// A writer holds the lock for microseconds; one this old was left by a
// process that died between taking and releasing it.
const STALE_LOCK_MS = 10_000;
// Audit lines are short; the last one always fits in this much of the file.
const TAIL_BYTES = 64 * 1024;

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

/** Runs `write` while holding the folder's audit lock. */
export function withChainLock<Result>(
  directory: string,
  write: () => Result,
): Result {
  const path = join(directory, LOCK_NAME);
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    constants.O_EXCL |
    constants.O_NOFOLLOW;
  let descriptor: number | undefined;
  for (let waited = 0; descriptor === undefined; waited += RETRY_MS) {
    try {
      descriptor = openSync(path, flags, 0o600);
    } catch (error) {
      if (!isCode(error, "EEXIST") || waited >= MAX_WAIT_MS) throw error;
      removeIfStale(path);
      sleepSync(RETRY_MS);
    }
  }
  try {
    writeSync(descriptor, String(process.pid));
    return write();
  } finally {
    closeSync(descriptor);
    unlinkSync(path);
  }
}

function removeIfStale(path: string): void {
  try {
    if (Date.now() - statSync(path).mtimeMs > STALE_LOCK_MS) unlinkSync(path);
  } catch {
    // Gone already, or taken over by another writer: either way, retry.
  }
}

/** The chain's last link, read from the newest audit file in `directory`. */
export function readChainTailSync(
  directory: string,
  hashLine: LineHasher,
): ChainTail | undefined {
  const files = readdirSync(directory)
    .map(parseAuditFileName)
    .filter((file) => file !== undefined)
    .sort((a, b) => b.name.localeCompare(a.name));
  for (const file of files) {
    const last = readLastLine(join(directory, file.name));
    if (last === undefined) continue;
    const parsed = parseAuditLine(last, file.format);
    // A damaged tail still anchors the chain, so `audit verify` points at
    // the damaged line rather than at the next one written here.
    return parsed === undefined
      ? { hash: hashLine(last), seq: 0 }
      : { hash: parsed.hash, seq: parsed.record.seq + 1 };
  }
  return undefined;
}

function readLastLine(path: string): string | undefined {
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const stats = fstatSync(descriptor);
    // Not a file: nothing to continue from; appending to it reports the problem.
    if (!stats.isFile()) return undefined;
    const size = stats.size;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(descriptor, buffer, 0, length, size - length);
    return buffer
      .toString("utf8")
      .split("\n")
      .filter((line) => line !== "")
      .at(-1);
  } finally {
    closeSync(descriptor);
  }
}
