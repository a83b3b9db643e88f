import { strict as assert } from "node:assert";
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import type { AuditEvent } from "./audit-event.js";
import { createLineHasher } from "./audit-format.js";
import { AuditLog } from "./audit-log.js";
import { verifyAuditLog } from "./audit-verify.js";
import type { AuditLogOptions, AuditWriteFailure } from "./audit-log.js";
import { DEFAULT_AUDIT_SETTINGS } from "./settings.js";
import type { AuditSettings } from "./settings.js";
import { createTestGuard, withTempFolder } from "./test-support.js";

const ACCESS_TOKEN =
  "9b1e0c2d3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c";
const CLIENT_SECRET =
  "c0ffee00d15ea5e5c0ffee00d15ea5e5c0ffee00d15ea5e5c0ffee00d15ea5e5";

const EXPORT_EVENT: AuditEvent = {
  eventType: "data_export",
  severity: "medium",
  source: "export",
  action: "write_csv",
  result: "success",
  message: "Wrote 412 rows",
  details: { rows: 412 },
};

interface TestLog {
  log: AuditLog;
  failures: AuditWriteFailure[];
  setNow: (iso: string) => void;
}

async function openTestLog(
  folder: string,
  settings: Partial<AuditSettings> = {},
  extra: Partial<AuditLogOptions> = {},
): Promise<TestLog> {
  let now = new Date("2026-03-01T10:00:00.000Z");
  const failures: AuditWriteFailure[] = [];
  const log = await AuditLog.open({
    settings: { ...DEFAULT_AUDIT_SETTINGS, ...settings },
    baseDir: folder,
    pathGuard: createTestGuard(folder),
    now: () => now,
    onWriteFailure: (failure) => failures.push(failure),
    ...extra,
  });
  return {
    log,
    failures,
    setNow: (iso) => {
      now = new Date(iso);
    },
  };
}

