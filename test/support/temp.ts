import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";

export { writeTree } from "./tree.js";

/** A fresh folder under the system temp dir, removed when the test file ends. */
export async function makeTempDir(
  prefix = "export-trakt-test-",
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
