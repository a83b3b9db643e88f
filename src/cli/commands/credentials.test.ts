import * as assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { after, before, describe, it } from "node:test";

import { z } from "zod";

import { encryptDataBytes } from "../../security/index.js";
import { createTranslator, type Language } from "../../i18n/index.js";
import type { CliContext } from "../context.js";
import { runCli } from "../run.js";

const CLIENT_ID = "client-id-0000-1234";
const CLIENT_SECRET = "client-secret-value-abcdefgh";
const KEY = randomBytes(32).toString("base64");
const OTHER_KEY = randomBytes(32).toString("base64");

let root = "";
let caseNumber = 0;

before(async () => {
  root = await mkdtemp(join(tmpdir(), "export-trakt-cli-"));
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(chunks: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
}

async function run(
  argv: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    stdin?: string;
    language?: Language;
  },
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const context: CliContext = {
    stdout: sink(out),
    stderr: sink(err),
    isStderrTty: false,
    translator: createTranslator(options.language ?? "en"),
    env: { HOME: join(options.cwd, "home"), ...options.env },
    cwd: options.cwd,
    now: () => new Date("2026-01-01T00:00:00Z"),
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    isStdinTty: false,
  };
  const code = await runCli(argv, context);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** A working folder with config/config.toml using the file backend. */
async function fileBackendFolder(): Promise<string> {
  const cwd = join(root, `case-${++caseNumber}`);
  await mkdir(join(cwd, "config"), { recursive: true });
  await writeFile(
    join(cwd, "config", "config.toml"),
    '[security]\nkeyring_backend = "file"\n',
    { mode: 0o600 },
  );
  return cwd;
}

function assertNoSecret(result: Run): void {
  const text = result.stdout + result.stderr;
  assert.ok(!text.includes(CLIENT_SECRET), "the client secret was printed");
  assert.ok(!text.includes(KEY), "the encryption key was printed");
}

describe("credentials commands", () => {
  it("asks for the client id in the user's language", async () => {
    const cwd = await fileBackendFolder();
    const env = { ENCRYPTION_KEY: KEY };
    const set = await run(["credentials", "set"], {
      cwd,
      env,
      stdin: "",
      language: "fr",
    });
    assert.equal(set.code, 2);
    assert.match(set.stderr, /Client ID Trakt :/);
    assert.doesNotMatch(set.stderr, /Trakt client ID/);
  });

  it("stores the id and secret read from stdin and shows only the last 4 characters", async () => {
    const cwd = await fileBackendFolder();
    const env = { ENCRYPTION_KEY: KEY };
    const stdin = `${CLIENT_ID}\n${CLIENT_SECRET}\n`;
    const credentialsPath = join(cwd, "config", "credentials.enc");

    const set = await run(["credentials", "set"], { cwd, env, stdin });
    const status = await run(["credentials", "status"], { cwd, env });

    assert.equal(set.code, 0);
    assert.equal(
      set.stderr,
      `Stored the client id and secret in the file backend (${credentialsPath}).\n`,
    );
    assert.equal(status.code, 0);
    assert.equal(
      status.stdout,
      [
        "Backend: file",
        `Location: ${credentialsPath}`,
        `Config file: ${join(cwd, "config", "config.toml")}`,
        "Key: ENCRYPTION_KEY",
        "File mode: 0600",
        "Client id: ****1234",
        "Client secret: ****efgh",
        "Status: client stored, not signed in",
        "Next: No access token yet: sign in to Trakt to get one.",
        "",
      ].join("\n"),
    );
    assertNoSecret(set);
    assertNoSecret(status);
  });

  it("prints the status as JSON without any full secret", async () => {
    const cwd = await fileBackendFolder();
    const env = { ENCRYPTION_KEY: KEY };
    await run(["credentials", "set"], {
      cwd,
      env,
      stdin: `${CLIENT_ID}\n${CLIENT_SECRET}\n`,
    });

    const status = await run(["credentials", "status", "--json"], { cwd, env });
    const parsed = z
      .object({ masked: z.record(z.string(), z.string()) })
      .parse(JSON.parse(status.stdout));

    assert.equal(status.code, 0);
    assert.deepEqual(parsed.masked, {
      clientId: "****1234",
      clientSecret: "****efgh",
    });
    assertNoSecret(status);
  });

  it("refuses a secret passed as an argument", async () => {
    const cwd = await fileBackendFolder();

    const result = await run(
      ["credentials", "set", "--client-secret", CLIENT_SECRET],
      { cwd },
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      `Error: Unknown option '--client-secret'. Run "export-trakt credentials set --help" for the usage.\n`,
    );
  });

  it("reports a tampered credentials file by name, exits 1 and leaves it untouched", async () => {
    const cwd = await fileBackendFolder();
    const env = { ENCRYPTION_KEY: KEY };
    const path = join(cwd, "config", "credentials.enc");
    await run(["credentials", "set"], {
      cwd,
      env,
      stdin: `${CLIENT_ID}\n${CLIENT_SECRET}\n`,
    });
    const bytes = await readFile(path);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await writeFile(path, bytes);

    const status = await run(["credentials", "status"], { cwd, env });

    assert.equal(status.code, 1);
    assert.equal(
      status.stderr,
      `Error: Could not decrypt the credentials file "${path}": it is damaged, cut short or was altered (the integrity check failed). The file was left untouched. Restore it from a backup, or remove it with "export-trakt credentials delete" and store the credentials again with "export-trakt credentials set".\n`,
    );
    assert.deepEqual(await readFile(path), bytes);
  });

  it("refuses a 31-byte ENCRYPTION_KEY with the expected length", async () => {
    const cwd = await fileBackendFolder();
    const env = { ENCRYPTION_KEY: randomBytes(31).toString("base64") };

    const result = await run(["credentials", "set"], {
      cwd,
      env,
      stdin: `${CLIENT_ID}\n${CLIENT_SECRET}\n`,
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      'Error: ENCRYPTION_KEY decodes to 31 bytes, but it must be the base64 encoding of exactly 32 bytes; create one with "openssl rand -base64 32".\n',
    );
  });

  it("records storing and reading the credentials in the audit log, without secrets", async () => {
    const cwd = await fileBackendFolder();
    const env = { ENCRYPTION_KEY: KEY };
    const stdin = `${CLIENT_ID}\n${CLIENT_SECRET}\n`;
    await run(["credentials", "set"], { cwd, env, stdin });
    await run(["credentials", "status"], { cwd, env });

    const auditDir = join(cwd, "config", "logs", "audit");
    const [file] = await readdir(auditDir);
    const text = await readFile(join(auditDir, file ?? "missing"), "utf8");
    const types = text
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { event_type: string }).event_type);
    assert.ok(types.includes("credential_store"), types.join(","));
    assert.ok(types.includes("credential_access"), types.join(","));
    assert.ok(!text.includes(CLIENT_SECRET));
    assert.ok(!text.includes(KEY));
  });

  it("never reads the key file through a symbolic link", async () => {
    const cwd = await fileBackendFolder();
    const stdin = `${CLIENT_ID}\n${CLIENT_SECRET}\n`;
    await run(["credentials", "set"], { cwd, stdin });
    const keyFile = join(cwd, "config", "credentials.enc.key");
    const moved = join(cwd, "elsewhere.key");
    await writeFile(moved, await readFile(keyFile));
    await rm(keyFile);
    await symlink(moved, keyFile);

    const status = await run(["credentials", "status"], { cwd });

    assert.equal(status.code, 1);
    assert.ok(
      status.stderr.includes(
        `The key file "${keyFile}" is a symbolic link, and key files are never read through links. Replace it with the key file itself.`,
      ),
      status.stderr,
    );
    assertNoSecret(status);
  });

  it("refuses rotate-key for the env backend with a usage error", async () => {
    const cwd = join(root, `case-${++caseNumber}`);
    await mkdir(join(cwd, "config"), { recursive: true });
    await writeFile(
      join(cwd, "config", "config.toml"),
      '[security]\nkeyring_backend = "env"\n',
      { mode: 0o600 },
    );

    const result = await run(["credentials", "rotate-key"], { cwd });

    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^Error: rotate-key re-encrypts the credentials file, but keyring_backend is "env"\./,
    );
  });

  it("deletes the stored credentials", async () => {
    const cwd = await fileBackendFolder();
    const env = { ENCRYPTION_KEY: KEY };
    await run(["credentials", "set"], {
      cwd,
      env,
      stdin: `${CLIENT_ID}\n${CLIENT_SECRET}\n`,
    });

    const result = await run(["credentials", "delete"], { cwd, env });

    assert.equal(result.code, 0);
    assert.equal(
      result.stderr,
      `Deleted the credentials from ${join(cwd, "config", "credentials.enc")}.\n`,
    );
  });
});

