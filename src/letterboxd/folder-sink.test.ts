import assert from "node:assert/strict";
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  symlink,
  writeFile,
} from "node:fs/promises";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { describe, it } from "node:test";

import { REPO_ROOT } from "../../test/support/paths.js";
import { makeTempDir } from "../../test/support/temp.js";
import { OutputError, SecurityError } from "../shared/index.js";

import { writeFolderAtomically, type OutputFile } from "./folder-sink.js";

const SLOW_WRITER = join(REPO_ROOT, "dist/test/support/slow-writer.js");
const MODES = { fileMode: 0o644, dirMode: 0o750 };
const FILES: OutputFile[] = [
  { relativePath: "watched.csv", content: Buffer.from("Title\nHeat\n") },
  { relativePath: "lists/best.csv", content: Buffer.from("Title\nAlien\n") },
];

describe("writeFolderAtomically", () => {
  it("creates the folder with every file and the configured modes", async () => {
    const root = await makeTempDir();
    const target = join(root, "exports", "run-1");
    await writeFolderAtomically(target, FILES, { force: false, ...MODES });

    assert.equal(
      await readFile(join(target, "lists/best.csv"), "utf8"),
      "Title\nAlien\n",
    );
    assert.equal(
      (await lstat(join(target, "watched.csv"))).mode & 0o777,
      0o644,
    );
    assert.equal((await lstat(target)).mode & 0o777, 0o750);
    assert.deepEqual(await readdir(join(root, "exports")), ["run-1"]);
  });

  it("writes into an existing empty folder", async () => {
    const target = join(await makeTempDir(), "empty");
    await mkdir(target);
    await writeFolderAtomically(target, FILES, { force: false, ...MODES });
    assert.deepEqual((await readdir(target)).sort(), ["lists", "watched.csv"]);
  });

  it("refuses a non-empty folder without force and leaves it untouched", async () => {
    const target = await makeTempDir();
    await writeFile(join(target, "keep.txt"), "precious");
    await assert.rejects(
      writeFolderAtomically(target, FILES, { force: false, ...MODES }),
      (error: unknown) =>
        error instanceof OutputError &&
        error.message ===
          `The output folder "${target}" already has files in it. Choose another --output, or pass --force to replace its content.`,
    );
    assert.deepEqual(await readdir(target), ["keep.txt"]);
  });

  it("replaces a non-empty folder with force, leaving no staging folder behind", async () => {
    const root = await makeTempDir();
    const target = join(root, "out");
    await mkdir(target);
    await writeFile(join(target, "old.csv"), "old");
    await writeFolderAtomically(target, FILES, { force: true, ...MODES });
    assert.deepEqual((await readdir(target)).sort(), ["lists", "watched.csv"]);
    assert.deepEqual(await readdir(root), ["out"]);
  });

  it("refuses an output folder that is a symbolic link before writing anything", async () => {
    const root = await makeTempDir();
    const elsewhere = join(root, "stand-in-for-a-system-folder");
    await mkdir(elsewhere);
    const link = join(root, "out");
    await symlink(elsewhere, link);
    await assert.rejects(
      writeFolderAtomically(link, FILES, { force: true, ...MODES }),
      SecurityError,
    );
    assert.deepEqual(await readdir(elsewhere), []);
    assert.deepEqual((await readdir(root)).sort(), [
      "out",
      "stand-in-for-a-system-folder",
    ]);
  });

  it("removes its staging folder when interrupted with Ctrl-C", async () => {
    const root = await makeTempDir();
    const child = spawn(process.execPath, [SLOW_WRITER, join(root, "out")], {
      stdio: "ignore",
    });
    const exited = once(child, "exit");
    // Interrupt once the staging folder holds a few files.
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const staging = (await readdir(root)).find((name) =>
        name.includes(".partial-"),
      );
      if (
        staging !== undefined &&
        (await readdir(join(root, staging))).length > 10
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    child.kill("SIGINT");
    const [code, signal] = (await exited) as [number | null, string | null];

    // The interrupt ends the run, either by the signal itself or, when a
    // write was in flight as the folder went, by that write's failure.
    assert.ok(signal === "SIGINT" || (code !== null && code !== 0));
    assert.deepEqual(await readdir(root), []);
  });

  it("refuses a file path that would leave the folder and writes nothing", async () => {
    const root = await makeTempDir();
    const target = join(root, "out");
    const files = [
      ...FILES,
      { relativePath: "../escape.csv", content: Buffer.from("x") },
    ];
    await assert.rejects(
      writeFolderAtomically(target, files, { force: false, ...MODES }),
      SecurityError,
    );
    assert.deepEqual(await readdir(root), []);
  });
});
