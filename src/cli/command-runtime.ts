import { openRuntime, type Runtime } from "../runtime/index.js";

import { homeDirOf } from "./command-environment.js";
import { writeWarning, writeWarnings, type CliContext } from "./context.js";

/**
 * Loads the configuration for a command and builds its guards, printing any
 * start-up warning (a config file others can read, an unknown key) and every
 * audit write that fails (`showWarnings: false` leaves the start-up
 * warnings to the caller; `isAudited: false` is for read-only probes run
 * every few minutes). The caller calls `close` when the command ends.
 */
export async function openCommandRuntime(
  configPath: string | undefined,
  context: CliContext,
  command: string,
  options: { showWarnings?: boolean; isAudited?: boolean } = {},
): Promise<Runtime> {
  const runtime = await openRuntime({
    configPath,
    env: context.env,
    cwd: context.cwd,
    homeDir: homeDirOf(context),
    now: context.now,
    command,
    onAuditFailure: (message) => {
      writeWarning(context, message);
    },
    ...(options.isAudited === undefined
      ? {}
      : { isAudited: options.isAudited }),
  });
  if (options.showWarnings !== false) {
    writeWarnings(context, runtime.warnings);
  }
  return runtime;
}
