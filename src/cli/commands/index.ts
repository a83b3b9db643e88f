import type { Command } from "commander";

import type { CliContext } from "../context.js";

import { registerConfigCommands } from "./config.js";
import { registerCredentialsCommands } from "./credentials.js";
import { registerDecryptCommand } from "./decrypt.js";

/** Every command of the program, in the order `--help` lists them. */
const COMMANDS: ((program: Command, context: CliContext) => void)[] = [
  registerConfigCommands,
  registerCredentialsCommands,
  registerDecryptCommand,
];

export function registerCommands(program: Command, context: CliContext): void {
  for (const register of COMMANDS) register(program, context);
}
