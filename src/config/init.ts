import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";

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
      throw new UsageError(
        `The config file "${options.path}" already exists. Pass --force to replace it, or --path to write somewhere else.`,
        { cause: error },
      );
    }
    throw new OutputError(
      `Could not write the config file "${options.path}". Check that its folder is writable.`,
      options.path,
      { cause: error },
    );
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
