import { apiEn } from "./api.js";
import { cliEn } from "./cli.js";
import { commandsEn } from "./commands.js";
import { configEn } from "./config.js";
import { dashboardEn } from "./dashboard.js";
import { errorsEn } from "./errors.js";
import { helpEn } from "./help.js";
import { readerEn } from "./reader.js";
import { securityEn } from "./security.js";
import { setupEn } from "./setup.js";

/**
 * English: the reference catalogue. Its keys are the `MessageKey` union, and
 * every other language must have exactly these keys and placeholders.
 */
export const en = {
  ...dashboardEn,
  ...helpEn,
  ...cliEn,
  ...commandsEn,
  ...errorsEn,
  ...apiEn,
  ...readerEn,
  ...configEn,
  ...securityEn,
  ...setupEn,
};
