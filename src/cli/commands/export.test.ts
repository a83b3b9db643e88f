import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { access, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";

import { GOLDEN_CASES } from "../../../test/golden-cases.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { readCsvTree, runGoldenCase } from "../../../test/support/golden.js";
import {
  CLI_ENTRY,
  GOLDEN_DIR,
  SAMPLE_ZIP,
} from "../../../test/support/paths.js";
import { makeTempDir, writeTree } from "../../../test/support/temp.js";
import { historyItem } from "../../../test/support/trakt-json.js";

const run = promisify(execFile);

describe("export: golden files", () => {
  for (const goldenCase of GOLDEN_CASES) {
    it(`writes the pinned CSV bytes for "${goldenCase.name}"`, async (t) => {
      const { dir, output } = await runGoldenCase(goldenCase);
      t.after(() =>
        import("node:fs/promises").then((fs) =>
          fs.rm(dir, { recursive: true }),
        ),
      );
      const actual = await readCsvTree(output);
      const expected = await readCsvTree(join(GOLDEN_DIR, goldenCase.name));
      assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
      for (const [path, bytes] of expected) {
        assert.equal(
          actual.get(path)?.toString("utf8"),
          bytes.toString("utf8"),
          path,
        );
        assert.ok(actual.get(path)?.equals(bytes), `${path} differs in bytes`);
      }
    });
  }
});

describe("export: the sample", () => {
  it("writes the files and a report, and ends with what it wrote", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(["export", "--from", SAMPLE_ZIP], {
      cwd,
    });

    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "");
    const folder = join(cwd, "exports", "export_2026-01-02_04-04-05");
    assert.deepEqual((await readdir(folder)).sort(), [
      "lists",
      "report.json",
      "watched.csv",
      "watchlist.csv",
    ]);
    const lines = result.stderr.trimEnd().split("\n");
    assert.equal(lines.at(-1), `Wrote 49 rows in 3 files to ${folder}`);
    assert.ok(
      lines.includes(
        "Time zone: Europe/Paris (the account's, from the export).",
      ),
    );
    assert.ok(
      lines.includes("- 1 same-day viewing merged into one diary entry"),
      result.stderr,
    );
    assert.ok(
      lines.includes(
        "- 1 row without IMDb or TMDB id: Letterboxd will match by title, check them",
      ),
    );

    const report = JSON.parse(
      await readFile(join(folder, "report.json"), "utf8"),
    ) as {
      files: { path: string; rows: number; uploadTo: string }[];
      timeZone: { name: string; source: string };
    };
    assert.deepEqual(
      report.files.map((file) => [file.path, file.rows, file.uploadTo]),
      [
        ["watched.csv", 42, "https://letterboxd.com/import/"],
        ["watchlist.csv", 3, "https://letterboxd.com/watchlist/"],
        ["lists/sci-fi-essentials.csv", 4, "https://letterboxd.com/list/new/"],
      ],
    );
    assert.deepEqual(report.timeZone, {
      name: "Europe/Paris",
      source: "account",
    });
  });

  it("prints the report as JSON on stdout with --json", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--json", "--output", "out"],
      { cwd },
    );
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as {
      outputDir: string;
      totals: { rows: number };
    };
    assert.equal(report.outputDir, join(cwd, "out"));
    assert.equal(report.totals.rows, 49);
  });

  it("writes nothing on a dry run", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--dry-run"],
      { cwd },
    );
    assert.equal(result.code, 0);
    assert.equal(
      result.stderr.trimEnd().split("\n").at(-1),
      "Dry run: 49 rows in 3 files would be written; nothing was written.",
    );
    assert.deepEqual(await readdir(cwd), []);
  });

  it("gives the same bytes whatever TZ and locale the process has", async () => {
    const cwd = await makeTempDir();
    const outputs: string[] = [];
    for (const env of [
      { TZ: "Pacific/Kiritimati", LC_ALL: "C", LANG: "C" },
      { TZ: "America/Anchorage", LC_ALL: "ja_JP.UTF-8", LANG: "ja_JP.UTF-8" },
    ]) {
      const output = join(cwd, env.TZ.replace("/", "-"));
      await run(
        process.execPath,
        [
          CLI_ENTRY,
          "export",
          "--from",
          SAMPLE_ZIP,
          "--timezone",
          "UTC",
          "--output",
          output,
        ],
        { env: { PATH: process.env.PATH, ...env } },
      );
      outputs.push(await readFile(join(output, "watched.csv"), "utf8"));
    }
    assert.equal(outputs[0], outputs[1]);
    assert.match(
      outputs[0] ?? "",
      /^WALL·E,2008,tt0910970,10681,2022-06-18,,false,$/m,
    );
    assert.match(
      outputs[0] ?? "",
      /^千と千尋の神隠し,2001,tt0245429,129,2021-12-25,,false,$/m,
    );
    assert.match(
      outputs[0] ?? "",
      /^Léon: The Professional,1994,tt0110413,101,2018-02-14,,false,$/m,
    );
  });
});

