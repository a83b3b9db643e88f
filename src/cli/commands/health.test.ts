import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { hostname } from "node:os";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { makeTempDir, writeTree } from "../../../test/support/temp.js";
import type { ScheduleStatus } from "../../schedule/index.js";

const NOW = new Date("2026-03-10T12:00:00Z");

function status(overrides: Partial<ScheduleStatus> = {}): ScheduleStatus {
  return {
    version: 1,
    pid: process.pid,
    hostname: hostname(),
    startedAt: "2026-03-01T08:00:00.000Z",
    updatedAt: "2026-03-10T01:30:05.000Z",
    expression: "30 2 * * *",
    timeZone: "Europe/Paris",
    state: "waiting",
    nextRunAt: "2026-03-11T01:30:00.000Z",
    lastRun: {
      number: 9,
      scheduledFor: "2026-03-10T01:30:00.000Z",
      finishedAt: "2026-03-10T01:30:04.000Z",
      result: "success",
      message: "Run 9 wrote 3 rows in 1 files",
    },
    consecutiveFailures: 0,
    counts: { started: 9, succeeded: 9, failed: 0, skipped: 0, stopped: 0 },
    ...overrides,
  };
}

async function runHealth(
  written: ScheduleStatus | string | undefined,
  argv: string[] = [],
  env: NodeJS.ProcessEnv = {},
) {
  const cwd = await makeTempDir();
  if (written !== undefined) {
    await writeTree(cwd, {
      "exports/.schedule-status.json":
        typeof written === "string" ? written : JSON.stringify(written),
    });
  }
  const result = await runCliForTest(["health", ...argv], {
    cwd,
    now: NOW,
    env: { HOME: cwd, ...env },
  });
  return { ...result, cwd };
}

/** The pid of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.on("exit", resolve));
  assert.ok(child.pid !== undefined);
  return child.pid;
}

describe("health: a scheduler that works", () => {
  it("exits 0 and says what runs, in the schedule's time zone", async () => {
    const result = await runHealth(status());

    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, "");
    assert.deepEqual(result.stdout.trimEnd().split("\n"), [
      `The scheduler is running: process ${process.pid} on ${hostname()}, started 2026-03-01 09:00 +01:00, schedule "30 2 * * *" (Europe/Paris).`,
      "Last run: number 9, succeeded, 2026-03-10 02:30 +01:00: Run 9 wrote 3 rows in 1 files",
      "Next run: 2026-03-11 02:30 +01:00.",
    ]);
  });

  it("accepts a run that is a few minutes late, or one going on", async () => {
    const late = await runHealth(
      status({ nextRunAt: "2026-03-10T11:55:00.000Z" }),
    );
    assert.equal(late.code, 0, late.stderr);
    const running = await runHealth(
      status({ state: "running", nextRunAt: "2026-03-09T01:30:00.000Z" }),
    );
    assert.equal(running.code, 0, running.stderr);
  });

  it("writes nothing to the audit log, however often it runs", async () => {
    const result = await runHealth(status());
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(await readdir(result.cwd), ["exports"]);
  });

  it("speaks French when LANG says so", async () => {
    const result = await runHealth(status(), [], { LANG: "fr_FR.UTF-8" });
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /^Le planificateur tourne : processus \d+ sur .*, démarré le 2026-03-01 09:00 \+01:00/,
    );
    assert.match(result.stdout, /Dernière exécution : n° 9, réussie/);
  });
});

describe("health: a scheduler in trouble", () => {
  it("fails when no scheduler ever wrote its status", async () => {
    const result = await runHealth(undefined);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: No scheduler has written its status ".*exports\/\.schedule-status\.json"\. Start one with "export-trakt schedule"/,
    );
  });

  it("fails when the scheduler stopped", async () => {
    const result = await runHealth(
      status({ state: "stopped", updatedAt: "2026-03-09T22:00:00.000Z" }),
    );
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: The scheduler stopped at 2026-03-09 23:00 \+01:00\./m,
    );
  });

  it("fails when the scheduler's process is gone", async () => {
    const pid = await deadPid();
    const result = await runHealth(status({ pid }));
    assert.equal(result.code, 1);
    assert.ok(
      result.stderr.startsWith(
        `Error: The scheduler (process ${pid}) ended without stopping cleanly.`,
      ),
      result.stderr,
    );
  });

  it("trusts a process on another host and judges it by its times", async () => {
    const pid = await deadPid();
    const elsewhere = await runHealth(status({ pid, hostname: "other-host" }));
    assert.equal(elsewhere.code, 0, elsewhere.stderr);
  });

  it("fails when a run is overdue by more than the grace time", async () => {
    const result = await runHealth(
      status({ nextRunAt: "2026-03-10T11:00:00.000Z" }),
    );
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: The run due at 2026-03-10 12:00 \+01:00 has not started/m,
    );
  });

  it("fails after three failed runs in a row, or the number given", async () => {
    const failing = status({
      consecutiveFailures: 3,
      lastRun: {
        number: 12,
        scheduledFor: "2026-03-10T01:30:00.000Z",
        finishedAt: "2026-03-10T01:30:09.000Z",
        result: "failure",
        message: "Run 12 failed: Trakt answered HTTP 503",
      },
    });
    const result = await runHealth(failing);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: Failed runs in a row: 3\. The latest: Run 12 failed: Trakt answered HTTP 503\./m,
    );
    assert.match(result.stdout, /Last run: number 12, failed,/);

    const tolerant = await runHealth(failing, ["--max-failures", "4"]);
    assert.equal(tolerant.code, 0, tolerant.stderr);

    const german = await runHealth(failing, [], { LANG: "de_DE.UTF-8" });
    assert.match(
      german.stderr,
      /Fehlgeschlagene Läufe in Folge: 3\. Der jüngste: Run 12 failed: Trakt answered HTTP 503\./,
    );
  });

  it("prints the verdict as JSON with --json, and only the exit code says more", async () => {
    const result = await runHealth(status({ state: "stopped" }), ["--json"]);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, "");
    const printed = JSON.parse(result.stdout) as {
      healthy: boolean;
      problem: { kind: string };
      status: { pid: number };
    };
    assert.equal(printed.healthy, false);
    assert.equal(printed.problem.kind, "stopped");
    assert.equal(printed.status.pid, process.pid);
  });

  it("reports a damaged status file by name", async () => {
    const result = await runHealth('{"version": 1, "pid": "1; rm -rf /"}');
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: The scheduler status ".*\.schedule-status\.json" is damaged\./,
    );
  });

  it("prints a hostile last-run message without control characters", async () => {
    const result = await runHealth(
      status({
        lastRun: {
          number: 1,
          scheduledFor: "2026-03-10T01:30:00.000Z",
          finishedAt: "2026-03-10T01:30:04.000Z",
          result: "failure",
          message: "Run 1 failed: \u001b[2J\u001b]0;owned\u0007",
        },
      }),
    );
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!result.stdout.includes("\u001b"), result.stdout);
    assert.ok(!result.stdout.includes("\u0007"), result.stdout);
  });

  it("rejects a --max-failures that is not a whole number", async () => {
    const result = await runHealth(status(), ["--max-failures", "0"]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--max-failures must be a whole number/);
  });
});
