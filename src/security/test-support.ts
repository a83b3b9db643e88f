import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { PathGuard } from "./path-guard.js";
import { DEFAULT_FILESYSTEM_SETTINGS } from "./settings.js";
import type { FilesystemSettings } from "./settings.js";

/**
 * Runs `body` in a fresh folder under the system temp folder (its real path,
 * so no link sits above it) and removes the folder afterwards.
 */
export async function withTempFolder<T>(
  body: (folder: string) => Promise<T>,
): Promise<T> {
  const folder = await realpath(
    await mkdtemp(join(tmpdir(), "export-trakt-security-")),
  );
  try {
    return await body(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A guard rooted in a temp folder, with no real system folder in play. */
export function createTestGuard(
  baseDir: string,
  overrides: Partial<FilesystemSettings> = {},
): PathGuard {
  return new PathGuard(
    {
      ...DEFAULT_FILESYSTEM_SETTINGS,
      allowedBasePaths: ["."],
      restrictedPaths: [],
      ...overrides,
    },
    { baseDir },
  );
}
