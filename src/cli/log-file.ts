/**
 * Decides whether `[logging] file` may be opened. Log lines are appended
 * and the file is renamed when it rotates, so a path that is one of the
 * tool's own files (the credential store, the audit log…) or a file that is
 * not a log would be damaged: those are refused before the command starts.
 * A path that cannot be looked at is left out with a warning instead, like a
 * file that cannot be written.
 */
import { constants, type Stats } from "node:fs";
import {
  open,
  readlink,
  realpath,
  stat,
  type FileHandle,
} from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

import { EXPORT_STATE_FILE } from "../export/index.js";
import { localize, type MessageKey } from "../i18n/index.js";
import type { Runtime } from "../runtime/index.js";
import {
  LOCK_FILE_NAME,
  SCHEDULER_LOCK_FILE_NAME,
  SCHEDULE_STATUS_FILE,
} from "../schedule/index.js";
import {
  isWithinFolder,
  keyFilePathFor,
  type PathGuard,
} from "../security/index.js";
import { AppError, UsageError, toPrintable } from "../shared/index.js";

export type ToolFileRole =
  | "config"
  | "credentials"
  | "keyFile"
  | "exportState"
  | "scheduleStatus"
  | "lock";

const ROLE_KEYS: Readonly<Record<ToolFileRole, MessageKey>> = {
  config: "logFile.role.config",
  credentials: "logFile.role.credentials",
  keyFile: "logFile.role.keyFile",
  exportState: "logFile.role.exportState",
  scheduleStatus: "logFile.role.scheduleStatus",
  lock: "logFile.role.lock",
};

/** What a log file is checked against. */
export interface LogFileRules {
  guard: PathGuard;
  /** The folder a relative path is taken from, as the guard takes it. */
  baseDir: string;
  /** Files of the tool that the log file must not be. */
  toolFiles: readonly { role: ToolFileRole; path: string }[];
  /** The audit log's folder: the log file must not be inside it. */
  auditDirectory: string;
  /**
   * The folder this export writes (`--output`): a log file there would make
   * the export refuse a folder that is not empty.
   */
  outputFolder?: string | undefined;
}

/** The log file to open, or the reason it is left out. */
export interface CheckedLogFile {
  path: string;
  /** Set when the path could not be looked at; no file is opened. */
  failure: Error | undefined;
}

/** The rules for a command's runtime, run from `cwd`. */
export function logFileRulesFor(
  runtime: Runtime,
  cwd: string,
  outputFolder?: string,
): LogFileRules {
  const { loaded } = runtime;
  const credentials = loaded.config.security.keyring.filePath;
  // The data guard takes `[export] output_dir` from the working folder too.
  const exportsRoot = resolve(cwd, loaded.config.export.outputDir);
  const toolFiles: LogFileRules["toolFiles"] = [
    ...(loaded.path === undefined
      ? []
      : [{ role: "config" as const, path: resolve(cwd, loaded.path) }]),
    { role: "credentials", path: resolve(cwd, credentials) },
    { role: "keyFile", path: resolve(cwd, keyFilePathFor(credentials)) },
    { role: "exportState", path: join(exportsRoot, EXPORT_STATE_FILE) },
    { role: "scheduleStatus", path: join(exportsRoot, SCHEDULE_STATUS_FILE) },
    { role: "lock", path: join(exportsRoot, LOCK_FILE_NAME) },
    { role: "lock", path: join(exportsRoot, SCHEDULER_LOCK_FILE_NAME) },
  ];
  return {
    guard: runtime.dataGuard,
    baseDir: cwd,
    toolFiles,
    auditDirectory: resolve(cwd, runtime.auditDirectory),
    outputFolder:
      outputFolder === undefined ? undefined : resolve(cwd, outputFolder),
  };
}

function toError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && "code" in error ? error.code : undefined;
}

function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === "ENOENT" || code === "ENOTDIR";
}

// As many links as the system itself follows before giving up (ELOOP).
const MAX_LINKS = 40;

async function readLinkOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readlink(path);
  } catch {
    // Not a link, or nothing there: the path stands for itself.
    return undefined;
  }
}

/**
 * Where writing to `path` would land: its real path, through links on the
 * way and a link at the end that points at a file not there yet (writing
 * would create that file). The path itself when a folder cannot be read.
 */
async function toRealPath(path: string, links = 0): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if (!isMissing(error)) return path;
  }
  const target =
    links < MAX_LINKS ? await readLinkOrUndefined(path) : undefined;
  if (target !== undefined) {
    return toRealPath(resolve(dirname(path), target), links + 1);
  }
  const parent = dirname(path);
  if (parent === path) return path;
  return join(await toRealPath(parent, links), basename(path));
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    // Missing or out of reach: only the paths themselves can be compared.
    return undefined;
  }
}

