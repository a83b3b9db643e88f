import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import {
  copyFile,
  mkdir,
  readdir,
  readFile,
  rm,
  writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { CLI_ENTRY, SAMPLE_ZIP } from "../../../test/support/paths.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { startSchedule, waitFor } from "../../../test/support/schedule.js";
import { collect } from "../../../test/support/streams.js";
import { makeTempDir } from "../../../test/support/temp.js";

const STATUS_FILE = ".schedule-status.json";

/** The built CLI in a child process, in `cwd`, with its own empty home. */
function spawnCli(cwd: string, argv: readonly string[]) {
  return spawn(process.execPath, [CLI_ENTRY, ...argv], {
    cwd,
    env: { ...process.env, HOME: cwd, EXPORT_TRAKT_CONFIG: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("schedule command", () => {
  it("prints the zone and the next runs, in the zone it runs in", async () => {
    const { cwd, controller, done, readErr } =
      await startSchedule("30 2 * * *");
    controller.abort();
    await done;

    const lines = readErr().split("\n");
    assert.deepEqual(lines.slice(0, 5), [
      'Schedule "30 2 * * *" in Europe/Paris (the account\'s, from the export). Next runs:',
      "  2026-01-03 02:30 +01:00",
      "  2026-01-04 02:30 +01:00",
      "  2026-01-05 02:30 +01:00",
      `Each run writes a new folder under ${join(cwd, "exports")} and holds the export lock. Stop with Ctrl+C or SIGTERM.`,
    ]);
  });

  it("exports at each due time with the cut-off it is given", async () => {
    const { cwd, clock, controller, done, audit, ready } = await startSchedule(
      "@hourly",
      { timezone: "UTC" },
      [undefined, "2026-01-01"],
    );
    await ready();

    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));
    await waitFor(() => audit.length === 1);
    await clock.advanceTo(new Date("2026-01-02T05:00:00Z"));
    await waitFor(() => audit.length === 2);
    controller.abort();
    const summary = await done;

    assert.equal(summary.succeeded, 2);
    const folders = (await readdir(join(cwd, "exports")))
      .filter((name) => name.startsWith("export_"))
      .sort();
    assert.deepEqual(folders, [
      "export_2026-01-02_04-00-00",
      "export_2026-01-02_05-00-00",
    ]);
    const reports = await Promise.all(
      folders.map(async (folder) => {
        const text = await readFile(
          join(cwd, "exports", folder, "report.json"),
          "utf8",
        );
        return JSON.parse(text) as { since?: string };
      }),
    );
    assert.deepEqual(
      reports.map((report) => report.since),
      [undefined, "2026-01-01"],
    );
  });

  it("logs a run that finds the lock taken, and runs again next time", async () => {
    const { cwd, clock, controller, done, audit, readErr, ready } =
      await startSchedule("@hourly", { timezone: "UTC" });
    await ready();
    const lockPath = join(cwd, "exports", ".export.lock");
    await mkdir(join(cwd, "exports"), { recursive: true });
    await writeFile(
      lockPath,
      JSON.stringify({
        pid: process.pid,
        hostname: "elsewhere",
        startedAt: "2026-01-02T03:59:00.000Z",
        purpose: "manual",
        token: "feedfacecafebeef",
      }),
    );

    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));
    await waitFor(() => audit.length === 1);
    await rm(lockPath);
    await clock.advanceTo(new Date("2026-01-02T05:00:00Z"));
    await waitFor(() => audit.length === 2);
    controller.abort();
    const summary = await done;

    assert.deepEqual([summary.failed, summary.succeeded], [1, 1]);
    assert.equal(audit[0]?.result, "failure");
    assert.ok(
      readErr().includes(
        `ERROR Run 1 failed: Another export is running: the lock file "${lockPath}" is held by process ${process.pid} on elsewhere (manual export started 2026-01-02T03:59:00.000Z). Wait for it to finish; if that process is gone, delete the lock file and try again. The schedule goes on.`,
      ),
      readErr(),
    );
  });
});

describe("schedule command: log file", () => {
  it("writes run events to the log file as JSON lines", async () => {
    const { cwd, clock, controller, done, audit, ready } = await startSchedule(
      "@hourly",
      { timezone: "UTC" },
      [],
      "logs/export-trakt.log",
    );
    await ready();
    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));
    await waitFor(() => audit.length === 1);
    controller.abort();
    await done;

    const lines = (await readFile(join(cwd, "logs/export-trakt.log"), "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { msg: string; run?: number });
    assert.deepEqual(
      lines.map((line) => line.msg),
      [
        "Run 1 started",
        "1 history entry appeared twice (same Trakt history id) and was counted once.",
        "Run 1 wrote 49 rows in 3 files",
        "Scheduler stopped",
      ],
    );
    // The run's own warnings carry its number.
    assert.equal(lines[1]?.run, 1);
  });

  it("refuses a log file outside the allowed folders before it starts", async () => {
    const { done } = await startSchedule(
      "@hourly",
      { timezone: "UTC" },
      [],
      "../elsewhere/export-trakt.log",
    );
    await assert.rejects(done, {
      name: "SecurityError",
      message:
        /^Refusing to create "\.\.\/elsewhere\/export-trakt\.log": it is outside the allowed folders/,
    });
  });
});

describe("schedule command: a log file it cannot or must not use", () => {
  it("goes on without a log file whose folder cannot be created", async () => {
    const { cwd, clock, controller, done, audit, readErr, ready } =
      await startSchedule(
        "@hourly",
        { timezone: "UTC" },
        [],
        "logs/blocker/app.log",
        {
          before: async (folder) => {
            await mkdir(join(folder, "logs"));
            await writeFile(join(folder, "logs", "blocker"), "not a folder");
          },
        },
      );
    await ready();
    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));
    await waitFor(() => audit.length === 1);
    controller.abort();
    const summary = await done;

    assert.equal(summary.succeeded, 1);
    const folder = join(cwd, "logs", "blocker");
    assert.equal(
      readErr().split("\n")[0],
      `Warning: the log file "${join(folder, "app.log")}" could not be written (EEXIST: file already exists, mkdir '${folder}'); the command goes on without it.`,
    );
  });

  it("refuses its own status file as the log file before it starts", async () => {
    const { cwd, done } = await startSchedule(
      "@hourly",
      { timezone: "UTC" },
      [],
      `exports/${STATUS_FILE}`,
    );
    const path = join(cwd, "exports", STATUS_FILE);
    await assert.rejects(done, {
      name: "UsageError",
      message: `Refusing to write the log to "${path}": it is the scheduler status file "${path}", and log lines would damage that file. Set file in the [logging] section of the config file to a file of its own, such as "logs/export-trakt.log".`,
    });
    await assert.rejects(readFile(path), { code: "ENOENT" });
  });
});

