import { strict as assert } from "node:assert";
import {
  mkdir,
  mkdtemp,
  readFile,
  realpath,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";

import {
  AuditLog,
  DEFAULT_AUDIT_SETTINGS,
  DEFAULT_FILESYSTEM_SETTINGS,
  PathGuard,
} from "../../security/index.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";
import { createTranslator } from "../../i18n/index.js";
import type { CliContext } from "../context.js";
import { runCli } from "../run.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  argv: string[],
  cwd: string,
  language: "en" | "fr" | "de" | "es" = "en",
): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const context: CliContext = {
    stdout,
    stderr,
    isStderrTty: false,
    translator: createTranslator(language),
    env: {},
    cwd,
    now: () => new Date("2026-03-02T12:00:00.000Z"),
  };
  const code = await runCli(argv, context);
  return { code, stdout: out, stderr: err };
}

async function withAuditFolder(
  body: (folder: string, file: string) => Promise<void>,
): Promise<void> {
  const folder = await realpath(
    await mkdtemp(join(tmpdir(), "export-trakt-audit-cli-")),
  );
  try {
    let now = new Date("2026-03-01T09:00:00.000Z");
    const log = await AuditLog.open({
      settings: DEFAULT_AUDIT_SETTINGS,
      baseDir: folder,
      pathGuard: new PathGuard(DEFAULT_FILESYSTEM_SETTINGS, {
        baseDir: folder,
      }),
      now: () => now,
      onWriteFailure: (failure) => {
        throw new Error(failure.message);
      },
    });
    log.record({
      eventType: "system_start",
      severity: "low",
      source: "cli",
      action: "start",
      result: "success",
      message: "Started",
    });
    now = new Date("2026-03-01T09:05:00.000Z");
    log.record({
      eventType: "data_export",
      severity: "medium",
      source: "export",
      action: "write_csv",
      result: "success",
      message: "Wrote 412 rows",
    });
    await body(folder, join(log.directory, "audit-2026-03-01.jsonl"));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe("export-trakt audit", () => {
  it("lists events filtered by type and severity", async () => {
    await withAuditFolder(async (folder) => {
      const result = await run(["audit", "--severity", "medium"], folder);

      assert.deepEqual(result, {
        code: 0,
        stdout: [
          "Time                      Severity  Type         Source/action     Result   Message",
          "2026-03-01T09:05:00.000Z  medium    data_export  export/write_csv  success  Wrote 412 rows",
          "",
        ].join("\n"),
        stderr: "",
      });
    });
  });

  it("prints JSON with --json", async () => {
    await withAuditFolder(async (folder) => {
      const result = await run(
        ["audit", "--json", "--type", "system_start", "--since", "2026-03-01"],
        folder,
      );

      const records: unknown = JSON.parse(result.stdout);
      assert.ok(Array.isArray(records));
      assert.equal(records.length, 1);
    });
  });

  it("rejects an unknown severity as a usage error", async () => {
    await withAuditFolder(async (folder) => {
      const result = await run(["audit", "--severity", "urgent"], folder);

      assert.equal(result.code, 2);
      assert.equal(
        result.stderr,
        'Error: --severity must be one of low, medium, high, critical, not "urgent".\n',
      );
    });
  });

  it("verifies an intact log", async () => {
    await withAuditFolder(async (folder) => {
      const result = await run(["audit", "verify"], folder);

      assert.deepEqual(result, {
        code: 0,
        stdout: `Audit log intact: 2 lines in 1 file in "${folder}/logs/audit".\n`,
        stderr: "",
      });
    });
  });

  it("counts lines and files with real plurals in French and German", async () => {
    await withAuditFolder(async (folder) => {
      const french = await run(["audit", "verify"], folder, "fr");
      const german = await run(["audit", "verify"], folder, "de");

      assert.equal(
        french.stdout,
        `Journal d'audit intact : 2 lignes dans 1 fichier dans « ${folder}/logs/audit ».\n`,
      );
      assert.equal(
        german.stdout,
        `Auditprotokoll unversehrt: 2 Zeilen in 1 Datei in „${folder}/logs/audit“.\n`,
      );
    });
  });

  it("counts one unreadable line in the singular, in Spanish", async () => {
    await withAuditFolder(async (folder, file) => {
      await writeFile(file, `${await readFile(file, "utf8")}not json\n`);

      const result = await run(["audit"], folder, "es");

      assert.ok(
        result.stderr.includes(
          "No se pudo leer 1 línea de auditoría. Ejecute «export-trakt audit verify» para encontrarla.",
        ),
        result.stderr,
      );
    });
  });

  it("names a hand-edited line and exits 1", async () => {
    await withAuditFolder(async (folder, file) => {
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace("Wrote 412 rows", "Wrote 0 rows"));

      const result = await run(["audit", "verify"], folder);
      assert.deepEqual(result, {
        code: 1,
        stdout: "",
        stderr: `Error: The audit log is broken at "${file}" line 2: its content does not match its hash, so the line was edited. Entries from this line on cannot be trusted; keep a copy of the folder for investigation.\n`,
      });
    });
  });
});

describe("export-trakt audit verify --config", () => {
  it("checks the audit folder of the config it is given", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "elsewhere"));
    await writeFile(join(cwd, "elsewhere", "c.toml"), "[export]\n", {
      mode: 0o600,
    });
    const config = join("elsewhere", "c.toml");
    await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--dry-run", "--config", config],
      { cwd },
    );

    const result = await runCliForTest(
      ["audit", "verify", "--config", config],
      {
        cwd,
      },
    );
    assert.equal(result.code, 0, result.stderr);
    const folder = join(cwd, "elsewhere", "logs", "audit");
    assert.ok(result.stdout.includes(folder), result.stdout);
  });
});
