import assert from "node:assert/strict";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";

import { FakeClock } from "../../../test/support/fake-clock.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";
import { DEFAULT_LOGGING_SETTINGS } from "../../logging/index.js";
import type { AuditEvent } from "../../security/index.js";
import { DEFAULT_EXPORT_KINDS } from "../../export/index.js";
import type { CliContext } from "../context.js";

import { scheduleCommand, type ScheduleFlags } from "./schedule.js";

const START = new Date("2026-01-02T03:04:05Z");

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString("utf8");
}

async function startSchedule(
  expression: string,
  extraFlags: Partial<ScheduleFlags> = {},
  sinceDates: (string | undefined)[] = [],
) {
  const cwd = await makeTempDir();
  const clock = new FakeClock(START);
  const controller = new AbortController();
  const stderr = new PassThrough();
  const readErr = collect(stderr);
  const context: CliContext = {
    stdout: new PassThrough(),
    stderr,
    isStderrTty: false,
    env: {},
    cwd,
    now: clock.now,
  };
  const audit: AuditEvent[] = [];
  const flags: ScheduleFlags = {
    from: SAMPLE_ZIP,
    historyMode: "individual",
    export: [...DEFAULT_EXPORT_KINDS],
    maxRows: 1900,
    maxBytes: 1_000_000,
    ...extraFlags,
  };
  const done = scheduleCommand(expression, flags, context, {
    now: clock.now,
    timers: clock.timers,
    stopSignal: controller.signal,
    audit: { record: (event) => audit.push(event) },
    resolveSinceDate: () => Promise.resolve(sinceDates.shift()),
    logging: DEFAULT_LOGGING_SETTINGS,
    systemTimeZone: "UTC",
  });
  return { cwd, clock, controller, done, audit, readErr };
}

describe("schedule command", () => {
  it("prints the zone and the next runs, in the zone it runs in", async () => {
    const { controller, done, readErr } = await startSchedule("30 2 * * *");
    controller.abort();
    await done;

    const lines = readErr().split("\n");
    assert.deepEqual(lines.slice(0, 5), [
      'Schedule "30 2 * * *" in Europe/Paris (the account\'s, from the export). Next runs:',
      "  2026-01-03 02:30 +01:00",
      "  2026-01-04 02:30 +01:00",
      "  2026-01-05 02:30 +01:00",
      "Each run writes a new folder under exports/ and holds the export lock. Stop with Ctrl+C or SIGTERM.",
    ]);
  });

  it("exports at each due time with the cut-off it is given", async () => {
    const { cwd, clock, controller, done, audit } = await startSchedule(
      "@hourly",
      { timezone: "UTC" },
      [undefined, "2026-01-01"],
    );

    await clock.advanceTo(new Date("2026-01-02T04:00:00Z"));
    await waitFor(() => audit.length === 1);
    await clock.advanceTo(new Date("2026-01-02T05:00:00Z"));
    await waitFor(() => audit.length === 2);
    controller.abort();
    const summary = await done;

    assert.equal(summary.succeeded, 2);
    const folders = (await readdir(join(cwd, "exports"))).sort();
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
    const { cwd, clock, controller, done, audit, readErr } =
      await startSchedule("@hourly", { timezone: "UTC" });
    const lockPath = join(cwd, "exports", ".export.lock");
    await mkdir(join(cwd, "exports"));
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

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("The condition did not become true in 5 seconds.");
}
