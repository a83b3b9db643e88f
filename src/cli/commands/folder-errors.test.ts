import assert from "node:assert/strict";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir, writeTree } from "../../../test/support/temp.js";
import {
  handOverForBuiltCli,
  runBuiltCli,
} from "../../../test/support/unprivileged.js";

/**
 * Runs `test` in a working folder with `config/config.toml` and a read-only
 * folder `readOnly` (one the path rules allow), in which the config asks
 * for a folder the tool must create.
 */
async function withReadOnlyLayout(
  readOnly: string,
  config: string,
  test: (cwd: string) => Promise<void>,
): Promise<void> {
  const cwd = await makeTempDir();
  await mkdir(join(cwd, "config"));
  await mkdir(join(cwd, readOnly));
  await writeFile(join(cwd, "config", "config.toml"), config, { mode: 0o600 });
  await handOverForBuiltCli(cwd);
  await chmod(join(cwd, readOnly), 0o555);
  try {
    await test(cwd);
  } finally {
    await chmod(join(cwd, readOnly), 0o755);
  }
}

describe("a folder the tool cannot create", () => {
  it("goes on without a log folder it cannot create, and says so once", async () => {
    await withReadOnlyLayout(
      "logs",
      '[logging]\nfile = "logs/run/export.log"\n',
      async (cwd) => {
        const result = await runBuiltCli(
          ["export", "--from", SAMPLE_ZIP, "--dry-run"],
          { cwd },
        );

        const folder = join(cwd, "logs", "run");
        assert.equal(result.code, 0, result.stderr);
        const warnings = result.stderr
          .split("\n")
          .filter((line) => line.startsWith("Warning: the log file"));
        assert.deepEqual(warnings, [
          `Warning: the log file "${join(folder, "export.log")}" could not be written (EACCES: permission denied, mkdir '${folder}'); the command goes on without it.`,
        ]);
      },
    );
  });

  it("goes on without a log file it cannot read", async () => {
    const cwd = await makeTempDir();
    await writeTree(cwd, {
      "config/config.toml": '[logging]\nfile = "logs/app.log"\n',
      "logs/app.log":
        '{"level":"info","time":"2026-01-01T00:00:00.000Z","msg":"x"}\n',
    });
    await chmod(join(cwd, "config/config.toml"), 0o600);
    await handOverForBuiltCli(cwd);
    await chmod(join(cwd, "logs/app.log"), 0o200);

    const result = await runBuiltCli(
      ["export", "--from", SAMPLE_ZIP, "--dry-run"],
      { cwd },
    );

    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stderr,
      /^Warning: the log file ".*app\.log" could not be written \(EACCES: permission denied, open .*\); the command goes on without it\.$/m,
    );
  });

  it("names the exports folder and [export] output_dir", async () => {
    await withReadOnlyLayout(
      "ro",
      '[export]\noutput_dir = "ro/exports"\n',
      async (cwd) => {
        const result = await runBuiltCli(["export", "--from", SAMPLE_ZIP], {
          cwd,
        });

        const folder = join(cwd, "ro", "exports");
        assert.equal(result.code, 1);
        assert.equal(
          result.stderr,
          `Error: Could not create the folder "${folder}" ([export] output_dir): EACCES: permission denied, mkdir '${folder}'. Make its parent folder writable, or set [export] output_dir to a folder that is.\n`,
        );
      },
    );
  });

  it("names the dashboard's exports folder and --exports", async () => {
    await withReadOnlyLayout(
      "ro",
      '[security]\nkeyring_backend = "env"\n',
      async (cwd) => {
        const result = await runBuiltCli(
          ["serve", "--port", "0", "--exports", "ro/exports"],
          { cwd },
        );

        const folder = join(cwd, "ro", "exports");
        assert.equal(result.code, 1);
        assert.equal(
          result.stderr,
          `Error: Could not create the folder "${folder}" (--exports): EACCES: permission denied, mkdir '${folder}'. Make its parent folder writable, or set --exports to a folder that is.\n`,
        );
      },
    );
  });

  it("says so in German, with the folder, the reason and the key", async () => {
    await withReadOnlyLayout(
      "ro",
      '[export]\noutput_dir = "ro/exports"\n',
      async (cwd) => {
        const result = await runBuiltCli(["export", "--from", SAMPLE_ZIP], {
          cwd,
          env: { LANG: "de_DE.UTF-8" },
        });

        const folder = join(cwd, "ro", "exports");
        assert.equal(result.code, 1);
        assert.equal(
          result.stderr,
          `Fehler: Der Ordner „${folder}“ ([export] output_dir) konnte nicht angelegt werden: EACCES: permission denied, mkdir '${folder}'. Machen Sie den übergeordneten Ordner beschreibbar oder setzen Sie [export] output_dir auf einen beschreibbaren Ordner.\n`,
        );
      },
    );
  });
});
