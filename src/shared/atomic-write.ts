import { randomBytes } from "node:crypto";
import { link, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteOptions {
  /** Permission bits of the final file, applied even under a loose umask. */
  mode: number;
  /** When false, an existing file at `path` makes the write fail (EEXIST). */
  overwrite?: boolean;
}

/**
 * Writes `data` to `path` so that readers see either the old file or the
 * whole new one: a temporary file in the same folder is written, flushed and
 * renamed over the target, then the folder itself is flushed.
 *
 * Low-level errors are rethrown unchanged; callers wrap them with the
 * sentence that fits what they were doing.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions,
): Promise<void> {
  const folder = dirname(path);
  const suffix = randomBytes(6).toString("hex");
  const temporaryPath = join(folder, `.${basename(path)}.${suffix}.tmp`);

  // "wx" refuses to follow a planted file or symlink at the temporary name.
  const handle = await open(temporaryPath, "wx", options.mode);
  try {
    await handle.writeFile(data);
    await handle.chmod(options.mode);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporaryPath, { force: true });
    throw error;
  }
  await handle.close();

  try {
    // link() fails with EEXIST instead of replacing, which makes "create only
    // if absent" atomic too; the temporary name is removed afterwards.
    if (options.overwrite === false) {
      await link(temporaryPath, path);
      await rm(temporaryPath);
    } else {
      await rename(temporaryPath, path);
    }
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }

  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
