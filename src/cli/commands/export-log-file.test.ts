import assert from "node:assert/strict";
import { chmod, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir, writeTree } from "../../../test/support/temp.js";

/** A folder with `config/config.toml` holding `config`, plus `files`. */
async function folderWith(
  config: string,
  files: Record<string, string> = {},
): Promise<string> {
  const cwd = await makeTempDir();
  await writeTree(cwd, { "config/config.toml": config, ...files });
  await chmod(join(cwd, "config/config.toml"), 0o600);
  return cwd;
}

function exportSample(cwd: string, env: NodeJS.ProcessEnv = {}) {
  return runCliForTest(["export", "--from", SAMPLE_ZIP, "--output", "out"], {
    cwd,
    env: { HOME: cwd, ...env },
  });
}

describe("export: a log file that cannot be opened", () => {
  it("warns once and exports when a file stands where the log folder goes", async () => {
    const cwd = await folderWith('[logging]\nfile = "logs/input.zip/x.log"\n', {
      "logs/input.zip": "not a folder",
    });

    const result = await exportSample(cwd);

    assert.equal(result.code, 0, result.stderr);
    const folder = join(cwd, "logs/input.zip");
    assert.equal(
      result.stderr.split("\n")[0],
      `Warning: the log file "${join(folder, "x.log")}" could not be written (EEXIST: file already exists, mkdir '${folder}'); the command goes on without it.`,
    );
    assert.doesNotMatch(result.stderr, /internal error|\n\s+at /);
    assert.match(result.stderr, /^Wrote 49 rows in 3 files to /m);
  });

  it("writes that warning as a JSON line with format = json", async () => {
    const cwd = await folderWith(
      '[logging]\nformat = "json"\nfile = "logs/input.zip/x.log"\n',
      { "logs/input.zip": "not a folder" },
    );

    const result = await exportSample(cwd);

    assert.equal(result.code, 0, result.stderr);
    const lines = result.stderr
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      lines.map((line) => line.msg),
      [
        "The log file could not be written; the command goes on without it.",
        "Export started",
        "1 history entry appeared twice (same Trakt history id) and was counted once.",
        "Export finished",
      ],
    );
    const warning = lines[0];
    assert.ok(warning !== undefined);
    assert.equal(warning.level, "warn");
    assert.match(String(warning.path), /\.zip\/x\.log$/);
    assert.match(String(warning.reason), /^EEXIST: file already exists/);
  });

  it("warns in the user's language", async () => {
    const cwd = await folderWith('[logging]\nfile = "logs/input.zip/x.log"\n', {
      "logs/input.zip": "not a folder",
    });

    const result = await exportSample(cwd, { LANG: "de_DE.UTF-8" });

    assert.equal(result.code, 0, result.stderr);
    const folder = join(cwd, "logs/input.zip");
    assert.equal(
      result.stderr.split("\n")[0],
      `Warnung: Die Logdatei „${join(folder, "x.log")}“ konnte nicht geschrieben werden (EEXIST: file already exists, mkdir '${folder}'); der Befehl läuft ohne sie weiter.`,
    );
  });
});

describe("export: a log file inside the folder the export writes", () => {
  it("is refused before anything is written", async () => {
    const cwd = await folderWith(
      '[logging]\nfile = "exports/mine/export.log"\n',
    );

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "exports/mine"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      `Error: Refusing to write the log to "${join(cwd, "exports/mine/export.log")}": it is inside the folder this export writes, "${join(cwd, "exports/mine")}", which must hold only the export. Choose another --output, or set file in the [logging] section to a path outside it.\n`,
    );
    await assert.rejects(stat(join(cwd, "exports/mine")), { code: "ENOENT" });
  });
});

