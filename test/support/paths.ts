import { fileURLToPath } from "node:url";

// Compiled to dist/test/support/paths.js: the repository is three levels up.
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const GOLDEN_DIR = `${REPO_ROOT}test/golden`;
export const SAMPLE_ZIP = `${REPO_ROOT}samples/trakt-export-sample.zip`;
export const CLI_ENTRY = `${REPO_ROOT}dist/src/cli/main.js`;
