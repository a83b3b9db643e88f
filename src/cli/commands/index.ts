import type { Command } from "commander";

import type { CliContext } from "../context.js";

import { registerAuditCommands } from "./audit.js";
import { registerConfigCommands } from "./config-migrate.js";
import { registerExport } from "./export.js";
import { registerSandboxCommand } from "./sandbox.js";
import { registerSchedule } from "./schedule.js";

/** Every command of the program, in the order `--help` lists them. */
const COMMANDS: ((program: Command, context: CliContext) => void)[] = [
  registerExport,
  registerSchedule,
  registerAuditCommands,
  registerConfigCommands,
  (program, context) => {
    registerSandboxCommand(program, context);
  },
];

export function registerCommands(program: Command, context: CliContext): void {
  for (const register of COMMANDS) register(program, context);
}
