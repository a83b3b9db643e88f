import { CommanderError } from "commander";

import {
  describeError,
  exitCodeFor,
  isExpectedError,
  toPrintableMultiline,
} from "../shared/index.js";

import type { CliContext } from "./context.js";
import { writeLine } from "./context.js";
import { rewriteLegacyArgv } from "./legacy-argv.js";
import { buildProgram, fromCommanderError } from "./program.js";

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit
 * code. The only place that decides how a run ends.
 */
export async function runCli(
  argv: readonly string[],
  context: CliContext,
): Promise<number> {
  const program = buildProgram(context);
  try {
    const legacy = rewriteLegacyArgv(argv);
    if (legacy.note !== undefined) writeLine(context.stderr, legacy.note);
    await program.parseAsync(legacy.argv, { from: "user" });
    return 0;
  } catch (thrown) {
    const error =
      thrown instanceof CommanderError ? fromCommanderError(thrown) : thrown;
    if (error === null) return 0;

    if (isExpectedError(error)) {
      writeLine(
        context.stderr,
        `Error: ${toPrintableMultiline(error.message)}`,
      );
    } else {
      writeLine(
        context.stderr,
        "Unexpected internal error; please report it with the text below.",
      );
      writeLine(
        context.stderr,
        error instanceof Error
          ? (error.stack ?? error.message)
          : describeError(error),
      );
    }
    return exitCodeFor(error);
  }
}
