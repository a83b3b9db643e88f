import { constants } from "node:fs";
import { lstat, open } from "node:fs/promises";

import { localize, type LocalizedText } from "../i18n/index.js";
import { SecurityError, toPrintable } from "../shared/index.js";

import type { FilesystemSettings } from "./settings.js";

/** Formats permission bits the way chmod takes them, e.g. `0644`. */
export function formatMode(mode: number): string {
  return `0${(mode & 0o777).toString(8).padStart(3, "0")}`;
}

export interface PermissionFinding {
  path: string;
  mode: number;
  /** True when group or others may read, write or run the file. */
  isTooOpen: boolean;
  /** What to tell the person; undefined when the mode is fine. */
  warning?: LocalizedText;
}

export interface PermissionCheckOptions {
  /** Windows has no POSIX modes; the check reports nothing there. */
  platform?: NodeJS.Platform;
}

async function statSecretFile(path: string): Promise<number> {
  const stats = await lstat(path);
  // chmod follows links, so a link here could change some other file's mode.
  if (stats.isSymbolicLink() || !stats.isFile()) {
    throw new SecurityError(
      localize("guard.checkNotFile", { path: toPrintable(path) }),
    );
  }
  return stats.mode & 0o777;
}

/**
 * Checks a config or credentials file: returns a finding with a warning when
 * group or others have any access, and throws SecurityError instead when
 * `enforcePermissions` is on.
 */
export async function checkSecretFilePermissions(
  path: string,
  settings: Pick<FilesystemSettings, "enforcePermissions" | "configFileMode">,
  options: PermissionCheckOptions = {},
): Promise<PermissionFinding> {
  const mode = await statSecretFile(path);
  const platform = options.platform ?? process.platform;
  const isTooOpen = platform !== "win32" && (mode & 0o077) !== 0;
  if (!isTooOpen) return { path, mode, isTooOpen };

  const shown = toPrintable(path);
  const wanted = formatMode(settings.configFileMode);
  if (settings.enforcePermissions) {
    throw new SecurityError(
      localize("guard.modeTooOpen", {
        path: shown,
        mode: formatMode(mode),
        wanted: wanted.slice(1),
      }),
    );
  }
  return {
    path,
    mode,
    isTooOpen,
    warning: localize("guard.modeWarning", {
      path: shown,
      mode: formatMode(mode),
      wanted,
    }),
  };
}

/** Sets a config or credentials file to the configured private mode. */
export async function fixSecretFilePermissions(
  path: string,
  settings: Pick<FilesystemSettings, "configFileMode">,
): Promise<PermissionFinding> {
  await statSecretFile(path);
  const mode = await chmodWithoutFollowing(
    path,
    settings.configFileMode,
    "file",
  );
  return { path, mode, isTooOpen: (mode & 0o077) !== 0 };
}

/**
 * Finds the permission bits of a folder that `wantedMode` does not grant,
 * for example group write on the audit folder. Symbolic links are refused.
 */
export async function checkFolderPermissions(
  path: string,
  wantedMode: number,
): Promise<PermissionFinding> {
  const stats = await lstat(path);
  if (stats.isSymbolicLink() || !stats.isDirectory()) {
    throw new SecurityError(
      localize("guard.checkNotFolder", { path: toPrintable(path) }),
    );
  }
  const mode = stats.mode & 0o777;
  return { path, mode, isTooOpen: (mode & ~wantedMode & 0o777) !== 0 };
}

/** Sets a folder (the audit folder) to `wantedMode`, never through a link. */
export async function fixFolderPermissions(
  path: string,
  wantedMode: number,
): Promise<PermissionFinding> {
  await checkFolderPermissions(path, wantedMode);
  const mode = await chmodWithoutFollowing(path, wantedMode, "folder");
  return { path, mode, isTooOpen: (mode & ~wantedMode & 0o777) !== 0 };
}

/*
 * Changes the mode through an open handle. O_NOFOLLOW makes the open fail
 * if the path was swapped for a symbolic link after the lstat above, so a
 * race cannot redirect the chmod to another file. Windows has no O_NOFOLLOW
 * and no POSIX modes; there the flags are left out.
 */
async function chmodWithoutFollowing(
  path: string,
  mode: number,
  kind: "file" | "folder",
): Promise<number> {
  // Node leaves both flags out of `constants` on Windows.
  const isPosix = process.platform !== "win32";
  const noFollow = isPosix ? constants.O_NOFOLLOW : 0;
  const folderFlag = isPosix && kind === "folder" ? constants.O_DIRECTORY : 0;
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | noFollow | folderFlag);
  } catch (error) {
    const key =
      kind === "folder" ? "guard.chmodFolderLink" : "guard.chmodFileLink";
    throw new SecurityError(localize(key, { path: toPrintable(path) }), {
      cause: error,
    });
  }
  try {
    const stats = await handle.stat();
    const isExpected = kind === "folder" ? stats.isDirectory() : stats.isFile();
    if (!isExpected) {
      const key =
        kind === "folder" ? "guard.chmodNotFolder" : "guard.chmodNotFile";
      throw new SecurityError(localize(key, { path: toPrintable(path) }));
    }
    await handle.chmod(mode);
    return (await handle.stat()).mode & 0o777;
  } finally {
    await handle.close();
  }
}
