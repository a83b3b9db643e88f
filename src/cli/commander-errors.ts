import type { CommanderError } from "commander";

import { localize, type LocalizedText } from "../i18n/index.js";

/**
 * Commander's commonest usage errors as catalogue messages. Commander words
 * them in English with the flag or name in quotes; these patterns take those
 * values out so that every language keeps them. An error none of them
 * matches stays in commander's English.
 */
export function localizeCommanderError(
  error: CommanderError,
  path: string,
): LocalizedText | undefined {
  const text = error.message.replace(/^error: /, "");
  const isTopLevel = !path.includes(" ");

  switch (error.code) {
    case "commander.unknownOption": {
      const [first = "", second] = text.split("\n");
      const match = /^unknown option '(.+)'$/.exec(first);
      if (match === null) return undefined;
      const option = match[1] ?? "";
      const suggestion = suggestionOf(second);
      if (suggestion === undefined) {
        const key = isTopLevel
          ? "usage.unknownOptionTop"
          : "usage.unknownOption";
        return localize(key, { option, path });
      }
      const key = isTopLevel
        ? "usage.unknownOptionSuggestionTop"
        : "usage.unknownOptionSuggestion";
      return localize(key, { option, suggestion, path });
    }
    case "commander.unknownCommand": {
      const [first = "", second] = text.split("\n");
      const match = /^unknown command '(.+)'$/.exec(first);
      if (match === null) return undefined;
      const command = match[1] ?? "";
      const suggestion = suggestionOf(second);
      return suggestion === undefined
        ? localize("usage.unknownCommand", { command, path })
        : localize("usage.unknownCommandSuggestion", {
            command,
            suggestion,
            path,
          });
    }
    case "commander.missingArgument": {
      const match = /^missing required argument '(.+)'$/.exec(text);
      if (match === null) return undefined;
      return localize("usage.missingArgument", {
        argument: match[1] ?? "",
        path,
      });
    }
    case "commander.optionMissingArgument": {
      const match = /^option '(.+)' argument missing$/.exec(text);
      if (match === null) return undefined;
      return localize("usage.optionMissingArgument", {
        option: match[1] ?? "",
        path,
      });
    }
    case "commander.missingMandatoryOptionValue": {
      const match = /^required option '(.+)' not specified$/.exec(text);
      if (match === null) return undefined;
      return localize("usage.missingMandatoryOption", {
        option: match[1] ?? "",
        path,
      });
    }
    case "commander.invalidArgument": {
      const match =
        /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(
          text,
        );
      if (match === null) return undefined;
      return localize("usage.invalidChoice", {
        option: match[1] ?? "",
        value: match[2] ?? "",
        choices: match[3] ?? "",
        path,
      });
    }
    case "commander.excessArguments": {
      // "too many arguments for 'migrate'. Expected 1 argument but got 2."
      const match = /\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text);
      if (match === null || !text.startsWith("too many arguments")) {
        return undefined;
      }
      const expected = Number(match[1]);
      const received = Number(match[2]);
      return expected === 0
        ? localize("usage.noArguments", { path, received })
        : localize("usage.tooManyArguments", {
            count: expected,
            received,
            path,
          });
    }
    case "commander.conflictingOption": {
      const match = /^option '(.+)' cannot be used with option '(.+)'$/.exec(
        text,
      );
      if (match === null) return undefined;
      return localize("usage.conflictingOptions", {
        option: match[1] ?? "",
        other: match[2] ?? "",
        path,
      });
    }
    default:
      return undefined;
  }
}

/**
 * The names in commander's "(Did you mean --color?)" or "(Did you mean one
 * of --color, --colour?)" line, comma-separated.
 */
function suggestionOf(line: string | undefined): string | undefined {
  const match = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(line ?? "");
  return match?.[1];
}
