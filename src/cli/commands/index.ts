import type { Command } from "commander";

import type { CliContext } from "../context.js";

import { registerAuditCommands } from "./audit.js";
import { registerExport } from "./export.js";
import { registerSandboxCommand } from "./sandbox.js";
import { registerServe } from "./serve.js";

/** Every command of the program, in the order `--help` lists them. */
const COMMANDS: ((program: Command, context: CliContext) => void)[] = [
  registerExport,
  registerAuditCommands,
  (program, context) => {
    registerSandboxCommand(program, context);
  },
  registerServe,
];

export function registerCommands(program: Command, context: CliContext): void {
  for (const register of COMMANDS) register(program, context);
}
