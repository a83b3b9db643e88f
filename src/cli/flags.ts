import { Readable } from "node:stream";

import type { Command } from "commander";
import type { z } from "zod";

import { localize, type UserText } from "../i18n/index.js";
import { UsageError } from "../shared/index.js";

import type { CommandEnvironment } from "./command-environment.js";
import type { CliContext } from "./context.js";
import { writeLine, writeWarnings } from "./context.js";
import { openCommandRuntime } from "./command-runtime.js";
import { createPrompter } from "./prompt.js";

/** Parses a command's flags with a schema: flags are outside data too. */
export function parseFlags<Schema extends z.ZodType>(
  schema: Schema,
  command: Command,
): z.output<Schema> {
  const parsed = schema.safeParse(command.opts());
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => `--${issue.path.join(".")}: ${issue.message}`)
    .join("; ");
  throw new UsageError(
    localize("flags.invalid", { problems, command: command.name() }),
  );
}

/**
 * Builds the environment a command runs in: the configuration, the audit log
 * that records every credential event, and a prompter; stdin is released and
 * the command's end recorded afterwards.
 */
export async function withCommandEnvironment<Result>(
  context: CliContext,
  configPath: string | undefined,
  run: (environment: CommandEnvironment) => Promise<Result>,
  command = "credentials",
): Promise<Result> {
  const runtime = await openCommandRuntime(configPath, context, command);
  const prompter = createPrompter(
    context.stdin ?? emptyInput(),
    context.stderr,
    context.isStdinTty === true,
  );
  try {
    const result = await run({
      context,
      configPath,
      prompter,
      loaded: runtime.loaded,
      dataGuard: runtime.dataGuard,
      onEvent: runtime.onCredentialEvent,
      openKeyringEntry: context.openKeyringEntry,
    });
    runtime.close("success");
    return result;
  } catch (error) {
    runtime.close("failure");
    throw error;
  } finally {
    prompter.close();
  }
}

function emptyInput() {
  // Without stdin every question ends at once with a clear error.
  return Readable.from([]);
}

/** Prints warnings on stderr, one per line, in the user's language. */
export function printWarnings(
  context: CliContext,
  warnings: readonly UserText[],
): void {
  writeWarnings(context, warnings);
}

/** Prints the closing line of a successful command unless --quiet was given. */
export function printDone(
  context: CliContext,
  flags: { quiet?: boolean | undefined },
  line: string,
): void {
  if (flags.quiet !== true) writeLine(context.stderr, line);
}
