import { Command, CommanderError } from "commander";

import { UsageError, VERSION } from "../shared/index.js";

import { registerCommands } from "./commands/index.js";
import type { CliContext } from "./context.js";
import { localizeCommanderError } from "./commander-errors.js";
import { translatedHelp } from "./help-text.js";

/** Builds the `export-trakt` program with every command registered. */
export function buildProgram(context: CliContext): Command {
  const { t } = context.translator;
  const program = new Command("export-trakt")
    .description(t("help.program"))
    .version(VERSION, "-V, --version", t("help.version"))
    .showSuggestionAfterError(true);

  registerCommands(program, context);

  // Every command, including ones registered later, reports usage errors by
  // throwing instead of exiting, and prints through the context's streams.
  const configure = (command: Command): void => {
    command.exitOverride((error) => {
      throw fromCommanderError(error, commandPath(command)) ?? error;
    });
    // Commands built with `new Command()` inherit no help settings, so each
    // gets the translated ones here; only groups have a `help` subcommand.
    command.helpOption("-h, --help", t("help.help"));
    if (command.commands.length > 0) {
      command.helpCommand("help [command]", t("help.helpCommand"));
    }
    command.configureHelp(translatedHelp(t));
    command.configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: () => undefined,
    });
    command.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/** "export-trakt credentials set", for messages about that command. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (
    let current: Command | null = command;
    current;
    current = current.parent
  ) {
    names.unshift(current.name());
  }
  return names.join(" ");
}

/**
 * Converts commander's own errors: help and version are successes (`null`),
 * anything else (unknown flag, missing argument) is a usage error that points
 * at the help of the command it happened in.
 */
export function fromCommanderError(
  error: CommanderError,
  path = "export-trakt",
): UsageError | null {
  if (
    error.code === "commander.helpDisplayed" ||
    error.code === "commander.version" ||
    error.code === "commander.help"
  ) {
    return null;
  }
  const localized = localizeCommanderError(error, path);
  if (localized !== undefined) {
    return new UsageError(localized, { cause: error });
  }

  const message = error.message
    .replace(/^error: /, "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/\.$/, "");
  const sentence = `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  const hint =
    error.code === "commander.unknownOption" && !path.includes(" ")
      ? ' Options go after the command, as in "export-trakt export --from FILE".'
      : "";
  return new UsageError(
    `${sentence}. Run "${path} --help" for the usage.${hint}`,
    {
      cause: error,
    },
  );
}
