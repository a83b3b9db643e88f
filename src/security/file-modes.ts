import { chmod, lstat } from "node:fs/promises";

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
  warning?: string;
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
      `Refusing to check "${toPrintable(path)}": it is not a regular file. Replace it with the file itself.`,
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

  const shown = `"${toPrintable(path)}"`;
  const wanted = formatMode(settings.configFileMode);
  if (settings.enforcePermissions) {
    throw new SecurityError(
      `Refusing to use ${shown}: its mode ${formatMode(mode)} lets other users read it. Run "export-trakt validate --security --fix" or "chmod ${wanted.slice(1)} ${toPrintable(path)}", then try again.`,
    );
  }
  return {
    path,
    mode,
    isTooOpen,
    warning: `${shown} has mode ${formatMode(mode)}, so other users can read it. Run "export-trakt validate --security --fix" to set it to ${wanted}.`,
  };
}

/** Sets a config or credentials file to the configured private mode. */
export async function fixSecretFilePermissions(
  path: string,
  settings: Pick<FilesystemSettings, "configFileMode">,
): Promise<PermissionFinding> {
  await statSecretFile(path);
  await chmod(path, settings.configFileMode);
  const mode = await statSecretFile(path);
  return { path, mode, isTooOpen: (mode & 0o077) !== 0 };
}