describe("schedule command: status file", () => {
  async function readStatus(cwd: string) {
    const text = await readFile(
      join(cwd, "exports", ".schedule-status.json"),
      "utf8",
    );
    return JSON.parse(text) as {
      state: string;
      nextRunAt: string | null;
      consecutiveFailures: number;
      lastRun: { number: number; result: string; message: string } | null;
      counts: { started: number; failed: number };
    };
  }

  async function waitForStatus(
    cwd: string,
    condition: (status: Awaited<ReturnType<typeof readStatus>>) => boolean,
  ): Promise<Awaited<ReturnType<typeof readStatus>>> {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const status = await readStatus(cwd).catch(() => undefined);
      if (status !== undefined && condition(status)) return status;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error("The status file did not reach the expected state.");
  }

  it("records the next run, each outcome and failures in a row", async () => {
    // The export is there at start (it is checked then) and gone by the
    // first run, as when a nightly job's input disappears.
    const { cwd, clock, controller, done, audit, ready } = await startSchedule(
      "@hourly",
      { timezone: "UTC", from: "input.zip" },
      [],
      undefined,
      { before: (dir) => copyFile(SAMPLE_ZIP, join(dir, "input.zip")) },
    );
    await ready();
    await rm(join(cwd, "input.zip"));
    const waiting = await waitForStatus(cwd, (s) => s.state === "waiting");
    assert.equal(waiting.nextRunAt, "2026-01-02T04:00:00.000Z");
    assert.equal(waiting.lastRun, null);

    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));
    await waitFor(() => audit.length === 1);
    await clock.advanceTo(new Date("2026-01-02T05:00:00Z"));
    await waitFor(() => audit.length === 2);
    const failing = await waitForStatus(
      cwd,
      (s) => s.consecutiveFailures === 2 && s.state === "waiting",
    );
    assert.equal(failing.nextRunAt, "2026-01-02T06:00:00.000Z");
    assert.equal(failing.lastRun?.number, 2);
    assert.equal(failing.lastRun.result, "failure");
    assert.match(failing.lastRun.message, /^Run 2 failed: .*input\.zip/);

    controller.abort();
    await done;
    const stopped = await readStatus(cwd);
    assert.equal(stopped.state, "stopped");
    assert.equal(stopped.nextRunAt, null);
    assert.equal(stopped.counts.failed, 2);
  });

  it("starts counting failures again after a run succeeds", async () => {
    const { cwd, clock, controller, done, audit, ready } = await startSchedule(
      "@hourly",
      { timezone: "UTC" },
    );
    await ready();
    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));
    await waitFor(() => audit.length === 1);
    const status = await waitForStatus(cwd, (s) => s.lastRun !== null);
    assert.equal(status.lastRun?.result, "success");
    assert.equal(status.lastRun.message, "Run 1 wrote 49 rows in 3 files");
    assert.equal(status.consecutiveFailures, 0);
    controller.abort();
    await done;
  });
});

