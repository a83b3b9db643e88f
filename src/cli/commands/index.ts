import type { Command } from "commander";

import type { CliContext } from "../context.js";

import { registerAuditCommands } from "./audit.js";
import { registerAuth } from "./auth.js";
import { registerConfigCommands } from "./config.js";
import { registerCredentialsCommands } from "./credentials.js";
import { registerDecryptCommand } from "./decrypt.js";
import { registerExport } from "./export.js";
import { registerHealth } from "./health.js";
import { registerSandboxCommand } from "./sandbox.js";
import { registerSchedule } from "./schedule.js";
import { registerSecurityCommands } from "./security.js";
import { registerServe } from "./serve.js";
import { registerToken } from "./token.js";
import { registerValidateCommand } from "./validate.js";

/** Every command of the program, in the order `--help` lists them. */
const COMMANDS: ((program: Command, context: CliContext) => void)[] = [
  registerExport,
  registerSchedule,
  registerHealth,
  registerAuth,
  registerToken,
  registerServe,
  registerCredentialsCommands,
  registerConfigCommands,
  registerAuditCommands,
  registerDecryptCommand,
  registerValidateCommand,
  registerSecurityCommands,
  (program, context) => {
    registerSandboxCommand(program, context);
  },
];

export function registerCommands(program: Command, context: CliContext): void {
  for (const register of COMMANDS) register(program, context);
}