describe("export: failures", () => {
  const usageCases: [string, string[], string][] = [
    [
      "an unknown time zone",
      ["--timezone", "Mars/Olympus"],
      'Error: --timezone "Mars/Olympus" is not a known IANA time zone. Use a name such as "Europe/Paris", "America/New_York" or "UTC".',
    ],
    [
      "an impossible --since date",
      ["--since", "2024-02-30"],
      'Error: --since "2024-02-30" is not a calendar date. Write it as YYYY-MM-DD, for example 2024-01-31.',
    ],
    [
      "an unknown export kind",
      ["--export", "watched,shows"],
      'Error: --export "shows" is not something this tool exports. Use a comma-separated list of watched, watchlist, lists, collection, or "all".',
    ],
    [
      "an unknown history mode",
      ["--history-mode", "daily"],
      "Error: Option '--history-mode <mode>' argument 'daily' is invalid. Allowed choices are individual, aggregated. Run \"export-trakt --help\" for the usage.",
    ],
    [
      "an unknown flag",
      ["--colour"],
      "Error: Unknown option '--colour'. Run \"export-trakt --help\" for the usage.",
    ],
    [
      "a zero row limit",
      ["--max-rows", "0"],
      'Error: --max-rows must be a whole number greater than 0, not "0".',
    ],
  ];
  for (const [name, args, message] of usageCases) {
    it(`exits 2 for ${name}, before reading anything`, async () => {
      const cwd = await makeTempDir();
      const result = await runCliForTest(
        ["export", "--from", "missing.zip", ...args],
        { cwd },
      );
      assert.equal(result.code, 2);
      assert.equal(result.stderr.trimEnd(), message);
    });
  }

  it("exits 1 without --from when no Trakt client id is set, sending nothing", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(["export"], { cwd });
    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      "Error: No Trakt client id is set. Set TRAKT_CLIENT_ID (and TRAKT_CLIENT_SECRET for logging in) to your app's values from https://app.trakt.tv/settings/apps, or use --from with a Trakt data export instead.",
    );
    assert.deepEqual(await readdir(cwd), []);
  });

  it("exits 1 on a broken export file, names it, and leaves no CSV behind", async () => {
    const cwd = await makeTempDir();
    await writeTree(join(cwd, "input"), {
      "watched-history.json": [
        historyItem(
          1,
          { trakt: 1, title: "Heat", year: 1995, imdb: null, tmdb: null },
          "2020-01-01T00:00:00Z",
        ),
      ],
      "lists-watchlist.json": "[{ broken",
    });
    const result = await runCliForTest(
      ["export", "--from", "input", "--output", "out"],
      { cwd },
    );

    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: "lists-watchlist\.json" is not valid JSON \(/,
    );
    assert.doesNotMatch(result.stderr, /Wrote|complete/i);
    assert.deepEqual(await readdir(cwd), ["input"]);
  });

  it("refuses a non-empty output folder and keeps its content; --force replaces it", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "out"));
    await writeFile(join(cwd, "out", "watched.csv"), "my earlier export");

    const refused = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out"],
      { cwd },
    );
    assert.equal(refused.code, 1);
    assert.equal(
      await readFile(join(cwd, "out", "watched.csv"), "utf8"),
      "my earlier export",
    );

    const forced = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out", "--force"],
      { cwd },
    );
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(
      await readFile(join(cwd, "out", "watched.csv"), "utf8"),
      /^Title,Year,imdbID/,
    );
  });

  it("uses a fresh folder name when two runs start in the same second", async () => {
    const cwd = await makeTempDir();
    await runCliForTest(["export", "--from", SAMPLE_ZIP], { cwd });
    const second = await runCliForTest(["export", "--from", SAMPLE_ZIP], {
      cwd,
    });
    assert.equal(second.code, 0);
    assert.deepEqual((await readdir(join(cwd, "exports"))).sort(), [
      ".export-state.json",
      "export_2026-01-02_04-04-05",
      "export_2026-01-02_04-04-05-2",
    ]);
  });
});

describe("the program", () => {
  it("prints its version and help, exiting 0", async () => {
    const cwd = await makeTempDir();
    const version = await runCliForTest(["--version"], { cwd });
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);

    const help = await runCliForTest(["export", "--help"], { cwd });
    assert.equal(help.code, 0);
    for (const flag of [
      "--from",
      "--output",
      "--timezone",
      "--history-mode",
      "--since",
      "--dry-run",
      "--json",
    ]) {
      assert.ok(help.stdout.includes(flag), `help lists ${flag}`);
    }
  });

  it("runs as an installed command", async () => {
    await access(CLI_ENTRY);
    const { stdout } = await run(process.execPath, [CLI_ENTRY, "--help"]);
    assert.match(stdout, /^Usage: export-trakt/);
  });
});
