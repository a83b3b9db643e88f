import type { Catalogue } from "../catalogue.js";

import { apiDe } from "./api.js";
import { cliDe } from "./cli.js";
import { commandsDe } from "./commands.js";
import { configDe } from "./config.js";
import { dashboardDe } from "./dashboard.js";
import { errorsDe } from "./errors.js";
import { helpDe } from "./help.js";
import { readerDe } from "./reader.js";
import { securityDe } from "./security.js";
import { setupDe } from "./setup.js";

export const de: Catalogue = {
  ...dashboardDe,
  ...helpDe,
  ...cliDe,
  ...commandsDe,
  ...errorsDe,
  ...apiDe,
  ...readerDe,
  ...configDe,
  ...securityDe,
  ...setupDe,
};
