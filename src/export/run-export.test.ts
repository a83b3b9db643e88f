import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SAMPLE_ZIP } from "../../test/support/paths.js";
import { makeTempDir } from "../../test/support/temp.js";
import { LETTERBOXD_LIMITS } from "../letterboxd/index.js";
import { readTraktExport } from "../offline/index.js";

import {
  DEFAULT_EXPORT_KINDS,
  type ExportEvent,
  type ExportOptions,
} from "./options.js";
import { runExport } from "./run-export.js";

async function exportOptions(
  signal: AbortSignal,
  onEvent: (event: ExportEvent) => void,
): Promise<ExportOptions> {
  const outputRoot = join(await makeTempDir(), "exports");
  return {
    load: async () => {
      const result = await readTraktExport(SAMPLE_ZIP);
      return {
        library: result.library,
        source: { kind: "zip", location: SAMPLE_ZIP },
        inputFiles: result.files,
        warnings: [],
      };
    },
    outputDir: undefined,
    outputRoot,
    force: false,
    timeZone: "UTC",
    systemTimeZone: "UTC",
    historyMode: "individual",
    include: DEFAULT_EXPORT_KINDS,
    sinceDate: undefined,
    statePath: join(outputRoot, ".export-state.json"),
    limits: LETTERBOXD_LIMITS,
    spreadsheetSafe: false,
    dryRun: false,
    now: new Date("2026-01-02T03:04:05Z"),
    fileMode: 0o600,
    dirMode: 0o750,
    onEvent,
    signal,
  };
}

/** What the export left in its output root; nothing when it was never made. */
async function listOutput(options: ExportOptions): Promise<string[]> {
  return readdir(options.outputRoot).catch(() => []);
}

describe("runExport: a stop during conversion", () => {
  it("writes nothing when the signal is aborted while converting", async () => {
    const controller = new AbortController();
    const options = await exportOptions(controller.signal, (event) => {
      // Aborted from the event loop, as a process signal would be, while
      // the conversion that follows this event still runs.
      if (event.kind === "converting") {
        setImmediate(() => {
          controller.abort(new Error("Stopped by SIGTERM"));
        });
      }
    });

    await assert.rejects(runExport(options), { message: "Stopped by SIGTERM" });
    assert.deepEqual(await listOutput(options), []);
  });

  it("writes nothing when SIGTERM arrives while converting", async () => {
    const controller = new AbortController();
    const onSignal = () => {
      controller.abort(new Error("Stopped by SIGTERM"));
    };
    // The scheduler's own handler: it keeps the process alive and aborts.
    process.once("SIGTERM", onSignal);
    try {
      const options = await exportOptions(controller.signal, (event) => {
        if (event.kind === "converting") process.kill(process.pid, "SIGTERM");
      });

      await assert.rejects(runExport(options), {
        message: "Stopped by SIGTERM",
      });
      assert.deepEqual(await listOutput(options), []);
    } finally {
      process.off("SIGTERM", onSignal);
    }
  });

  it("writes the export when no stop comes", async () => {
    const controller = new AbortController();
    const options = await exportOptions(controller.signal, () => undefined);

    const report = await runExport(options);

    assert.equal(
      report.outputDir,
      join(options.outputRoot, "export_2026-01-02_03-04-05"),
    );
    assert.deepEqual((await listOutput(options)).sort(), [
      ".export-state.json",
      "export_2026-01-02_03-04-05",
    ]);
  });
});
