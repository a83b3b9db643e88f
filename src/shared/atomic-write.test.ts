import * as assert from "node:assert/strict";
import {
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { writeFileAtomic } from "./atomic-write.js";

let root = "";

before(async () => {
  root = await mkdtemp(join(tmpdir(), "export-trakt-atomic-"));
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("replaces a file and applies the mode despite the umask", async () => {
    const path = join(root, "replace.txt");
    await writeFile(path, "old");

    await writeFileAtomic(path, "new", { mode: 0o600 });

    assert.equal(await readFile(path, "utf8"), "new");
    assert.equal((await stat(path)).mode & 0o777, 0o600);
  });

  it("refuses to replace an existing file when overwrite is false and leaves no temporary file", async () => {
    const path = join(root, "keep.txt");
    await writeFile(path, "mine");

    await assert.rejects(
      writeFileAtomic(path, "theirs", { mode: 0o600, overwrite: false }),
      { code: "EEXIST" },
    );

    assert.equal(await readFile(path, "utf8"), "mine");
    assert.deepEqual(
      (await readdir(root)).filter((name) => name.endsWith(".tmp")),
      [],
    );
  });
});
