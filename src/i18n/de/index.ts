import type { Catalogue } from "../catalogue.js";

import { apiDe } from "./api.js";
import { cliDe } from "./cli.js";
import { commandsDe } from "./commands.js";
import { dashboardDe } from "./dashboard.js";
import { errorsDe } from "./errors.js";
import { helpDe } from "./help.js";
import { readerDe } from "./reader.js";
import { setupDe } from "./setup.js";

export const de: Catalogue = {
  ...dashboardDe,
  ...helpDe,
  ...cliDe,
  ...commandsDe,
  ...errorsDe,
  ...apiDe,
  ...readerDe,
  ...setupDe,
};
