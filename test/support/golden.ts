import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

import { runCliForTest } from "./cli.js";
import { writeTree } from "./tree.js";
import type { GoldenCase } from "../golden-cases.js";

/** Every CSV under `root`, by path relative to it. */
export async function readCsvTree(root: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith(".csv"))
        found.set(relative(root, path), await readFile(path));
    }
  };
  await walk(root);
  return found;
}

/**
 * Runs a golden case's export in a new temporary folder (the caller removes
 * it) and returns the output folder inside it.
 */
export async function runGoldenCase(
  goldenCase: GoldenCase,
): Promise<{ dir: string; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), "export-trakt-golden-"));
  const input = join(dir, "input");
  const output = join(dir, "output");
  await writeTree(input, goldenCase.files);
  const result = await runCliForTest(
    ["export", "--from", input, "--output", output, ...goldenCase.args],
    { cwd: dir },
  );
  if (result.code !== 0) {
    throw new Error(`Golden case ${goldenCase.name} failed:\n${result.stderr}`);
  }
  return { dir, output };
}