describe("export: a log file that would damage the tool's files", () => {
  const CREDENTIALS = "encrypted credentials, not to be touched";

  it("refuses the credentials file before exporting and leaves it as it was", async () => {
    const cwd = await folderWith(
      '[logging]\nfile = "config/credentials.enc"\n',
      { "config/credentials.enc": CREDENTIALS },
    );
    await chmod(join(cwd, "config/credentials.enc"), 0o600);

    const result = await exportSample(cwd);

    assert.equal(result.code, 2);
    const path = join(cwd, "config/credentials.enc");
    assert.equal(
      result.stderr,
      `Error: Refusing to write the log to "${path}": it is the credentials file "${path}", and log lines would damage that file. Set file in the [logging] section of the config file to a file of its own, such as "logs/export-trakt.log".\n`,
    );
    assert.equal(await readFile(path, "utf8"), CREDENTIALS);
    await assert.rejects(stat(join(cwd, "out")), { code: "ENOENT" });
  });

  it("names both paths in French", async () => {
    const cwd = await folderWith(
      '[logging]\nfile = "config/logs/audit/export.log"\n',
    );

    const result = await exportSample(cwd, { LANG: "fr_FR.UTF-8" });

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      `Erreur : Refus d'écrire le journal dans « ${join(cwd, "config/logs/audit/export.log")} » : ce chemin est dans le dossier du journal d'audit « ${join(cwd, "config/logs/audit")} », dont seul le journal d'audit peut écrire les fichiers. Indiquez pour file, dans la section [logging] du fichier de configuration, un chemin hors de ce dossier, comme « logs/export-trakt.log ».\n`,
    );
  });

  it("refuses an existing file that is not a log", async () => {
    const cwd = await folderWith('[logging]\nfile = "exports/notes.txt"\n', {
      "exports/notes.txt": "my notes\n",
    });

    const result = await exportSample(cwd);

    assert.equal(result.code, 2);
    assert.match(result.stderr, /a file is already there and it is not a log/);
    assert.equal(
      await readFile(join(cwd, "exports/notes.txt"), "utf8"),
      "my notes\n",
    );
  });
});

describe("export: secrets in the log file", () => {
  const SECRET = "my-app-secret-42";

  async function logAfterFailedExport(config: string, env = {}) {
    const cwd = await folderWith(`[logging]\nfile = "logs/app.log"\n${config}`);
    const result = await runCliForTest(
      ["export", "--from", `${SECRET}.zip`, "--output", "out"],
      { cwd, env: { HOME: cwd, ...env } },
    );
    assert.equal(result.code, 1, result.stderr);
    return readFile(join(cwd, "logs/app.log"), "utf8");
  }

  it("masks the client secret of the config file", async () => {
    const log = await logAfterFailedExport(
      `[trakt]\nclient_id = "app"\nclient_secret = "${SECRET}"\n`,
    );
    assert.ok(!log.includes(SECRET), log);
    assert.match(log, /"from":"\[secret\]\.zip"/);
  });

  it("masks TRAKT_CLIENT_SECRET from the environment", async () => {
    const log = await logAfterFailedExport("", {
      TRAKT_CLIENT_SECRET: SECRET,
    });
    assert.ok(!log.includes(SECRET), log);
    assert.match(log, /"from":"\[secret\]\.zip"/);
  });

  it("masks the password of a base URL on stderr and in the log", async () => {
    const cwd = await folderWith('[logging]\nfile = "logs/app.log"\n');

    const result = await runCliForTest(
      [
        "export",
        "--api-base-url",
        "http://alice:hunter2secretpw@127.0.0.1:1/?token=abc",
      ],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      'Error: --api-base-url "http://[secret]@127.0.0.1:1/?token=abc" must be a bare address such as https://api.trakt.tv: no user, path, query or fragment.\n',
    );
    const log = await readFile(join(cwd, "logs/app.log"), "utf8");
    assert.ok(!log.includes("hunter2secretpw"), log);
    assert.ok(!log.includes("alice"), log);
    assert.match(log, /http:\/\/\[secret\]@127\.0\.0\.1/);
  });
});
