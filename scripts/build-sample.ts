/**
 * Builds samples/trakt-export-sample.zip from scripts/sample-data.ts. The ZIP
 * is byte-for-byte reproducible: fixed entry order and timestamps.
 */
import { mkdir } from "node:fs/promises";

import { writeZip } from "../test/support/zip.js";

import { sampleExportFiles } from "./sample-data.js";

const OUTPUT = "samples/trakt-export-sample.zip";

await mkdir("samples", { recursive: true });
await writeZip(OUTPUT, sampleExportFiles(), 2);
console.log(`Wrote ${OUTPUT}`);
