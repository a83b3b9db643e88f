import { randomBytes } from "node:crypto";
import { link, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

import { localize } from "../i18n/index.js";
import { OutputError, describeError } from "../shared/index.js";

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

/**
 * Writes a private file (mode 0600) in one step: a temporary file beside it
 * is filled and synced, then linked into place (which fails when the target
 * exists) or, with `force`, renamed over it.
 */
export async function writePrivateFileAtomically(
  path: string,
  content: string,
  options: { force: boolean },
): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(temporary, "wx", 0o600);
    try {
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) await rename(temporary, path);
    else await link(temporary, path);
  } catch (error) {
    if (isErrorCode(error, "EEXIST")) {
      throw new OutputError(localize("configFile.exists", { path }), path, {
        cause: error,
      });
    }
    const reason = describeError(error);
    throw new OutputError(
      localize("configFile.cannotWrite", { path, reason }),
      path,
      { cause: error },
    );
  } finally {
    // After a rename the temporary name is gone already; after a link or a
    // failure it must go, so `force` keeps rm from failing on it.
    await rm(temporary, { force: true });
  }
}