describe("config init", () => {
  it("writes the template with mode 0600 and refuses to overwrite it", async () => {
    const cwd = join(root, `case-${++caseNumber}`);
    await mkdir(cwd);
    const path = join(cwd, "config.toml");

    const first = await run(["config", "init", "--path", "config.toml"], {
      cwd,
    });
    const second = await run(["config", "init", "--path", "config.toml"], {
      cwd,
    });

    assert.equal(first.code, 0);
    assert.equal(
      first.stderr,
      `Wrote the config file "${path}" (mode 0600).\n`,
    );
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.equal(second.code, 2);
    assert.equal(
      second.stderr,
      `Error: The config file "${path}" already exists. Pass --force to replace it, or --path to write somewhere else.\n`,
    );
  });
});

describe("decrypt", () => {
  async function encryptedCsv(cwd: string, key: string): Promise<string> {
    const path = join(cwd, "diary.csv.enc");
    const bytes = await encryptDataBytes(
      Buffer.from("Title,Year\nAlien,1979\n"),
      {
        keys: {
          env: { ENCRYPTION_KEY: key },
          keyFilePath: join(cwd, "unused.key"),
        },
      },
    );
    await writeFile(path, bytes);
    return path;
  }

  it("restores an exported file next to it", async () => {
    const cwd = await fileBackendFolder();
    const input = await encryptedCsv(cwd, KEY);

    const result = await run(["decrypt", "diary.csv.enc"], {
      cwd,
      env: { ENCRYPTION_KEY: KEY },
    });

    assert.equal(result.code, 0);
    assert.equal(
      result.stderr,
      `Decrypted "${input}" to "${join(cwd, "diary.csv")}" (22 bytes).\n`,
    );
    assert.equal(
      await readFile(join(cwd, "diary.csv"), "utf8"),
      "Title,Year\nAlien,1979\n",
    );
  });

  it("refuses to read or write through the path guard's forbidden places", async () => {
    const cwd = await fileBackendFolder();
    const standIn = join(cwd, "stand-in-for-a-system-folder");
    await mkdir(standIn);
    await writeFile(
      join(cwd, "config", "config.toml"),
      `[security]\nkeyring_backend = "file"\n[security.filesystem]\nrestricted_paths = ["${standIn}"]\n`,
      { mode: 0o600 },
    );
    await encryptedCsv(cwd, KEY);
    await symlink(join(cwd, "diary.csv.enc"), join(cwd, "link.enc"));
    const env = { ENCRYPTION_KEY: KEY };

    const intoRestricted = await run(
      ["decrypt", "diary.csv.enc", "--output", join(standIn, "x.csv")],
      { cwd, env },
    );
    const throughLink = await run(["decrypt", "link.enc", "--output", "-"], {
      cwd,
      env,
    });

    assert.equal(intoRestricted.code, 1);
    assert.match(intoRestricted.stderr, /inside the restricted folder/);
    assert.deepEqual(await readdir(standIn), []);
    assert.equal(throughLink.code, 1);
    assert.match(throughLink.stderr, /is a symbolic link/);
    assert.equal(throughLink.stdout, "");
  });

  it("writes to stdout with --output -", async () => {
    const cwd = await fileBackendFolder();
    await encryptedCsv(cwd, KEY);

    const result = await run(["decrypt", "diary.csv.enc", "--output", "-"], {
      cwd,
      env: { ENCRYPTION_KEY: KEY },
    });

    assert.equal(result.stdout, "Title,Year\nAlien,1979\n");
  });

  it("reports a wrong key by file name and writes nothing", async () => {
    const cwd = await fileBackendFolder();
    const input = await encryptedCsv(cwd, KEY);

    const result = await run(["decrypt", "diary.csv.enc"], {
      cwd,
      env: { ENCRYPTION_KEY: OTHER_KEY },
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Error: Could not decrypt "${input}": it was encrypted with a different key than ENCRYPTION_KEY. The file was left untouched.\n`,
    );
    await assert.rejects(stat(join(cwd, "diary.csv")), { code: "ENOENT" });
  });

  it("refuses to decrypt the credentials file as data", async () => {
    const cwd = await fileBackendFolder();
    const env = { ENCRYPTION_KEY: KEY };
    await run(["credentials", "set"], {
      cwd,
      env,
      stdin: `${CLIENT_ID}\n${CLIENT_SECRET}\n`,
    });

    const result = await run(
      ["decrypt", "config/credentials.enc", "--output", "-"],
      { cwd, env },
    );

    assert.equal(result.code, 1);
    assert.equal(result.stdout, "");
    assertNoSecret(result);
  });
});
