import { lstat } from "node:fs/promises";

/**
 * Whether something (a file, folder or link) is at `path`. Any failure to
 * look counts as "nothing there": the caller opens or creates the path next,
 * and that step reports the real problem.
 */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
