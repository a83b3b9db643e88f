import { Command, CommanderError } from "commander";

import { UsageError, VERSION } from "../shared/index.js";

import { registerCommands } from "./commands/index.js";
import type { CliContext } from "./context.js";

/** Builds the `export-trakt` program with every command registered. */
export function buildProgram(context: CliContext): Command {
  const program = new Command("export-trakt")
    .description(
      "Turn your Trakt.tv film history into files Letterboxd can import.",
    )
    .version(VERSION, "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show help for a command")
    .showSuggestionAfterError(true);

  registerCommands(program, context);

  // Every command, including ones registered later, reports usage errors by
  // throwing instead of exiting, and prints through the context's streams.
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: () => undefined,
    });
    command.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/**
 * Converts commander's own errors: help and version are successes, anything
 * else (unknown flag, missing argument) is a usage error.
 */
export function fromCommanderError(error: CommanderError): UsageError | null {
  if (
    error.code === "commander.helpDisplayed" ||
    error.code === "commander.version" ||
    error.code === "commander.help"
  ) {
    return null;
  }
  const message = error.message.replace(/^error: /, "").replace(/\.$/, "");
  return new UsageError(
    `${message.charAt(0).toUpperCase()}${message.slice(1)}. Run "export-trakt --help" for the usage.`,
    { cause: error },
  );
}
