import type { Command } from "commander";

import type { CliContext } from "../context.js";

import { registerAuditCommands } from "./audit.js";

/** Every command of the program, in the order `--help` lists them. */
const COMMANDS: ((program: Command, context: CliContext) => void)[] = [
  registerAuditCommands,
];

export function registerCommands(program: Command, context: CliContext): void {
  for (const register of COMMANDS) register(program, context);
}
