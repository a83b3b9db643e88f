/** Rewrites test/golden/ from the golden cases. Review the diff it makes. */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

import { GOLDEN_CASES } from "../test/golden-cases.js";
import { readCsvTree, runGoldenCase } from "../test/support/golden.js";
import { GOLDEN_DIR } from "../test/support/paths.js";

for (const goldenCase of GOLDEN_CASES) {
  const { dir, output } = await runGoldenCase(goldenCase);
  const target = join(GOLDEN_DIR, goldenCase.name);
  await rm(target, { recursive: true, force: true });
  for (const [path, content] of await readCsvTree(output)) {
    await mkdir(dirname(join(target, path)), { recursive: true });
    await writeFile(join(target, path), content);
  }
  await rm(dir, { recursive: true, force: true });
  console.log(`Updated ${target}`);
}
