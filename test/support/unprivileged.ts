import { execFile } from "node:child_process";
import { chown, readdir } from "node:fs/promises";
import { join } from "node:path";

import type { CliResult } from "./cli.js";
import { CLI_ENTRY } from "./paths.js";

// Root ignores folder modes, so a read-only folder (chmod 0555) would not
// stop it. Under root the CLI runs as this user instead, as in a container
// whose user does not own its config folder.
const UNPRIVILEGED_ID = 65534;

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Gives `dir` and everything in it to the user `runBuiltCli` runs as; does
 * nothing unless this process is root. Call it after the files are written.
 */
export async function handOverForBuiltCli(dir: string): Promise<void> {
  if (!isRoot()) return;

  await chown(dir, UNPRIVILEGED_ID, UNPRIVILEGED_ID);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await handOverForBuiltCli(path);
    else await chown(path, UNPRIVILEGED_ID, UNPRIVILEGED_ID);
  }
}

/**
 * Runs the built CLI (`dist/src/cli/main.js`) in a child process to which
 * folder modes apply: as this user, or as "nobody" when this is root.
 */
export function runBuiltCli(
  argv: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CliResult> {
  const ids = isRoot() ? { uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID } : {};
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: options.cwd,
    ...options.env,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI_ENTRY, ...argv],
      { cwd: options.cwd, env, ...ids },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : error.code;
        resolve({
          code: typeof code === "number" ? code : -1,
          stdout,
          stderr,
        });
      },
    );
  });
}
