import { mkdirSync, statSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

import { localize } from "../i18n/index.js";

import { OutputError, describeError } from "./errors.js";
import { toPrintable } from "./sanitize.js";

export interface CreateFolderOptions {
  /** Permission bits of each folder created (the umask still applies). */
  mode: number;
  /** The config key or flag that chose the folder, named in the error. */
  setting: string;
}

/**
 * The error for a folder the tool needs and could not create. It names the
 * folder, the system's reason and, when known, the setting that chose the
 * folder: a read-only mount is a set-up problem to fix, not a bug.
 */
export function folderNotCreatedError(
  path: string,
  setting: string | undefined,
  cause: unknown,
): OutputError {
  const params = { path: toPrintable(path), reason: describeError(cause) };
  const text =
    setting === undefined
      ? localize("writer.folderNotCreated", params)
      : localize("writer.settingFolderNotCreated", { ...params, setting });
  return new OutputError(text, path, { cause });
}

/** `/a/b/c` gives `/a`, `/a/b`, `/a/b/c`. */
function listFolderChain(path: string): string[] {
  const chain: string[] = [];
  let folder = resolve(path);
  while (dirname(folder) !== folder) {
    chain.unshift(folder);
    folder = dirname(folder);
  }
  return chain;
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

// Folders are made one level at a time because Node 20's recursive mkdir
// reports ENOENT when a parent sits on a read-only file system, which would
// hide the real reason from the person reading the error.

/**
 * Creates a folder and its missing parents. Returns the first folder it
 * created (`undefined` when the folder was there), like a recursive mkdir;
 * throws an OutputError naming the folder and `options.setting`.
 */
export async function createFolder(
  path: string,
  options: CreateFolderOptions,
): Promise<string | undefined> {
  const target = resolve(path);
  let firstCreated: string | undefined;
  for (const folder of listFolderChain(target)) {
    try {
      await mkdir(folder, { mode: options.mode });
      firstCreated ??= folder;
    } catch (error) {
      if (!isErrorCode(error, "EEXIST")) {
        throw folderNotCreatedError(path, options.setting, error);
      }
      // A file in place of a parent makes the next level fail with ENOTDIR;
      // one in place of the folder itself is caught here.
      if (folder === target && !(await stat(folder)).isDirectory()) {
        throw folderNotCreatedError(path, options.setting, error);
      }
    }
  }
  return firstCreated;
}

/** `createFolder` for synchronous callers. */
export function createFolderSync(
  path: string,
  options: CreateFolderOptions,
): string | undefined {
  const target = resolve(path);
  let firstCreated: string | undefined;
  for (const folder of listFolderChain(target)) {
    try {
      mkdirSync(folder, { mode: options.mode });
      firstCreated ??= folder;
    } catch (error) {
      if (!isErrorCode(error, "EEXIST")) {
        throw folderNotCreatedError(path, options.setting, error);
      }
      if (folder === target && !statSync(folder).isDirectory()) {
        throw folderNotCreatedError(path, options.setting, error);
      }
    }
  }
  return firstCreated;
}
