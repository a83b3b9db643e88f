/**
 * Builds samples/trakt-export-sample.zip from scripts/sample-data.ts. The ZIP
 * is byte-for-byte reproducible: fixed entry order and timestamps.
 */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";

import yazl from "yazl";

import { sampleExportFiles } from "./sample-data.js";

const OUTPUT = "samples/trakt-export-sample.zip";
const FIXED_MTIME = new Date("2025-01-01T00:00:00Z");

export async function writeZip(
  path: string,
  files: Record<string, unknown>,
): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) {
    const text =
      typeof content === "string" ? content : JSON.stringify(content, null, 2);
    zip.addBuffer(Buffer.from(text, "utf8"), name, {
      mtime: FIXED_MTIME,
      mode: 0o100644,
    });
  }
  zip.end();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  await once(out, "close");
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  await mkdir("samples", { recursive: true });
  await writeZip(OUTPUT, sampleExportFiles());
  console.log(`Wrote ${OUTPUT}`);
}
