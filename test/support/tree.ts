import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** Writes a map of relative paths to contents (objects become JSON). */
export async function writeTree(
  root: string,
  files: Record<string, unknown>,
): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    const text =
      typeof content === "string" ? content : JSON.stringify(content, null, 2);
    await writeFile(full, text);
  }
}
