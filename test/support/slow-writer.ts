/**
 * A child process for the signal test: writes many files into the folder
 * named by argv[2] through the atomic folder writer, slowly enough to be
 * interrupted while its staging folder exists.
 */
import { writeFolderAtomically } from "../../src/letterboxd/index.js";

const target = process.argv[2];
if (target === undefined) throw new Error("usage: slow-writer <target>");
const files = Array.from({ length: 50_000 }, (_, index) => ({
  relativePath: `part-${index}.csv`,
  content: Buffer.from("Title\nHeat\n"),
}));
await writeFolderAtomically(target, files, {
  force: false,
  fileMode: 0o644,
  dirMode: 0o750,
});