interface FileIdentity {
  path: string;
  real: string;
  stats: Stats | undefined;
}

async function identify(path: string): Promise<FileIdentity> {
  return {
    path,
    real: await toRealPath(path),
    stats: await statOrUndefined(path),
  };
}

/** Same path, same path behind links, or the same file under two names. */
function isSameFile(log: FileIdentity, other: FileIdentity): boolean {
  if (log.path === other.path || log.real === other.real) return true;
  if (log.stats === undefined || other.stats === undefined) return false;
  return log.stats.dev === other.stats.dev && log.stats.ino === other.stats.ino;
}

// A log line is a few kilobytes; a first line longer than this is not one.
const MAX_FIRST_LINE_BYTES = 1024 * 1024;
const READ_CHUNK_BYTES = 64 * 1024;

/** The first line, or `undefined` when it is longer than any log line. */
async function readFirstLine(handle: FileHandle): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < MAX_FIRST_LINE_BYTES) {
    const buffer = Buffer.alloc(READ_CHUNK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK_BYTES, total);
    if (bytesRead === 0) break;
    const chunk = buffer.subarray(0, bytesRead);
    const end = chunk.indexOf(0x0a);
    if (end !== -1) {
      chunks.push(chunk.subarray(0, end));
      return Buffer.concat(chunks).toString("utf8");
    }
    chunks.push(chunk);
    total += bytesRead;
  }
  return total < MAX_FIRST_LINE_BYTES
    ? Buffer.concat(chunks).toString("utf8")
    : undefined;
}

/** A JSON object with `level` and `time`, as every logger writes them. */
function isLogLine(line: string | undefined): boolean {
  if (line === undefined) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return false;
  }
  return (
    typeof parsed === "object" &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    "level" in parsed &&
    "time" in parsed
  );
}

/**
 * Looks at what is already at `path`. Throws when it is a file that is not
 * a log; returns the error when it cannot be read; `undefined` when it may
 * be opened (a log, an empty file, nothing, or a folder, which fails to
 * open later and is reported then).
 */
async function checkExistingFile(path: string): Promise<Error | undefined> {
  let handle: FileHandle;
  try {
    // Non-blocking, so that a FIFO put there does not hang the command.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return isMissing(error) ? undefined : toError(error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory() || (stats.isFile() && stats.size === 0)) {
      return undefined;
    }
    if (stats.isFile() && isLogLine(await readFirstLine(handle))) {
      return undefined;
    }
    throw new UsageError(
      localize("logFile.notALog", { path: toPrintable(path) }),
    );
  } finally {
    await handle.close();
  }
}

/**
 * Checks `[logging] file` before a command runs. Throws when the path guard
 * refuses it, when it is (or is a link to) one of the tool's own files or
 * inside the audit folder, and when it is an existing file that is not a
 * log. Returns the absolute path, with `failure` set when it could not be
 * looked at (the command then goes on without a log file).
 */
export async function checkLogFile(
  file: string,
  rules: LogFileRules,
): Promise<CheckedLogFile> {
  let path: string;
  try {
    path = await rules.guard.checkPath(file, "config", "create");
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A folder on the way could not be read, so nothing can be written
    // there either: the same loss as a file that cannot be written.
    return { path: resolve(rules.baseDir, file), failure: toError(error) };
  }

  const log = await identify(path);
  for (const toolFile of rules.toolFiles) {
    if (isSameFile(log, await identify(toolFile.path))) {
      throw new UsageError(
        localize("logFile.toolFile", {
          path: toPrintable(path),
          role: localize(ROLE_KEYS[toolFile.role]),
          file: toPrintable(toolFile.path),
        }),
      );
    }
  }
  const audit = rules.auditDirectory;
  if (
    isWithinFolder(log.path, audit) ||
    isWithinFolder(log.real, await toRealPath(audit))
  ) {
    throw new UsageError(
      localize("logFile.inAuditFolder", {
        path: toPrintable(path),
        folder: toPrintable(audit),
      }),
    );
  }

  const output = rules.outputFolder;
  if (output !== undefined && isWithinFolder(log.path, output)) {
    throw new UsageError(
      localize("logFile.inOutputFolder", {
        path: toPrintable(path),
        folder: toPrintable(output),
      }),
    );
  }

  return { path, failure: await checkExistingFile(path) };
}
