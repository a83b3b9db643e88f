import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdir, readdir } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
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
    runNumber: null,
    runStartedAt: null,
    consecutiveSkips: 0,
    lastRun: {
      number: 9,
      scheduledFor: "2026-03-10T01:30:00.000Z",
      finishedAt: "2026-03-10T01:30:04.000Z",
      result: "success",
      message: "Run 9 wrote 3 rows in 1 file",
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
      `The scheduler is waiting for its next run: process ${process.pid} on ${hostname()}, started 2026-03-01 09:00 +01:00, schedule "30 2 * * *" (Europe/Paris).`,
      "Last run: number 9, succeeded, 2026-03-10 02:30 +01:00: Run 9 wrote 3 rows in 1 file",
      "Next run: 2026-03-11 02:30 +01:00.",
    ]);
  });

  it("accepts a run that is a few minutes late, or one going on", async () => {
    const late = await runHealth(
      status({ nextRunAt: "2026-03-10T11:55:00.000Z" }),
    );
    assert.equal(late.code, 0, late.stderr);
    const running = await runHealth(
      status({
        state: "running",
        nextRunAt: "2026-03-09T01:30:00.000Z",
        runNumber: 10,
        runStartedAt: "2026-03-10T11:00:00.000Z",
      }),
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
      /^Le planificateur attend sa prochaine exécution : processus \d+ sur .*, démarré le 2026-03-01 09:00 \+01:00/,
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

  it("calls a status with dates no scheduler writes damaged", async () => {
    for (const overrides of [
      { nextRunAt: "9999-12-31T23:59:59.999Z" },
      { startedAt: "0000-01-01T00:00:00Z" },
    ]) {
      const result = await runHealth(status(overrides));
      assert.equal(result.code, 1);
      assert.match(result.stderr, /is damaged\./, JSON.stringify(overrides));
    }
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

describe("health: the first line says what the scheduler is doing", () => {
  it("names the run in progress and when it started", async () => {
    const result = await runHealth(
      status({
        state: "running",
        runNumber: 10,
        runStartedAt: "2026-03-10T11:30:00.000Z",
        lastRun: null,
      }),
    );

    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.trimEnd().split("\n"), [
      `The scheduler is exporting (run 10, since 2026-03-10 12:30 +01:00): process ${process.pid} on ${hostname()}, started 2026-03-01 09:00 +01:00, schedule "30 2 * * *" (Europe/Paris).`,
      "No run has finished yet.",
      "Next run: 2026-03-11 02:30 +01:00.",
    ]);
  });

  it("says when a stopped scheduler stopped, and names no next run", async () => {
    const result = await runHealth(
      status({
        state: "stopped",
        nextRunAt: null,
        updatedAt: "2026-03-09T22:00:00.000Z",
      }),
    );

    assert.equal(result.code, 1);
    assert.deepEqual(result.stdout.trimEnd().split("\n"), [
      `The scheduler stopped at 2026-03-09 23:00 +01:00: process ${process.pid} on ${hostname()}, started 2026-03-01 09:00 +01:00, schedule "30 2 * * *" (Europe/Paris).`,
      "Last run: number 9, succeeded, 2026-03-10 02:30 +01:00: Run 9 wrote 3 rows in 1 file",
    ]);
  });

  it("says that a scheduler whose process is gone is not running", async () => {
    const pid = await deadPid();
    const result = await runHealth(status({ pid }));

    assert.equal(result.code, 1);
    assert.equal(
      result.stdout.split("\n")[0],
      `The scheduler is not running: process ${pid} on ${hostname()} is gone, last heard from at 2026-03-10 02:30 +01:00; it started 2026-03-01 09:00 +01:00, schedule "30 2 * * *" (Europe/Paris).`,
    );
  });

  it("names the run in progress in Spanish", async () => {
    const result = await runHealth(
      status({
        state: "running",
        runNumber: 10,
        runStartedAt: "2026-03-10T11:30:00.000Z",
      }),
      [],
      { LANG: "es_ES.UTF-8" },
    );

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout.split("\n")[0],
      `El planificador está exportando (ejecución n.º 10, desde el 2026-03-10 12:30 +01:00): proceso ${process.pid} en ${hostname()}, iniciado el 2026-03-01 09:00 +01:00, programación «30 2 * * *» (Europe/Paris).`,
    );
  });
});

describe("health: a run that does not end", () => {
  function running(startedAt: string, skips = 0): ScheduleStatus {
    return status({
      state: "running",
      runNumber: 10,
      runStartedAt: startedAt,
      consecutiveSkips: skips,
    });
  }

  it("accepts a run going on for less than six hours", async () => {
    const result = await runHealth(running("2026-03-10T06:30:00.000Z"));
    assert.equal(result.code, 0, result.stderr);
  });

  it("fails when a run has gone on for more than six hours", async () => {
    const result = await runHealth(running("2026-03-10T05:59:00.000Z"));

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      "Error: Run 10 has been going since 2026-03-10 06:59 +01:00, for more than 6 hours: it is stuck. Stop the scheduler and start it again; its log shows the step the run reached.\n",
    );
  });

  it("fails when a run made the scheduler skip three due times in a row", async () => {
    const twoSkips = await runHealth(running("2026-03-10T11:00:00.000Z", 2));
    assert.equal(twoSkips.code, 0, twoSkips.stderr);

    const threeSkips = await runHealth(running("2026-03-10T11:00:00.000Z", 3));
    assert.equal(threeSkips.code, 1);
    assert.equal(
      threeSkips.stderr,
      "Error: Run 10, going since 2026-03-10 12:00 +01:00, made the scheduler skip 3 due runs in a row: it is stuck, or the schedule leaves it too little time. Its log shows the step the run reached; restart the scheduler, or space out the schedule.\n",
    );
  });

  it("says so in German, and in the JSON verdict", async () => {
    const german = await runHealth(running("2026-03-10T05:00:00.000Z"), [], {
      LANG: "de_DE.UTF-8",
    });
    assert.equal(german.code, 1);
    assert.equal(
      german.stderr,
      "Fehler: Lauf Nr. 10 läuft seit 2026-03-10 06:00 +01:00, also länger als 6 Stunden: Er hängt. Beenden Sie den Planer und starten Sie ihn neu; sein Log zeigt, welchen Schritt der Lauf erreicht hat.\n",
    );

    const json = await runHealth(running("2026-03-10T05:00:00.000Z"), [
      "--json",
    ]);
    assert.equal(json.code, 1);
    const printed = JSON.parse(json.stdout) as { problem: unknown };
    assert.deepEqual(printed.problem, {
      kind: "stuck",
      run: 10,
      since: "2026-03-10T05:00:00.000Z",
      cause: "duration",
      maxRunMs: 6 * 60 * 60 * 1000,
      skipped: 0,
    });
  });
});

describe("health: a status file that is not what the scheduler writes", () => {
  const broken: Record<string, Partial<ScheduleStatus>> = {
    "a next run that is not a date": { nextRunAt: "not a date" },
    "a start that is not a date": { startedAt: "garbage" },
    "a day that does not exist": { updatedAt: "2026-02-30T00:00:00.000Z" },
    "an unknown time zone": { timeZone: "Not/AZone" },
    "a run start that is not a date": {
      state: "running",
      runNumber: 1,
      runStartedAt: "soon",
    },
  };
  for (const [name, overrides] of Object.entries(broken)) {
    it(`calls a status with ${name} damaged, in text and JSON`, async () => {
      const text = await runHealth(status(overrides));
      assert.equal(text.code, 1);
      assert.equal(text.stdout, "");
      assert.match(
        text.stderr,
        /^Error: The scheduler status ".*\.schedule-status\.json" is damaged\. It is rewritten when the scheduler starts again\.\n$/,
      );

      const json = await runHealth(status(overrides), ["--json"]);
      assert.equal(json.code, 1);
      assert.equal(json.stderr, "");
      const printed = JSON.parse(json.stdout) as {
        healthy: boolean;
        problem: { kind: string; reason: string };
        status: unknown;
      };
      assert.equal(printed.healthy, false);
      assert.equal(printed.problem.kind, "unreadable");
      assert.match(
        printed.problem.reason,
        /\.schedule-status\.json" is damaged/,
      );
      assert.equal(printed.status, null);
    });
  }

  it("prints the JSON verdict for a status that is not a file", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "exports", ".schedule-status.json"), {
      recursive: true,
    });
    const result = await runCliForTest(["health", "--json"], {
      cwd,
      now: NOW,
      env: { HOME: cwd },
    });

    assert.equal(result.code, 1);
    assert.equal(result.stderr, "");
    assert.deepEqual(JSON.parse(result.stdout), {
      healthy: false,
      problem: {
        kind: "unreadable",
        reason: `Cannot read the scheduler status "${join(cwd, "exports", ".schedule-status.json")}": it is not a regular file.`,
      },
      status: null,
    });
  });

  it("reads a long cron expression and a long run message", async () => {
    const minutes = Array.from({ length: 60 }, (_, index) => index).join(",");
    const hours = Array.from({ length: 24 }, (_, index) => index).join(",");
    const expression = `${minutes} ${hours} * * *`;
    assert.equal(expression.length, 237);
    const message = `Run 9 failed: ${"x".repeat(3000)}`;

    const result = await runHealth(
      status({
        expression,
        lastRun: {
          number: 9,
          scheduledFor: "2026-03-10T01:30:00.000Z",
          finishedAt: "2026-03-10T01:30:04.000Z",
          result: "failure",
          message,
        },
      }),
    );

    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.includes(`schedule "${expression}"`));
    assert.ok(result.stdout.includes(message));
  });
});

describe("health: a status from an earlier version", () => {
  it("reads a file without the run in progress and judges it", async () => {
    const { runNumber, runStartedAt, consecutiveSkips, ...earlier } = status({
      state: "running",
    });
    assert.deepEqual(
      [runNumber, runStartedAt, consecutiveSkips],
      [null, null, 0],
    );

    const result = await runHealth(JSON.stringify(earlier));

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout.split("\n")[0],
      `The scheduler is exporting (run 9, since 2026-03-10 02:30 +01:00): process ${process.pid} on ${hostname()}, started 2026-03-01 09:00 +01:00, schedule "30 2 * * *" (Europe/Paris).`,
    );
  });
});
