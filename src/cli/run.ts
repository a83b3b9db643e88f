import { CommanderError } from "commander";

import type { Translate } from "../i18n/index.js";
import {
  describeError,
  exitCodeFor,
  isExpectedError,
  translatePrintable,
  type AppError,
} from "../shared/index.js";

import { wasReported } from "./command-log.js";
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
    if (legacy.note !== undefined) {
      const { key, params } = legacy.note;
      writeLine(context.stderr, context.translator.t(key, params));
    }
    await program.parseAsync(legacy.argv, { from: "user" });
    return 0;
  } catch (thrown) {
    const error =
      thrown instanceof CommanderError ? fromCommanderError(thrown) : thrown;
    if (error === null) return 0;
    // Already reported as JSON (a log line, `--json` output) by the command.
    if (wasReported(error)) return exitCodeFor(error);
    // Nobody reads the output any more: end quietly, like `yes | head`.
    if (context.outputClosed?.aborted === true) return exitCodeFor(error);

    const { t } = context.translator;
    if (isExpectedError(error)) {
      const message = translateError(error, t);
      writeLine(context.stderr, t("cli.error", { message }));
    } else {
      writeLine(context.stderr, t("cli.internalError"));
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

/**
 * An error's message in the user's language when it carries a catalogue key;
 * its English text otherwise (see docs/i18n.md for the English-only ones).
 * Ready for a terminal: the details it quotes (file names, keys read from an
 * input) stay on their line and cannot forge lines of their own.
 */
export function translateError(error: AppError, t: Translate): string {
  return translatePrintable(error.localized ?? error.message, t);
}
