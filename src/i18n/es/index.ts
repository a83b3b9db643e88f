import type { Catalogue } from "../catalogue.js";

import { apiEs } from "./api.js";
import { cliEs } from "./cli.js";
import { commandsEs } from "./commands.js";
import { configEs } from "./config.js";
import { dashboardEs } from "./dashboard.js";
import { errorsEs } from "./errors.js";
import { helpEs } from "./help.js";
import { readerEs } from "./reader.js";
import { securityEs } from "./security.js";
import { setupEs } from "./setup.js";

export const es: Catalogue = {
  ...dashboardEs,
  ...helpEs,
  ...cliEs,
  ...commandsEs,
  ...errorsEs,
  ...apiEs,
  ...readerEs,
  ...configEs,
  ...securityEs,
  ...setupEs,
};
