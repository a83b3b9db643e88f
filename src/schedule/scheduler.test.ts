import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";

import { FakeClock, settle } from "../../test/support/fake-clock.js";
import { fakeReport } from "../../test/support/report.js";
import type { ExportReport } from "../export/index.js";
import { createLogger, DEFAULT_LOGGING_SETTINGS } from "../logging/index.js";
import type { AuditEvent } from "../security/index.js";

import { parseCronSchedule } from "./cron.js";
import {
  runScheduler,
  type ScheduledRun,
  type SchedulerSnapshot,
} from "./scheduler.js";

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function startScheduler(
  run: (run: ScheduledRun) => Promise<ExportReport>,
  start = "2026-01-01T00:30:00Z",
  onChange?: (snapshot: SchedulerSnapshot) => void,
) {
  const clock = new FakeClock(new Date(start));
  const controller = new AbortController();
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on("data", (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").trimEnd().split("\n"));
  });
  const audit: AuditEvent[] = [];
  const done = runScheduler({
    schedule: parseCronSchedule("@hourly", "UTC"),
    run,
    now: clock.now,
    timers: clock.timers,
    stopSignal: controller.signal,
    logger: createLogger({
      settings: { ...DEFAULT_LOGGING_SETTINGS, format: "json" },
      stream,
      isTty: false,
      baseDir: "/",
      fileMode: 0o644,
      dirMode: 0o750,
      now: clock.now,
    }),
    audit: { record: (event) => audit.push(event) },
    ...(onChange === undefined ? {} : { onChange }),
  });
  const messages = () =>
    lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
  return { clock, controller, done, audit, messages };
}

describe("scheduler", () => {
  it("logs and audits a failed run, then goes on with the next one", async () => {
    const outcomes = [
      () => Promise.reject(new Error("disk full")),
      () => Promise.resolve(fakeReport(12)),
    ];
    const { clock, controller, done, audit, messages } = startScheduler(
      (run) => outcomes[run.number - 1]?.() ?? Promise.resolve(fakeReport(0)),
    );

    await clock.advanceTo(new Date("2026-01-01T02:30:00Z"));
    controller.abort();
    const summary = await done;

    assert.deepEqual(summary, {
      started: 2,
      succeeded: 1,
      failed: 1,
      skipped: 0,
      stopped: 0,
    });
    assert.ok(
      messages().includes("Run 1 failed: disk full. The schedule goes on."),
      messages().join("\n"),
    );
    assert.ok(messages().includes("Run 2 wrote 12 rows in 1 file"));
    assert.deepEqual(
      audit.map((event) => [event.action, event.result, event.message]),
      [
        ["scheduled_export", "failure", "Run 1 failed: disk full"],
        ["scheduled_export", "success", "Run 2 wrote 12 rows in 1 file"],
      ],
    );
    assert.equal(audit[0]?.details?.scheduled_for, "2026-01-01T01:00:00.000Z");
  });

  it("skips a run that is due while the previous one is still going", async () => {
    const slow = deferred<ExportReport>();
    const started: number[] = [];
    const { clock, controller, done, audit, messages } = startScheduler(
      (run) => {
        started.push(run.number);
        return run.number === 1 ? slow.promise : Promise.resolve(fakeReport(1));
      },
    );

    await clock.advanceTo(new Date("2026-01-01T02:30:00Z"));
    assert.deepEqual(started, [1]);
    slow.resolve(fakeReport(3));
    await clock.advanceTo(new Date("2026-01-01T03:30:00Z"));
    controller.abort();
    const summary = await done;

    assert.deepEqual(started, [1, 3], messages().join("\n"));
    assert.equal(summary.skipped, 1);
    assert.ok(
      messages().includes(
        "Run 2 due at 2026-01-01 02:00 +00:00 skipped: run 1 is still going.",
      ),
    );
    assert.deepEqual(
      audit.map((event) => [event.action, event.result]),
      [
        ["scheduled_export_skipped", "warning"],
        ["scheduled_export", "success"],
        ["scheduled_export", "success"],
      ],
    );
  });

  it("stops cleanly between runs when the stop signal fires", async () => {
    let runs = 0;
    const { clock, controller, done } = startScheduler(() => {
      runs += 1;
      return Promise.resolve(fakeReport(1));
    });

    await clock.advanceTo(new Date("2026-01-01T01:30:00Z"));
    controller.abort();
    const summary = await done;
    await clock.advanceTo(new Date("2026-01-02T00:00:00Z"));

    assert.equal(runs, 1);
    assert.equal(summary.started, 1);
    assert.equal(clock.pendingTimers, 0);
  });

  it("lets a running export end at its next step, then stops", async () => {
    const step = deferred<undefined>();
    const { clock, controller, done, messages } = startScheduler(
      async (run) => {
        await step.promise;
        run.signal.throwIfAborted();
        return fakeReport(1);
      },
    );

    await clock.advanceTo(new Date("2026-01-01T01:00:00Z"));
    controller.abort(new Error("Stopped by SIGTERM"));
    let isDone = false;
    void done.then(() => (isDone = true));
    await settle();
    assert.equal(isDone, false, "waits for the current run");

    step.resolve(undefined);
    const summary = await done;
    assert.deepEqual(summary, {
      started: 1,
      succeeded: 0,
      failed: 0,
      skipped: 0,
      stopped: 1,
    });
    assert.ok(
      messages().includes(
        "Run 1 stopped before writing anything: Stopped by SIGTERM",
      ),
    );
    assert.equal(clock.pendingTimers, 0);
  });

  it("counts rows and files in words that agree with the number", async () => {
    const reports = [fakeReport(1), fakeReport(3), fakeReport(0)];
    reports[1] = {
      ...fakeReport(3),
      totals: { files: 2, rows: 3, rowsWithoutIds: 0 },
    };
    const { clock, controller, done, messages } = startScheduler((run) =>
      Promise.resolve(reports[run.number - 1] ?? fakeReport(0)),
    );

    await clock.advanceTo(new Date("2026-01-01T03:30:00Z"));
    controller.abort();
    await done;

    assert.deepEqual(
      messages().filter((message) => message.includes(" wrote ")),
      [
        "Run 1 wrote 1 row in 1 file",
        "Run 2 wrote 3 rows in 2 files",
        "Run 3 wrote 0 rows in 1 file",
      ],
    );
  });

  it("publishes the run in progress, and the due times it made skip", async () => {
    const slow = deferred<ExportReport>();
    const snapshots: SchedulerSnapshot[] = [];
    const { clock, controller, done } = startScheduler(
      () => slow.promise,
      "2026-01-01T00:30:00Z",
      (snapshot) => snapshots.push(snapshot),
    );

    await clock.advanceTo(new Date("2026-01-01T01:00:30Z"));
    assert.equal(snapshots.at(-1)?.state, "running");
    assert.deepEqual(snapshots.at(-1)?.currentRun, {
      number: 1,
      scheduledFor: new Date("2026-01-01T01:00:00Z"),
      startedAt: new Date("2026-01-01T01:00:00Z"),
    });
    assert.equal(snapshots.at(-1)?.consecutiveSkips, 0);

    await clock.advanceTo(new Date("2026-01-01T03:00:30Z"));
    assert.equal(snapshots.at(-1)?.currentRun?.number, 1);
    assert.equal(snapshots.at(-1)?.consecutiveSkips, 2);

    slow.resolve(fakeReport(1));
    await settle();
    assert.equal(snapshots.at(-1)?.state, "waiting");
    assert.equal(snapshots.at(-1)?.currentRun, undefined);

    controller.abort();
    await done;
  });
});
