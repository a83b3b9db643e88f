import { readFileSync } from "node:fs";

import { z } from "zod";

const PackageJson = z.object({
  version: z.string(),
  homepage: z.string().optional(),
});

// Compiled to dist/src/shared/version.js; the package root is three levels up.
const packageJsonUrl = new URL("../../../package.json", import.meta.url);
const packageJson = PackageJson.parse(
  JSON.parse(readFileSync(packageJsonUrl, "utf8")),
);

export const VERSION: string = packageJson.version;

export const PROJECT_URL = "https://github.com/export-trakt-4-letterboxd/ts";

/** The User-Agent sent on every outgoing request. */
export const USER_AGENT = `export-trakt/${VERSION} (+${PROJECT_URL})`;
