import * as assert from "node:assert/strict";
import { chmod, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { makeTempDir } from "../../../test/support/temp.js";

const NOW = new Date("2026-01-02T03:04:05Z");

async function status(cwd: string, argv: string[] = []) {
  return runCliForTest(["security", "status", ...argv], {
    cwd,
    env: { HOME: cwd },
    now: NOW,
  });
}

describe("export-trakt security status", () => {
  it("prints the figures of the default set-up", async () => {
    const cwd = await makeTempDir();
    await status(cwd);
    const result = await status(cwd);

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      [
        "Config file: none (built-in defaults)",
        `Encryption: on, key from the key file "${cwd}/credentials.enc.key"`,
        "Credential backend: system",
        `Audit log: on, ${cwd}/logs/audit`,
        "Audit events since 2025-10-04T03:04:05.000Z: system_start 2, system_stop 1",
        "Audit events by severity: low 3",
        "Audit write failures (this run): 0",
        "Audit chain: intact (3 lines in 1 file)",
        "Rate limiting: on, 0 server limit hits in the audit window",
        "Rate-limit counters (this run): none",
        "Permission check at 2026-01-02T03:04:05.000Z: no problems",
        "",
      ].join("\n"),
    );
  });

  it("reports a broken audit chain and a readable config file", async () => {
    const cwd = await makeTempDir();
    const config = join(cwd, "config.toml");
    await writeFile(config, "[security]\n");
    await chmod(config, 0o644);
    await status(cwd, ["--config", config]);
    const folder = join(cwd, "logs", "audit");
    const [name] = await readdir(folder);
    const file = join(folder, name ?? "");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("started", "STARTED"));

    const result = await status(cwd, ["--config", config, "--json"]);

    assert.equal(result.code, 0, result.stderr);
    const parsed = JSON.parse(result.stdout) as {
      audit: { chain: { isIntact: boolean; line?: number } };
      permissions: { findings: { level: string; message: string }[] };
    };
    assert.equal(parsed.audit.chain.isIntact, false);
    assert.equal(parsed.audit.chain.line, 1);
    assert.deepEqual(
      parsed.permissions.findings.map((finding) => finding.level),
      ["error", "ok"],
    );
    assert.equal(
      parsed.permissions.findings[0]?.message,
      `The config file "${config}" has mode 0644, more open than 0600. Run "export-trakt validate --security --fix".`,
    );
  });

  it("keeps its JSON keys stable", async () => {
    const cwd = await makeTempDir();
    const result = await status(cwd, ["--json"]);
    const parsed = JSON.parse(result.stdout) as Record<string, unknown>;

    assert.deepEqual(Object.keys(parsed), [
      "schemaVersion",
      "configPath",
      "encryption",
      "backend",
      "audit",
      "rateLimit",
      "permissions",
    ]);
    assert.deepEqual(Object.keys(parsed.audit as object), [
      "enabled",
      "directory",
      "since",
      "eventsByType",
      "eventsBySeverity",
      "unreadableLines",
      "writeFailures",
      "chain",
    ]);
  });
});