describe("schedule command: process signals", () => {
  it("stops cleanly when SIGTERM comes twice in a row", async () => {
    const cwd = await makeTempDir();
    const child = spawnCli(cwd, [
      "schedule",
      "@yearly",
      "--from",
      SAMPLE_ZIP,
      "--timezone",
      "UTC",
    ]);
    const readErr = collect(child.stderr);
    await waitFor(() => readErr().includes("Stop with Ctrl+C or SIGTERM."));

    child.kill("SIGTERM");
    child.kill("SIGTERM");
    const code = await new Promise((resolve) => child.on("exit", resolve));

    assert.equal(code, 0, readErr());
    assert.deepEqual(await readdir(join(cwd, "exports")), [
      ".schedule-status.json",
    ]);
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`stops cleanly on ${signal} between runs and exits 0`, async () => {
      const cwd = await makeTempDir();
      const child = spawnCli(cwd, [
        "schedule",
        "@yearly",
        "--from",
        SAMPLE_ZIP,
      ]);
      const readOut = collect(child.stdout);
      const readErr = collect(child.stderr);
      await waitFor(() => readErr().includes("Stop with Ctrl+C or SIGTERM."));

      child.kill(signal);
      const code = await new Promise((resolve) => child.on("exit", resolve));

      assert.equal(code, 0, readErr());
      assert.equal(readOut(), "");
      assert.equal(
        readErr().trimEnd().split("\n").at(-1),
        "Scheduler stopped: 0 runs started, 0 succeeded, 0 failed, 0 skipped, 0 interrupted.",
      );
      assert.deepEqual(await readdir(cwd), ["exports", "logs"]);
      // Nothing was exported; only the scheduler's status is left, saying
      // that it stopped.
      assert.deepEqual(await readdir(join(cwd, "exports")), [
        ".schedule-status.json",
      ]);
      const status = JSON.parse(
        await readFile(join(cwd, "exports", ".schedule-status.json"), "utf8"),
      ) as { state: string; pid: number; nextRunAt: string | null };
      assert.equal(status.state, "stopped");
      assert.equal(status.pid, child.pid);
      assert.equal(status.nextRunAt, null);
    });
  }
});