describe("AuditLog", () => {
  it("keeps one unbroken chain when two logs write to the same folder in turn", async () => {
    await withTempFolder(async (folder) => {
      const scheduler = await openTestLog(folder);
      const exportRun = await openTestLog(folder);
      for (let round = 0; round < 3; round += 1) {
        assert.ok(scheduler.log.record(EXPORT_EVENT));
        assert.ok(exportRun.log.record(EXPORT_EVENT));
        assert.ok(exportRun.log.record(EXPORT_EVENT));
      }

      const verification = await verifyAuditLog(scheduler.log.directory, {
        pathGuard: createTestGuard(folder),
        hashLine: createLineHasher(),
      });
      assert.equal(verification.isIntact, true, JSON.stringify(verification));
      assert.equal(verification.lines, 9);
      const names = await readdir(scheduler.log.directory);
      assert.deepEqual(names, ["audit-2026-03-01.jsonl"]);
    });
  });

  it("writes one JSON line with the documented fields, mode 0600 in a 0750 folder", async () => {
    await withTempFolder(async (folder) => {
      const { log } = await openTestLog(folder);
      assert.equal(log.record(EXPORT_EVENT), true);

      const file = join(folder, "logs", "audit", "audit-2026-03-01.jsonl");
      const line: unknown = JSON.parse(await readFile(file, "utf8"));
      assert.deepEqual(line, {
        timestamp: "2026-03-01T10:00:00.000Z",
        event_type: "data_export",
        severity: "medium",
        source: "export",
        action: "write_csv",
        result: "success",
        message: "Wrote 412 rows",
        details: { rows: 412 },
        seq: 0,
        prev_hash: "0".repeat(64),
        hash: (line as { hash: string }).hash,
      });
      assert.equal((await stat(file)).mode & 0o777, 0o600);
      assert.equal(
        (await stat(join(folder, "logs", "audit"))).mode & 0o777,
        0o750,
      );
    });
  });

  it("never stores an access token or client secret, whatever include_sensitive says", async () => {
    for (const includeSensitive of [false, true]) {
      await withTempFolder(async (folder) => {
        const { log } = await openTestLog(folder, { includeSensitive });
        log.record({
          eventType: "auth_success",
          severity: "medium",
          source: "oauth",
          action: "exchange_code",
          result: "success",
          message: `Got token ${ACCESS_TOKEN} for client secret ${CLIENT_SECRET}`,
          details: {
            access_token: ACCESS_TOKEN,
            headers: { Authorization: `Bearer ${ACCESS_TOKEN}` },
            body: `client_secret=${CLIENT_SECRET}&grant_type=authorization_code`,
            note: [ACCESS_TOKEN.toUpperCase()],
            username: "alice",
          },
        });

        const text = await readFile(
          join(folder, "logs", "audit", "audit-2026-03-01.jsonl"),
          "utf8",
        );
        assert.equal(text.toLowerCase().includes(ACCESS_TOKEN), false);
        assert.equal(text.includes(CLIENT_SECRET), false);
        assert.equal(text.includes("alice"), includeSensitive);
      });
    }
  });

  it("masks personal data unless include_sensitive is true", async () => {
    await withTempFolder(async (folder) => {
      const { log } = await openTestLog(folder);
      log.record({
        ...EXPORT_EVENT,
        message: "Client 10.0.0.7 exported /home/alice/diary.csv",
        details: { output_path: "/home/alice/diary.csv", user: "alice" },
      });

      const line: unknown = JSON.parse(
        await readFile(
          join(folder, "logs", "audit", "audit-2026-03-01.jsonl"),
          "utf8",
        ),
      );
      assert.deepEqual(
        [
          (line as { message: string }).message,
          (line as { details: unknown }).details,
        ],
        [
          "Client [personal] exported [personal]",
          { output_path: "[personal]", user: "[personal]" },
        ],
      );
    });
  });

  it("drops events below the log level and counts them", async () => {
    await withTempFolder(async (folder) => {
      const { log } = await openTestLog(folder, { logLevel: "warn" });

      assert.equal(log.record({ ...EXPORT_EVENT, severity: "low" }), false);
      assert.equal(log.record({ ...EXPORT_EVENT, severity: "high" }), true);
      assert.deepEqual(log.stats, {
        written: 1,
        filtered: 1,
        writeFailures: 0,
        byType: { data_export: 1 },
        bySeverity: { high: 1 },
      });
    });
  });

  it("reports and counts a failed write instead of dropping it", async () => {
    await withTempFolder(async (folder) => {
      const { log, failures } = await openTestLog(folder);
      // A folder where the day's file should be makes the append fail.
      await mkdir(join(log.directory, "audit-2026-03-01.jsonl"));

      assert.equal(log.record(EXPORT_EVENT), false);
      assert.equal(log.stats.writeFailures, 1);
      assert.equal(failures.length, 1);
      assert.match(
        failures[0]?.message ?? "",
        /^Could not write the audit event "data_export" to ".*audit-2026-03-01\.jsonl": .*\. Check that the folder exists and is writable\.$/,
      );
    });
  });

  it("starts a new file each day and continues the chain", async () => {
    await withTempFolder(async (folder) => {
      const { log, setNow } = await openTestLog(folder);
      log.record(EXPORT_EVENT);
      setNow("2026-03-02T00:00:01.000Z");
      log.record(EXPORT_EVENT);

      const dir = join(folder, "logs", "audit");
      assert.deepEqual((await readdir(dir)).sort(), [
        "audit-2026-03-01.jsonl",
        "audit-2026-03-02.jsonl",
      ]);
      const first = await readFile(join(dir, "audit-2026-03-01.jsonl"), "utf8");
      const second = await readFile(
        join(dir, "audit-2026-03-02.jsonl"),
        "utf8",
      );
      const { hash } = JSON.parse(first) as { hash: string };
      assert.equal(
        (JSON.parse(second) as { prev_hash: string }).prev_hash,
        hash,
      );
    });
  });

  it("continues the chain of an earlier run", async () => {
    await withTempFolder(async (folder) => {
      const first = await openTestLog(folder);
      first.log.record(EXPORT_EVENT);
      const second = await openTestLog(folder);
      second.log.record(EXPORT_EVENT);

      const text = await readFile(
        join(folder, "logs", "audit", "audit-2026-03-01.jsonl"),
        "utf8",
      );
      const [a, b] = text
        .trim()
        .split("\n")
        .map(
          (line) =>
            JSON.parse(line) as {
              hash: string;
              prev_hash: string;
              seq: number;
            },
        );
      assert.equal(b?.prev_hash, a?.hash);
      assert.equal(b?.seq, 1);
    });
  });

  it("removes only audit files past the retention window", async () => {
    await withTempFolder(async (folder) => {
      const dir = join(folder, "logs", "audit");
      await mkdir(dir, { recursive: true });
      const keep = [
        "audit-2026-02-28.jsonl",
        "audit-old.jsonl",
        "notes.txt",
        "audit-2026-01-01.jsonl.bak",
      ];
      for (const name of [
        ...keep,
        "audit-2026-02-20.jsonl",
        "audit-2026-01-01.log",
      ]) {
        await writeFile(join(dir, name), "");
      }
      const { log } = await openTestLog(folder, { retentionDays: 7 });
      log.record(EXPORT_EVENT);

      assert.deepEqual(
        (await readdir(dir)).sort(),
        [...keep, "audit-2026-03-01.jsonl"].sort(),
      );
      assert.equal(log.stats.byType.audit_retention, 1);
    });
  });

  it("writes the text format when asked", async () => {
    await withTempFolder(async (folder) => {
      const { log } = await openTestLog(folder, { outputFormat: "text" });
      log.record(EXPORT_EVENT);

      const text = await readFile(
        join(folder, "logs", "audit", "audit-2026-03-01.log"),
        "utf8",
      );
      assert.match(
        text,
        /^2026-03-01T10:00:00\.000Z medium data_export source=export action=write_csv result=success seq=0 prev=0{64} message="Wrote 412 rows" details=\{"rows":412\} hash=[0-9a-f]{64}\n$/,
      );
    });
  });
});
