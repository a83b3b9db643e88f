import { strict as assert } from "node:assert";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { createLineHasher } from "./audit-format.js";
import { AuditLog } from "./audit-log.js";
import { verifyAuditLog } from "./audit-verify.js";
import { DEFAULT_AUDIT_SETTINGS } from "./settings.js";
import type { AuditSettings } from "./settings.js";
import { createTestGuard, withTempFolder } from "./test-support.js";

/** Writes three events on 1 March and two on 2 March; returns the folder. */
async function writeSampleLog(
  folder: string,
  settings: Partial<AuditSettings> = {},
  chainKey?: Uint8Array,
): Promise<string> {
  let now = new Date("2026-03-01T10:00:00.000Z");
  const log = await AuditLog.open({
    settings: { ...DEFAULT_AUDIT_SETTINGS, ...settings },
    baseDir: folder,
    pathGuard: createTestGuard(folder),
    now: () => now,
    onWriteFailure: (failure) => {
      throw new Error(failure.message);
    },
    ...(chainKey === undefined ? {} : { chainKey }),
  });
  const days = [
    "2026-03-01",
    "2026-03-01",
    "2026-03-01",
    "2026-03-02",
    "2026-03-02",
  ];
  for (const [index, day] of days.entries()) {
    now = new Date(`${day}T10:00:0${index}.000Z`);
    log.record({
      eventType: "credential_access",
      severity: "medium",
      source: "credential_store",
      action: "read",
      result: "success",
      message: `Read credentials (${index})`,
    });
  }
  return log.directory;
}

async function verify(
  folder: string,
  directory: string,
  chainKey?: Uint8Array,
) {
  return verifyAuditLog(directory, {
    pathGuard: createTestGuard(folder),
    hashLine: createLineHasher(chainKey),
  });
}

async function editLines(
  file: string,
  edit: (lines: string[]) => string[],
): Promise<void> {
  const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
  await writeFile(file, `${edit(lines).join("\n")}\n`);
}

describe("verifyAuditLog", () => {
  it("accepts an untouched log across days", async () => {
    await withTempFolder(async (folder) => {
      const directory = await writeSampleLog(folder);
      assert.deepEqual(await verify(folder, directory), {
        isIntact: true,
        files: 2,
        lines: 5,
      });
    });
  });

  it("names a line edited by hand", async () => {
    await withTempFolder(async (folder) => {
      const directory = await writeSampleLog(folder);
      const file = join(directory, "audit-2026-03-01.jsonl");
      await editLines(file, (lines) =>
        lines.map((line, index) =>
          index === 1 ? line.replace('"success"', '"failure"') : line,
        ),
      );

      assert.deepEqual(await verify(folder, directory), {
        isIntact: false,
        files: 2,
        lines: 2,
        file,
        line: 2,
        problem: "its content does not match its hash, so the line was edited",
      });
    });
  });

  it("detects a deleted line", async () => {
    await withTempFolder(async (folder) => {
      const directory = await writeSampleLog(folder);
      const file = join(directory, "audit-2026-03-01.jsonl");
      await editLines(file, (lines) => lines.filter((_, index) => index !== 1));

      const result = await verify(folder, directory);
      assert.deepEqual(!result.isIntact && [result.line, result.problem], [
        2,
        "1 line before it is missing (sequence 2, expected 1)",
      ]);
    });
  });

  it("detects a deleted last line of a day through the next day's file", async () => {
    await withTempFolder(async (folder) => {
      const directory = await writeSampleLog(folder);
      await editLines(join(directory, "audit-2026-03-01.jsonl"), (lines) =>
        lines.slice(0, -1),
      );

      const result = await verify(folder, directory);
      assert.equal(
        !result.isIntact && result.file,
        join(directory, "audit-2026-03-02.jsonl"),
      );
      assert.equal(!result.isIntact && result.line, 1);
    });
  });

  it("detects a copied line inserted elsewhere", async () => {
    await withTempFolder(async (folder) => {
      const directory = await writeSampleLog(folder);
      const file = join(directory, "audit-2026-03-01.jsonl");
      await editLines(file, (lines) => [
        lines[0]!,
        lines[1]!,
        lines[0]!,
        lines[2]!,
      ]);

      const result = await verify(folder, directory);
      assert.equal(!result.isIntact && result.line, 3);
      assert.equal(
        !result.isIntact && result.problem,
        "its sequence number 0 repeats or goes back (expected 2), so a line was inserted or moved",
      );
    });
  });

  it("detects a forged line with a recomputed hash", async () => {
    await withTempFolder(async (folder) => {
      const directory = await writeSampleLog(folder);
      const file = join(directory, "audit-2026-03-01.jsonl");
      const hashLine = createLineHasher();
      await editLines(file, (lines) => {
        const payload = JSON.stringify({
          timestamp: "2026-03-01T10:00:00.500Z",
          event_type: "auth_success",
          severity: "low",
          source: "oauth",
          action: "login",
          result: "success",
          message: "forged",
          details: {},
          seq: 1,
          prev_hash: "0".repeat(64),
        });
        const forged = `${payload.slice(0, -1)},"hash":"${hashLine(payload)}"}`;
        return [lines[0]!, forged, ...lines.slice(1)];
      });

      const result = await verify(folder, directory);
      assert.equal(!result.isIntact && result.line, 2);
      assert.equal(
        !result.isIntact && result.problem,
        "it does not follow the line before it, so a line was inserted or removed here",
      );
    });
  });

  it("detects a malformed line in the text format", async () => {
    await withTempFolder(async (folder) => {
      const directory = await writeSampleLog(folder, { outputFormat: "text" });
      const file = join(directory, "audit-2026-03-02.log");
      await editLines(file, (lines) => [lines[0]!, "injected text", lines[1]!]);

      const result = await verify(folder, directory);
      assert.deepEqual(
        !result.isIntact && [result.file, result.line, result.problem],
        [
          file,
          2,
          "it is not a well-formed audit line, so it was edited, inserted or damaged",
        ],
      );
    });
  });

  it("treats the oldest remaining file as the start after retention", async () => {
    await withTempFolder(async (folder) => {
      const directory = await writeSampleLog(folder);
      await rm(join(directory, "audit-2026-03-01.jsonl"));

      assert.equal((await verify(folder, directory)).isIntact, true);
    });
  });

  it("checks a keyed chain only with the right key", async () => {
    await withTempFolder(async (folder) => {
      const key = Buffer.alloc(32, 7);
      const directory = await writeSampleLog(folder, {}, key);

      assert.equal((await verify(folder, directory, key)).isIntact, true);
      assert.equal((await verify(folder, directory)).isIntact, false);
    });
  });
});
