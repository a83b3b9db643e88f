import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";

const KEY = randomBytes(32).toString("base64");
const OTHER_KEY = randomBytes(32).toString("base64");

async function exportEncrypted(cwd: string, env: NodeJS.ProcessEnv) {
  const plain = join(cwd, "plain");
  const sealed = join(cwd, "sealed");
  const options = { cwd, env: { HOME: cwd, ...env } };
  const first = await runCliForTest(
    ["export", "--from", SAMPLE_ZIP, "--output", plain, "--quiet"],
    options,
  );
  const second = await runCliForTest(
    ["export", "--from", SAMPLE_ZIP, "--output", sealed, "--encrypt"],
    options,
  );
  assert.equal(first.code, 0, first.stderr);
  assert.equal(second.code, 0, second.stderr);
  return { plain, sealed };
}

async function decrypt(
  cwd: string,
  file: string,
  env: NodeJS.ProcessEnv,
  output: string,
) {
  return runCliForTest(["decrypt", file, "--output", output], {
    cwd,
    env: { HOME: cwd, ...env },
  });
}

describe("export --encrypt", () => {
  it("writes only .enc files, which decrypt restores byte for byte", async () => {
    const cwd = await makeTempDir();
    const env = { ENCRYPTION_KEY: KEY };
    const { plain, sealed } = await exportEncrypted(cwd, env);

    const names = (await readdir(sealed)).sort();
    assert.ok(names.includes("watched.csv.enc"));
    assert.ok(names.includes("report.json.enc"));
    assert.deepEqual(
      names.filter((name) => !name.endsWith(".enc")),
      ["lists"],
    );
    const lists = await readdir(join(sealed, "lists"));
    assert.ok(lists.length > 0);
    assert.ok(lists.every((name) => name.endsWith(".csv.enc")));

    const restored = join(cwd, "watched.csv");
    const result = await decrypt(
      cwd,
      join(sealed, "watched.csv.enc"),
      env,
      restored,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      await readFile(restored),
      await readFile(join(plain, "watched.csv")),
    );
  });

  it("uses the key file when no key is set, and decrypt finds it", async () => {
    const cwd = await makeTempDir();
    const { plain, sealed } = await exportEncrypted(cwd, {});

    const key = await readFile(join(cwd, "credentials.enc.key"), "utf8");
    assert.match(key, /^[A-Za-z0-9+/]{43}=\n$/);
    const restored = join(cwd, "watched.csv");
    const result = await decrypt(
      cwd,
      join(sealed, "watched.csv.enc"),
      {},
      restored,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      await readFile(restored),
      await readFile(join(plain, "watched.csv")),
    );
  });

  it("refuses a wrong key and a tampered file, naming the file", async () => {
    const cwd = await makeTempDir();
    const { sealed } = await exportEncrypted(cwd, { ENCRYPTION_KEY: KEY });
    const file = join(sealed, "watched.csv.enc");
    const restored = join(cwd, "watched.csv");

    const wrongKey = await decrypt(
      cwd,
      file,
      { ENCRYPTION_KEY: OTHER_KEY },
      restored,
    );
    assert.equal(wrongKey.code, 1);
    assert.equal(
      wrongKey.stderr,
      `Error: Could not decrypt "${file}": it was encrypted with a different key than ENCRYPTION_KEY. The file was left untouched.\n`,
    );

    const tampered = join(cwd, "tampered.csv.enc");
    const bytes = await readFile(file);
    const last = bytes.length - 20;
    bytes.writeUInt8((bytes[last] ?? 0) ^ 0x01, last);
    await writeFile(tampered, bytes);
    const damaged = await decrypt(
      cwd,
      tampered,
      { ENCRYPTION_KEY: KEY },
      restored,
    );
    assert.equal(damaged.code, 1);
    assert.match(damaged.stderr, /^Error: Could not decrypt ".*tampered/);
    assert.match(damaged.stderr, /The file was left untouched\.\n$/);
    await assert.rejects(readFile(restored), { code: "ENOENT" });
  });

  it("records encrypt events in the audit log", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "logs"), { recursive: true });
    await exportEncrypted(cwd, { ENCRYPTION_KEY: KEY });

    const folder = join(cwd, "logs", "audit");
    const lines: { event_type: string; result: string }[] = [];
    for (const name of await readdir(folder)) {
      const text = await readFile(join(folder, name), "utf8");
      for (const line of text.split("\n").filter(Boolean)) {
        lines.push(JSON.parse(line) as { event_type: string; result: string });
      }
    }
    const encrypts = lines.filter((line) => line.event_type === "encrypt");
    assert.ok(encrypts.length >= 2);
    assert.ok(encrypts.every((line) => line.result === "success"));
    assert.ok(!JSON.stringify(lines).includes(KEY));
  });

  it("lets --force replace an earlier encrypted export", async () => {
    const cwd = await makeTempDir();
    const env = { HOME: cwd, ENCRYPTION_KEY: KEY };
    const { sealed } = await exportEncrypted(cwd, env);

    const again = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", sealed, "--encrypt"],
      { cwd, env },
    );
    assert.equal(again.code, 1);
    const forced = await runCliForTest(
      [
        "export",
        "--from",
        SAMPLE_ZIP,
        "--output",
        sealed,
        "--encrypt",
        "--force",
      ],
      { cwd, env },
    );
    assert.equal(forced.code, 0, forced.stderr);
  });
});
