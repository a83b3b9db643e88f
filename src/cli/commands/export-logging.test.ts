import assert from "node:assert/strict";
import { chmod, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir, writeTree } from "../../../test/support/temp.js";

const DUPLICATE_WARNING =
  "1 history entry appeared twice (same Trakt history id) and was counted once.";

interface LogLine {
  level: string;
  time: string;
  msg: string;
  [field: string]: unknown;
}

/** A folder with `config/config.toml` holding `[logging]` and `extra`. */
async function withLogging(logging: string, extra = ""): Promise<string> {
  const cwd = await makeTempDir();
  await writeTree(cwd, {
    "config/config.toml": `[logging]\n${logging}\n${extra}`,
  });
  await chmod(join(cwd, "config/config.toml"), 0o600);
  return cwd;
}

/** Every line parsed as JSON; fails on the first line that is not. */
function parseLines(text: string): LogLine[] {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        assert.fail(`not a JSON line: ${line}`);
      }
    });
}

describe("export: [logging] format = json", () => {
  it("writes only JSON lines on stderr: start, warnings, outcome", async () => {
    const cwd = await withLogging('format = "json"');

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out", "--json"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    const lines = parseLines(result.stderr);
    assert.deepEqual(
      lines.map((line) => [line.level, line.msg]),
      [
        ["info", "Export started"],
        ["warn", DUPLICATE_WARNING],
        ["info", "Export finished"],
      ],
    );
    const finished = lines[2];
    assert.ok(finished !== undefined);
    assert.equal(finished.rows, 49);
    assert.equal(finished.outputDir, join(cwd, "out"));
    assert.deepEqual(finished.files, [
      "watched.csv",
      "watchlist.csv",
      "lists/sci-fi-essentials.csv",
    ]);
    assert.ok(!Number.isNaN(Date.parse(finished.time)));
    // The report on stdout is untouched by the log format.
    const report = JSON.parse(result.stdout) as { totals: { rows: number } };
    assert.equal(report.totals.rows, 49);
  });

  it("keeps log lines in English whatever the user's language", async () => {
    const cwd = await withLogging('format = "json"');

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out", "--since", "last"],
      { cwd, env: { HOME: cwd, LANG: "fr_FR.UTF-8" } },
    );

    assert.equal(result.code, 0, result.stderr);
    const warnings = parseLines(result.stderr)
      .filter((line) => line.level === "warn")
      .map((line) => line.msg);
    assert.equal(warnings.length, 2, result.stderr);
    assert.match(warnings[0] ?? "", /^--since last found no earlier export/);
    assert.equal(warnings[1], DUPLICATE_WARNING);
  });

  it("writes a failure as one JSON error line, and nothing else", async () => {
    const cwd = await withLogging('format = "json"');

    const result = await runCliForTest(
      ["export", "--from", "missing.zip", "--output", "out"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 1);
    const lines = parseLines(result.stderr);
    assert.deepEqual(
      lines.map((line) => [line.level, line.msg.split(":")[0]]),
      [
        ["info", "Export started"],
        ["error", "Export failed"],
      ],
    );
    assert.match(lines[1]?.msg ?? "", /missing\.zip.*does not exist/);
    await assert.rejects(stat(join(cwd, "out")), { code: "ENOENT" });
  });
});

describe("export: [logging] file", () => {
  it("keeps the summary on stderr and appends every event to the file", async () => {
    const cwd = await withLogging(
      'file = "logs/export-trakt.log"',
      '[security.filesystem]\ndata_file_mode = "0640"\n',
    );

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /^Wrote 49 rows in 3 files to /m);
    assert.match(result.stderr, /^Warning: 1 history entry appeared twice/m);
    assert.doesNotMatch(result.stderr, /"level"|Export started/);

    const logPath = join(cwd, "logs/export-trakt.log");
    const lines = parseLines(await readFile(logPath, "utf8"));
    assert.deepEqual(
      lines.map((line) => line.msg),
      ["Export started", DUPLICATE_WARNING, "Export finished"],
    );
    // The log is written with the data-file mode.
    assert.equal((await stat(logPath)).mode & 0o777, 0o640);

    // A second run appends to the same file.
    const again = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out2"],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(again.code, 0, again.stderr);
    assert.equal(parseLines(await readFile(logPath, "utf8")).length, 6);
  });

  it("adds debug lines on stderr with --verbose, in the text format", async () => {
    const cwd = await withLogging('file = "logs/export-trakt.log"');

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out", "--verbose"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stderr,
      /^\S+ DEBUG Read an input file path=\S+ done=1 total=12$/m,
    );
    // Warnings are shown once, as the "Warning:" line for people.
    assert.equal(result.stderr.split(DUPLICATE_WARNING).length, 2);
    const logged = parseLines(
      await readFile(join(cwd, "logs/export-trakt.log"), "utf8"),
    );
    assert.ok(logged.some((line) => line.level === "debug"));
  });

  it("refuses a log file outside the allowed folders before exporting", async () => {
    const cwd = await withLogging('file = "../elsewhere/export-trakt.log"');

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 1);
    assert.match(result.stderr, /elsewhere/);
    await assert.rejects(stat(join(cwd, "out")), { code: "ENOENT" });
  });
});
