import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";

import { localize } from "../i18n/index.js";
import { OutputError, UsageError, writeFileAtomic } from "../shared/index.js";

import { CONFIG_TEMPLATE } from "./template.js";

export interface WriteConfigTemplateOptions {
  path: string;
  /** Replace an existing file instead of refusing. */
  force: boolean;
}

/**
 * Writes the commented default config with mode 0600, atomically. Refuses
 * to replace an existing file unless `force` is set.
 */
export async function writeConfigTemplate(
  options: WriteConfigTemplateOptions,
): Promise<void> {
  try {
    await mkdir(dirname(options.path), { recursive: true, mode: 0o700 });
    await writeFileAtomic(options.path, CONFIG_TEMPLATE, {
      mode: 0o600,
      overwrite: options.force,
    });
  } catch (error) {
    if (isCode(error, "EEXIST")) {
      throw new UsageError(localize("config.exists", { path: options.path }), {
        cause: error,
      });
    }
    throw new OutputError(
      localize("config.writeFailed", { path: options.path }),
      options.path,
      { cause: error },
    );
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
