import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { startSchedule, waitFor } from "../../../test/support/schedule.js";
import { makeTempDir } from "../../../test/support/temp.js";
import { createTranslator } from "../../i18n/index.js";
import {
  checkSchedulerHealth,
  type ScheduleStatus,
} from "../../schedule/index.js";

import { describeSummary } from "./schedule.js";

const STATUS = join("exports", ".schedule-status.json");

async function readStatus(cwd: string): Promise<ScheduleStatus | undefined> {
  try {
    const text = await readFile(join(cwd, STATUS), "utf8");
    return JSON.parse(text) as ScheduleStatus;
  } catch {
    // Not written yet, or caught between two writes: asked again.
    return undefined;
  }
}

async function waitForStatus(
  cwd: string,
  condition: (status: ScheduleStatus) => boolean,
): Promise<ScheduleStatus> {
  let found: ScheduleStatus | undefined;
  for (let attempt = 0; attempt < 500; attempt += 1) {
    found = await readStatus(cwd);
    if (found !== undefined && condition(found)) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(
    `The status did not change as expected: ${JSON.stringify(found)}`,
  );
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((yes) => {
    resolve = yes;
  });
  return { promise, resolve };
}

/** A status another scheduler would have written. */
function statusOf(pid: number, overrides: object = {}): string {
  return JSON.stringify({
    version: 1,
    pid,
    hostname: hostname(),
    startedAt: "2026-01-01T20:00:00.000Z",
    updatedAt: "2026-01-02T01:30:02.000Z",
    expression: "30 2 * * *",
    timeZone: "UTC",
    state: "waiting",
    nextRunAt: "2026-01-03T02:30:00.000Z",
    runNumber: null,
    runStartedAt: null,
    consecutiveSkips: 0,
    lastRun: null,
    consecutiveFailures: 0,
    counts: { started: 0, succeeded: 0, failed: 0, skipped: 0, stopped: 0 },
    ...overrides,
  });
}

function plantStatus(text: string) {
  return async (cwd: string) => {
    await mkdir(join(cwd, "exports"));
    await writeFile(join(cwd, STATUS), text);
  };
}

describe("schedule: one scheduler per exports folder", () => {
  it("refuses to start while a live scheduler on this host keeps the status", async () => {
    const planted = statusOf(process.ppid);
    const { cwd, done } = await startSchedule("@hourly", {}, [], undefined, {
      before: plantStatus(planted),
    });

    await assert.rejects(done, {
      name: "OutputError",
      message: `Another scheduler is already running on this exports folder: process ${process.ppid} on ${hostname()}, started 2026-01-01T20:00:00.000Z, keeps its status in "${join(cwd, STATUS)}". Stop it before starting a new one; if that process is not a scheduler, delete the status file and try again.`,
    });
    assert.equal(await readFile(join(cwd, STATUS), "utf8"), planted);
  });

  const replaceable: Record<string, (deadPid: number) => string> = {
    "a scheduler that stopped": () =>
      statusOf(process.ppid, { state: "stopped" }),
    "this process (a restarted container)": () => statusOf(process.pid),
    "a process that has ended": (deadPid) => statusOf(deadPid),
    "a scheduler on another host": () =>
      statusOf(process.ppid, { hostname: "elsewhere" }),
    "a file that is not a status": () => "{ not json",
  };
  for (const [name, planted] of Object.entries(replaceable)) {
    it(`starts over the status of ${name}`, async () => {
      const deadPid = await endedProcessId();
      const { cwd, controller, done, ready } = await startSchedule(
        "@hourly",
        { timezone: "UTC" },
        [],
        undefined,
        { before: plantStatus(planted(deadPid)) },
      );
      await ready();
      const status = await waitForStatus(cwd, (s) => s.pid === process.pid);
      assert.equal(status.state, "waiting");
      controller.abort();
      await done;
    });
  }
});

describe("schedule: refusing a second scheduler from the command line", () => {
  let child: ReturnType<typeof spawn>;
  before(async () => {
    child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], {
      stdio: "ignore",
    });
    await new Promise((resolve) => child.once("spawn", resolve));
  });
  after(() => {
    child.kill();
  });

  it("names the other scheduler and the status file in German", async () => {
    const pid = child.pid ?? 0;
    const cwd = await makeTempDir();
    await plantStatus(statusOf(pid))(cwd);

    const result = await runCliForTest(
      ["schedule", "@hourly", "--timezone", "UTC", "--from", SAMPLE_ZIP],
      { cwd, env: { LANG: "de_DE.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Fehler: Auf diesem Exportordner läuft bereits ein anderer Planer: Prozess ${pid} auf ${hostname()}, gestartet am 2026-01-01T20:00:00.000Z, führt seinen Status in „${join(cwd, STATUS)}“. Beenden Sie ihn, bevor Sie einen neuen starten; ist dieser Prozess kein Planer, löschen Sie die Statusdatei und versuchen Sie es erneut.\n`,
    );
  });
});

async function endedProcessId(): Promise<number> {
  const ended = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => ended.on("exit", resolve));
  return ended.pid ?? 0;
}

