import { Option, type Command } from "commander";

import { localize, type Translate } from "../i18n/index.js";
import { UsageError } from "../shared/index.js";

/** Options every command accepts. */
export function addCommonOptions(command: Command, t: Translate): Command {
  return command
    .option("--config <path>", t("help.common.config"))
    .addOption(
      new Option("-q, --quiet", t("help.common.quiet")).conflicts("verbose"),
    )
    .option("-v, --verbose", t("help.common.verbose"));
}

/** Parses a flag that must be a positive integer. */
export function parsePositiveInteger(flag: string) {
  return (value: string): number => {
    if (
      !/^\d+$/.test(value) ||
      Number(value) < 1 ||
      !Number.isSafeInteger(Number(value))
    ) {
      throw new UsageError(localize("usage.positiveInteger", { flag, value }));
    }
    return Number(value);
  };
}
