import { Option, type Command } from "commander";

import { UsageError } from "../shared/index.js";

/** Options every command accepts. */
export function addCommonOptions(command: Command): Command {
  return command
    .option("--config <path>", "configuration file (TOML)")
    .addOption(
      new Option("-q, --quiet", "print only warnings and errors").conflicts(
        "verbose",
      ),
    )
    .option("-v, --verbose", "print more detail on stderr");
}

/** Parses a flag that must be a positive integer. */
export function parsePositiveInteger(flag: string) {
  return (value: string): number => {
    if (
      !/^\d+$/.test(value) ||
      Number(value) < 1 ||
      !Number.isSafeInteger(Number(value))
    ) {
      throw new UsageError(
        `${flag} must be a whole number greater than 0, not "${value}".`,
      );
    }
    return Number(value);
  };
}
