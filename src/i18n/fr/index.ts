import type { Catalogue } from "../catalogue.js";

import { apiFr } from "./api.js";
import { cliFr } from "./cli.js";
import { commandsFr } from "./commands.js";
import { configFr } from "./config.js";
import { dashboardFr } from "./dashboard.js";
import { errorsFr } from "./errors.js";
import { helpFr } from "./help.js";
import { readerFr } from "./reader.js";
import { securityFr } from "./security.js";
import { setupFr } from "./setup.js";

export const fr: Catalogue = {
  ...dashboardFr,
  ...helpFr,
  ...cliFr,
  ...commandsFr,
  ...errorsFr,
  ...apiFr,
  ...readerFr,
  ...configFr,
  ...securityFr,
  ...setupFr,
};
