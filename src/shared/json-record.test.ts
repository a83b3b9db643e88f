import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { z } from "zod";

import { makeTempDir } from "../../test/support/temp.js";

import { InputError } from "./errors.js";
import { readJsonRecord } from "./json-record.js";

const Record = z.object({ version: z.literal(1), name: z.string() });
const MESSAGES = {
  unreadable: "state.unreadable",
  damaged: "state.damaged",
} as const;

async function read(path: string) {
  return readJsonRecord(path, Record, MESSAGES);
}

describe("readJsonRecord", () => {
  it("reads a record of the right shape, and nothing when there is no file", async () => {
    const dir = await makeTempDir();
    const path = join(dir, "record.json");
    assert.equal(await read(path), undefined);
    await writeFile(path, '{"version":1,"name":"nightly"}');
    assert.deepEqual(await read(path), { version: 1, name: "nightly" });
  });

  it("calls a file of another shape, or not JSON, damaged", async () => {
    const dir = await makeTempDir();
    const path = join(dir, "record.json");
    for (const text of ['{"version":2}', "{ not json", ""]) {
      await writeFile(path, text);
      await assert.rejects(read(path), (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.equal(error.localized?.key, "state.damaged");
        assert.equal(error.file, path);
        return true;
      });
    }
  });

  it("refuses a symbolic link without following it", async () => {
    const dir = await makeTempDir();
    const target = join(dir, "elsewhere.json");
    await writeFile(target, '{"version":1,"name":"planted"}');
    const path = join(dir, "record.json");
    await symlink(target, path);
    await assert.rejects(read(path), /it is a symbolic link/);
  });

  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const dir = await makeTempDir();
    const path = join(dir, "record.json");
    execFileSync("mkfifo", [path]);
    await assert.rejects(read(path), /it is not a regular file/);
  });

  it("refuses a file over 1 MiB without parsing it", async () => {
    const dir = await makeTempDir();
    const path = join(dir, "record.json");
    const padding = " ".repeat(1024 * 1024);
    await writeFile(path, `{"version":1,"name":"big"}${padding}`);
    await assert.rejects(read(path), /larger than 1,048,576 bytes/);
  });
});
