/**
 * Writes a set of files into an output folder all at once: everything goes to
 * a temporary folder beside the target, and one rename puts it in place, so a
 * failed run never leaves a half-written export or touches an earlier one.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  open,
  readdir,
  rename,
  rm,
  rmdir,
} from "node:fs/promises";
import {
  basename,
  dirname,
  isAbsolute,
  join,
  normalize,
  resolve,
  sep,
} from "node:path";

import { localize } from "../i18n/index.js";
import { OutputError, SecurityError, describeError } from "../shared/index.js";

export interface OutputFile {
  /** Path inside the output folder, with "/" separators, e.g. "lists/x.csv". */
  relativePath: string;
  content: Buffer;
}

export interface FolderWriteOptions {
  /** Replace a non-empty folder. Its old content is removed only after success. */
  force: boolean;
  fileMode: number;
  dirMode: number;
}

const PARALLEL_WRITES = 8;

export const DEFAULT_FOLDER_MODES = {
  fileMode: 0o644,
  dirMode: 0o750,
} as const;

type TargetState = "missing" | "empty" | "non-empty";

async function inspectTarget(target: string): Promise<TargetState> {
  let stats;
  try {
    stats = await lstat(target);
  } catch (error) {
    if (isNotFound(error)) return "missing";
    const text = localize("writer.cannotInspect", {
      path: target,
      reason: describeError(error),
    });
    throw new OutputError(text, target, { cause: error });
  }
  if (stats.isSymbolicLink()) {
    throw new SecurityError(localize("writer.outputSymlink", { path: target }));
  }
  if (!stats.isDirectory()) {
    throw new OutputError(
      localize("writer.notAFolder", { path: target }),
      target,
    );
  }
  return (await readdir(target)).length === 0 ? "empty" : "non-empty";
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

function safeRelativePath(relativePath: string): string {
  const normal = normalize(relativePath);
  if (
    isAbsolute(normal) ||
    normal.split(sep).includes("..") ||
    normal === "."
  ) {
    throw new SecurityError(
      localize("writer.outsideOutput", { path: relativePath }),
    );
  }
  return normal;
}

async function writeFileDurably(
  path: string,
  content: Buffer,
  mode: number,
): Promise<void> {
  const handle = await open(path, "wx", mode);
  try {
    await handle.writeFile(content);
    await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `files` into `target` atomically; returns the folder's absolute path. */
export async function writeFolderAtomically(
  target: string,
  files: readonly OutputFile[],
  options: FolderWriteOptions,
): Promise<string> {
  const absoluteTarget = resolve(target);
  const state = await inspectTarget(absoluteTarget);
  if (state === "non-empty" && !options.force) {
    throw new OutputError(
      localize("output.notEmpty", { path: target }),
      target,
    );
  }

  const parent = dirname(absoluteTarget);
  const staging = await createStaging(parent, absoluteTarget, options.dirMode);
  const releaseSignals = removeOnSignal(staging);
  try {
    const targets = files.map((file) => ({
      path: join(staging, safeRelativePath(file.relativePath)),
      content: file.content,
    }));
    const folders = new Set(targets.map((target) => dirname(target.path)));
    for (const folder of folders) {
      await mkdir(folder, { recursive: true, mode: options.dirMode });
    }
    // Each file is flushed to disk before the rename; flushing several at a
    // time keeps a 50-part export from waiting on each disk sync in turn.
    for (let start = 0; start < targets.length; start += PARALLEL_WRITES) {
      const batch = targets.slice(start, start + PARALLEL_WRITES);
      await Promise.all(
        batch.map((target) =>
          writeFileDurably(target.path, target.content, options.fileMode),
        ),
      );
    }
    for (const folder of folders) await syncFolder(folder);
    await moveIntoPlace(staging, absoluteTarget, state);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof OutputError || error instanceof SecurityError)
      throw error;
    const text = localize("writer.writeFailed", {
      path: target,
      reason: describeError(error),
    });
    throw new OutputError(text, target, { cause: error });
  } finally {
    releaseSignals();
  }

  // The new folder is in place by now, so a failure here must not claim
  // that nothing changed.
  try {
    await syncFolder(parent);
  } catch (error) {
    const text = localize("writer.notConfirmed", {
      path: target,
      reason: describeError(error),
    });
    throw new OutputError(text, target, { cause: error });
  }
  return absoluteTarget;
}

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * While a staging folder exists, Ctrl-C or a stop request removes it before
 * the process ends the way the signal asks. Returns the function that stops
 * listening once the folder is renamed or removed.
 */
function removeOnSignal(staging: string): () => void {
  const handler = (signal: NodeJS.Signals) => {
    release();
    removeNow(staging);
    process.kill(process.pid, signal);
  };
  const release = () => {
    for (const signal of STOP_SIGNALS) process.off(signal, handler);
  };
  // A signal someone else already handles (the scheduler stops between
  // runs) is theirs to act on; this only replaces the default of dying.
  for (const signal of STOP_SIGNALS) {
    if (process.listenerCount(signal) === 0) process.once(signal, handler);
  }
  return release;
}

/**
 * Removes the staging folder without yielding. Writes already queued in the
 * thread pool can still add a file while it is being removed (ENOTEMPTY);
 * no new write starts meanwhile, so each failed attempt uses up one of at
 * most PARALLEL_WRITES queued writes, and one more attempt always succeeds.
 */
function removeNow(staging: string): void {
  for (let attempt = 0; ; attempt += 1) {
    try {
      rmSync(staging, { recursive: true, force: true });
      return;
    } catch (error) {
      const isRace =
        error instanceof Error && "code" in error && error.code === "ENOTEMPTY";
      if (!isRace || attempt >= PARALLEL_WRITES) throw error;
    }
  }
}

async function createStaging(
  parent: string,
  target: string,
  dirMode: number,
): Promise<string> {
  try {
    await mkdir(parent, { recursive: true, mode: dirMode });
    const staging = await mkdtemp(
      join(parent, `.${basename(target)}.partial-`),
    );
    await chmod(staging, dirMode);
    return staging;
  } catch (error) {
    const text = localize("writer.cannotStage", {
      path: target,
      reason: describeError(error),
    });
    throw new OutputError(text, target, { cause: error });
  }
}

async function moveIntoPlace(
  staging: string,
  target: string,
  state: TargetState,
): Promise<void> {
  if (state === "missing") {
    await rename(staging, target);
    return;
  }
  if (state === "empty") {
    await rmdir(target);
    await rename(staging, target);
    return;
  }
  // Replacing a non-empty folder: keep the old one until the new one is in.
  const previous = `${target}.previous-${randomBytes(4).toString("hex")}`;
  await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(previous, target);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