describe("schedule: the status during a run", () => {
  it("records the run in progress and the due times it made skip", async () => {
    const cutoff = deferred<string | undefined>();
    const { cwd, clock, controller, done, ready } = await startSchedule(
      "@hourly",
      { timezone: "UTC" },
      [],
      undefined,
      // The run waits for its cut-off, so it stays in progress.
      { deps: { resolveSinceDate: () => cutoff.promise } },
    );
    await ready();

    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));
    const running = await waitForStatus(cwd, (s) => s.state === "running");
    assert.equal(running.runNumber, 1);
    assert.equal(running.runStartedAt, "2026-01-02T04:00:00.000Z");
    assert.equal(running.lastRun, null);

    await clock.advanceTo(new Date("2026-01-02T07:00:00Z"));
    const blocking = await waitForStatus(cwd, (s) => s.consecutiveSkips === 3);
    assert.equal(blocking.runNumber, 1);
    const { verdict } = await checkSchedulerHealth(join(cwd, "exports"), {
      now: clock.now(),
    });
    assert.deepEqual(verdict.problem, {
      kind: "stuck",
      run: 1,
      since: "2026-01-02T04:00:00.000Z",
      cause: "skips",
      maxRunMs: 6 * 60 * 60 * 1000,
      skipped: 3,
    });

    cutoff.resolve(undefined);
    const waiting = await waitForStatus(cwd, (s) => s.state === "waiting");
    assert.equal(waiting.runNumber, null);
    assert.equal(waiting.runStartedAt, null);
    assert.equal(waiting.lastRun?.result, "success");
    controller.abort();
    await done;
  });

  it("counts a run stopped by the signal in the last line", async () => {
    const cutoff = deferred<string | undefined>();
    const { clock, controller, done, ready } = await startSchedule(
      "@hourly",
      { timezone: "UTC" },
      [],
      undefined,
      { deps: { resolveSinceDate: () => cutoff.promise } },
    );
    await ready();
    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));

    controller.abort(new Error("Stopped by SIGTERM"));
    cutoff.resolve(undefined);
    const summary = await done;

    assert.equal(summary.stopped, 1);
    assert.equal(
      describeSummary(summary, createTranslator("en").t),
      "Scheduler stopped: 1 run started, 0 succeeded, 0 failed, 0 skipped, 1 interrupted.",
    );
    assert.equal(
      describeSummary(summary, createTranslator("fr").t),
      "Planificateur arrêté : 1 exécution ; réussies : 0, en échec : 0, sautées : 0, interrompues : 1.",
    );
  });
});

describe("schedule: what the status file keeps", () => {
  it("cuts a long run message, and health reads the file it wrote", async () => {
    // A long path that is there at start and gone by the first run.
    const folders = join(...Array.from({ length: 30 }, () => "x".repeat(100)));
    const input = `${folders}.zip`;
    const { cwd, clock, controller, done, audit, ready } = await startSchedule(
      "@hourly",
      { timezone: "UTC", from: input },
      [],
      undefined,
      {
        before: async (dir) => {
          await mkdir(dirname(join(dir, input)), { recursive: true });
          await copyFile(SAMPLE_ZIP, join(dir, input));
        },
      },
    );
    await ready();
    await rm(join(cwd, input));
    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));
    await waitFor(() => audit.length === 1);

    const status = await waitForStatus(cwd, (s) => s.lastRun !== null);
    const message = status.lastRun?.message ?? "";
    assert.equal(message.length, 1000);
    assert.ok(message.startsWith("Run 1 failed: "), message);
    assert.ok(message.endsWith("…"), message);
    // The log keeps the whole message.
    assert.ok((audit[0]?.message.length ?? 0) > 3000);
    const { verdict } = await checkSchedulerHealth(join(cwd, "exports"), {
      now: clock.now(),
    });
    assert.equal(verdict.status?.lastRun?.message, message);
    controller.abort();
    await done;
  });

  it("writes a long cron expression that health reads back", async () => {
    const minutes = Array.from({ length: 60 }, (_, index) => index).join(",");
    const hours = Array.from({ length: 24 }, (_, index) => index).join(",");
    const expression = `${minutes} ${hours} * * *`;
    assert.equal(expression.length, 237);
    const { cwd, clock, controller, done, ready } = await startSchedule(
      expression,
      { timezone: "UTC" },
    );
    await ready();
    await waitForStatus(cwd, (s) => s.state === "waiting");

    const { verdict } = await checkSchedulerHealth(join(cwd, "exports"), {
      now: clock.now(),
    });
    assert.equal(verdict.healthy, true);
    assert.equal(verdict.status?.expression, expression);
    controller.abort();
    await done;
  });
});

describe("schedule: a cron expression that never comes", () => {
  it("refuses 30 February as a usage error before starting", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(
      ["schedule", "0 0 30 2 *", "--timezone", "UTC", "--from", SAMPLE_ZIP],
      { cwd },
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      'Error: The schedule "0 0 30 2 *" names no time that exists (such as 30 February), so it would never run. Use five fields (minute hour day-of-month month day-of-week), such as "30 2 * * *" for 02:30 every night, or one of @hourly, @daily, @weekly, @monthly, @yearly.\n',
    );
  });

  it("says so in French", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(
      ["schedule", "0 0 31 4 *", "--timezone", "UTC", "--from", SAMPLE_ZIP],
      { cwd, env: { LANG: "fr_FR.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^Erreur : La planification « 0 0 31 4 \* » ne désigne aucune date qui existe \(comme le 30 février\) : elle ne s'exécuterait jamais\. Donnez cinq champs/,
    );
  });
});