describe("schedule command: one scheduler per exports folder", () => {
  it("lets only one of several schedulers started together run", async () => {
    const cwd = await makeTempDir();
    const children = Array.from({ length: 4 }, () =>
      spawnCli(cwd, [
        "schedule",
        "@yearly",
        "--from",
        SAMPLE_ZIP,
        "--timezone",
        "UTC",
      ]),
    );
    const outputs = children.map((child) => collect(child.stderr));
    const exits = children.map(
      (child) =>
        new Promise<number | null>((resolve) => child.on("exit", resolve)),
    );
    const ended = children.map(() => false);
    exits.forEach((exit, index) => {
      void exit.then(() => {
        ended[index] = true;
      });
    });
    // Each one either starts (and prints how to stop it) or is refused.
    await waitFor(() =>
      outputs.every(
        (read, index) =>
          ended[index] === true ||
          read().includes("Stop with Ctrl+C or SIGTERM."),
      ),
    );
    const running = children.filter((_, index) => ended[index] !== true);
    for (const child of running) child.kill("SIGTERM");
    const codes = await Promise.all(exits);

    assert.equal(running.length, 1, outputs.map((read) => read()).join("\n"));
    assert.equal(codes.filter((code) => code === 1).length, 3);
    for (const [index, read] of outputs.entries()) {
      if (children[index] === running[0]) continue;
      assert.match(
        read(),
        /Another scheduler is already running on this exports folder: .* holds ".*\.scheduler\.lock"/,
      );
    }
  });
});

describe("schedule command: a planted scheduler lock", () => {
  it("refuses a directory at .scheduler.lock with the scheduler's words", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "exports", ".scheduler.lock"), { recursive: true });
    const result = await runCliForTest(
      ["schedule", "@yearly", "--from", SAMPLE_ZIP, "--timezone", "UTC"],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: Another scheduler may be running: ".*\.scheduler\.lock" exists but is not a lock this tool wrote\./,
    );
  });
});

describe("schedule command: the input", () => {
  it("refuses a missing --from at start, even with --timezone", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(
      ["schedule", "@daily", "--from", "missing.zip", "--timezone", "UTC"],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: Cannot open ".*missing\.zip": it does not exist\./,
    );
  });
});

describe("schedule command: the cron expression", () => {
  it("takes [schedule] cron from the config when none is given", async () => {
    const cwd = await makeTempDir();
    await writeFile(join(cwd, "cron.toml"), '[schedule]\ncron = "@yearly"\n', {
      mode: 0o600,
    });
    const child = spawnCli(cwd, [
      "schedule",
      "--from",
      SAMPLE_ZIP,
      "--config",
      "cron.toml",
    ]);
    const readErr = collect(child.stderr);
    await waitFor(() => readErr().includes("Stop with Ctrl+C or SIGTERM."));
    child.kill("SIGTERM");
    await new Promise((resolve) => child.on("exit", resolve));
    assert.match(readErr(), /^Schedule "@yearly" in Europe\/Paris /);
  });

  it("ends with a JSON line, not the summary, when format = json", async () => {
    const cwd = await makeTempDir();
    await writeFile(
      join(cwd, "json.toml"),
      '[schedule]\ncron = "@yearly"\n[logging]\nformat = "json"\n',
      { mode: 0o600 },
    );
    const child = spawnCli(cwd, [
      "schedule",
      "--from",
      SAMPLE_ZIP,
      "--config",
      "json.toml",
    ]);
    const readErr = collect(child.stderr);
    await waitFor(() => readErr().includes("Stop with Ctrl+C or SIGTERM."));
    child.kill("SIGTERM");
    const code = await new Promise((resolve) => child.on("exit", resolve));

    assert.equal(code, 0, readErr());
    const afterStart = readErr()
      .trimEnd()
      .split("\n")
      .slice(
        readErr()
          .split("\n")
          .findIndex((line) => line.includes("SIGTERM.")) + 1,
      );
    assert.ok(afterStart.length > 0, readErr());
    const messages = afterStart.map(
      (line) => (JSON.parse(line) as { msg: string }).msg,
    );
    assert.equal(messages.at(-1), "Scheduler stopped");
  });

  it("says how to give a schedule when there is none", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(["schedule", "--from", SAMPLE_ZIP], {
      cwd,
    });
    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      'Error: No schedule given: pass a cron expression such as "30 2 * * *", or set cron in the [schedule] section of the config file.\n',
    );
  });
});
