import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import {
  access,
  chmod,
  mkdir,
  readdir,
  readFile,
  symlink,
  writeFile,
} from "node:fs/promises";
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
import { HEAT } from "../../../test/support/films.js";
import { historyItem, listItem } from "../../../test/support/trakt-json.js";

const run = promisify(execFile);

interface AuditLine {
  event_type: string;
  result: string;
}

async function auditRecords(cwd: string): Promise<AuditLine[]> {
  const dir = join(cwd, "logs", "audit");
  const lines: AuditLine[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const text = await readFile(join(dir, file), "utf8");
    for (const line of text.split("\n").filter(Boolean)) {
      lines.push(JSON.parse(line) as AuditLine);
    }
  }
  return lines;
}

async function auditEventTypes(cwd: string): Promise<string[]> {
  return (await auditRecords(cwd)).map((record) => record.event_type);
}

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
    assert.equal(
      result.stderr,
      [
        `Read 12 files from ${SAMPLE_ZIP} (time zone Europe/Paris, the Trakt account's).`,
        "  watched.csv                     42 rows → https://letterboxd.com/import/",
        "  watchlist.csv                    3 rows → https://letterboxd.com/watchlist/ (only there: the profile import would mark every film as watched)",
        '  lists/sci-fi-essentials.csv      4 rows → https://letterboxd.com/list/new/ as "Sci-fi, essentials"',
        "- 34 films from 41 viewings",
        "- 1 same-day viewing merged into one diary entry (Letterboxd keeps one per film and day)",
        '- 1 of your reviews is marked as a spoiler on Trakt; the import has no spoiler flag, so tick "contains spoilers" on Letterboxd after importing.',
        "- 1 watchlist note was not carried: Letterboxd's watchlist import takes no notes.",
        "- 2 films have no dated viewing (rated, reviewed or logged without a date): they get undated rows, which mark them as watched without a diary entry.",
        "- 4 TV episodes in history not exported",
        "- 1 reply to a comment in comments not exported",
        "- 1 show in watchlist not exported",
        '- 1 show in list "sci-fi-essentials" not exported',
        "- 2 TV items in television files not exported",
        "- 1 row without IMDb or TMDB id: Letterboxd will match by title, so check them",
        "Warning: 1 history entry appeared twice (same Trakt history id) and was counted once.",
        "Letterboxd imports cannot be undone: check the matches on each page before you confirm.",
        `Wrote 49 rows in 3 files to ${folder}`,
        "",
      ].join("\n"),
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
    assert.deepEqual(await readdir(cwd), ["logs"]);
    assert.deepEqual(await auditEventTypes(cwd), [
      "system_start",
      "data_export",
      "system_stop",
    ]);
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
        { cwd, env: { PATH: process.env.PATH, HOME: cwd, ...env } },
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

describe("export: configuration", () => {
  it("takes its defaults from the config file, and flags win over them", async () => {
    const cwd = await makeTempDir();
    await writeTree(cwd, {
      "config/config.toml": [
        "[export]",
        'timezone = "America/Los_Angeles"',
        'history_mode = "aggregated"',
        'output_dir = "exports/nightly"',
        'types = ["watched"]',
        "",
      ].join("\n"),
    });
    await chmod(join(cwd, "config/config.toml"), 0o600);
    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--json"],
      {
        cwd,
      },
    );
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as {
      outputDir: string;
      timeZone: { name: string; source: string };
      historyMode: string;
      files: { path: string }[];
    };
    assert.deepEqual(report.timeZone, {
      name: "America/Los_Angeles",
      source: "option",
    });
    assert.equal(report.historyMode, "aggregated");
    assert.deepEqual(
      report.files.map((file) => file.path),
      ["watched.csv"],
    );
    assert.equal(
      report.outputDir,
      join(cwd, "exports", "nightly", "export_2026-01-01_19-04-05"),
    );

    const flagged = await runCliForTest(
      [
        "export",
        "--from",
        SAMPLE_ZIP,
        "--json",
        "--timezone",
        "UTC",
        "--dry-run",
      ],
      { cwd },
    );
    const dryReport = JSON.parse(flagged.stdout) as {
      timeZone: { name: string };
    };
    assert.equal(dryReport.timeZone.name, "UTC");
  });

  it("refuses an output_dir outside the working and config folders unless it is allowed", async () => {
    const root = await makeTempDir();
    const cwd = join(root, "work");
    await writeTree(cwd, {
      "config/config.toml": '[export]\noutput_dir = "../elsewhere"\n',
    });
    await chmod(join(cwd, "config/config.toml"), 0o600);

    const refused = await runCliForTest(["export", "--from", SAMPLE_ZIP], {
      cwd,
    });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /is outside the allowed folders/);
    assert.deepEqual(await readdir(root), ["work"]);

    await writeTree(cwd, {
      "config/config.toml":
        '[export]\noutput_dir = "../elsewhere"\n[security.filesystem]\nallowed_base_paths = ["config", "logs", "../elsewhere"]\n',
    });
    await chmod(join(cwd, "config/config.toml"), 0o600);
    const allowed = await runCliForTest(["export", "--from", SAMPLE_ZIP], {
      cwd,
    });
    assert.equal(allowed.code, 0, allowed.stderr);
  });

  it("keeps lists/collection.csv for the collection, whatever a list is called", async () => {
    const cwd = await makeTempDir();
    await writeTree(join(cwd, "trakt"), {
      "lists-lists.json": [
        {
          name: "Collection",
          privacy: "private",
          item_count: 1,
          ids: { trakt: 77, slug: "collection" },
        },
      ],
      "lists-list-77-collection.json": [
        listItem(1, HEAT, "2020-01-01T00:00:00Z"),
      ],
      "collection-movies.json": [],
    });
    for (const kinds of ["lists", "all"]) {
      const result = await runCliForTest(
        ["export", "--from", "trakt", "--export", kinds, "--json", "--dry-run"],
        { cwd },
      );
      const report = JSON.parse(result.stdout) as { files: { path: string }[] };
      assert.ok(
        report.files.some((file) => file.path === "lists/collection-77.csv"),
        `--export ${kinds}`,
      );
    }
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
      "Error: Option '--history-mode <mode>' argument 'daily' is invalid. Allowed choices are individual, aggregated. Run \"export-trakt export --help\" for the usage.",
    ],
    [
      "an unknown flag",
      ["--colour"],
      "Error: Unknown option '--colour'. Run \"export-trakt export --help\" for the usage.",
    ],
    [
      "an empty output folder",
      ["--output", ""],
      "Error: --output is empty. Give the folder to write, for example --output exports/letterboxd.",
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
    // The env backend: no keyring daemon is needed, and nothing is stored.
    await writeTree(cwd, {
      "config/config.toml": '[security]\nkeyring_backend = "env"\n',
    });
    await chmod(join(cwd, "config/config.toml"), 0o600);
    const result = await runCliForTest(["export"], { cwd });
    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      'Error: No Trakt client id is set. Put your app\'s values from https://app.trakt.tv/settings/apps in the credential store ("export-trakt credentials set"), the config file ([trakt] client_id), or TRAKT_CLIENT_ID and TRAKT_CLIENT_SECRET; or use --from with a Trakt data export instead.',
    );
    assert.deepEqual(await readdir(cwd), ["config"]);
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
    assert.deepEqual((await readdir(cwd)).sort(), ["input", "logs"]);
    const failures = (await auditRecords(cwd)).filter(
      (record) => record.event_type === "data_export",
    );
    assert.deepEqual(
      failures.map((record) => record.result),
      ["failure"],
    );
  });

  it("refuses a non-empty output folder, and --force replaces only an earlier export", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "out"));
    await writeFile(join(cwd, "out", "watched.csv"), "my own notes");

    for (const extra of [[], ["--force"]]) {
      const refused = await runCliForTest(
        ["export", "--from", SAMPLE_ZIP, "--output", "out", ...extra],
        { cwd },
      );
      assert.equal(refused.code, 1);
      assert.deepEqual(await readdir(join(cwd, "out")), ["watched.csv"]);
    }

    const first = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "earlier"],
      { cwd },
    );
    assert.equal(first.code, 0, first.stderr);
    await writeFile(join(cwd, "earlier", "watched.csv"), "stale");
    const forced = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "earlier", "--force"],
      { cwd },
    );
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(
      await readFile(join(cwd, "earlier", "watched.csv"), "utf8"),
      /^Title,Year,imdbID/,
    );
  });

  it("refuses an output folder that holds the input, before writing", async () => {
    const cwd = await makeTempDir();
    await writeTree(join(cwd, "trakt"), {
      "watched-history.json": [historyItem(1, HEAT, "2020-01-01T00:00:00Z")],
    });
    const result = await runCliForTest(
      ["export", "--from", "trakt", "--output", ".", "--force"],
      { cwd },
    );
    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      'Error: --output "." contains the input "trakt": writing there could destroy the export being read. Choose another --output folder.\n',
    );
    assert.deepEqual(await readdir(join(cwd, "trakt")), [
      "watched-history.json",
    ]);
  });

  it("refuses an output folder that is a symbolic link, writing nothing", async () => {
    const cwd = await makeTempDir();
    const standIn = join(cwd, "stand-in-for-a-system-folder");
    await mkdir(standIn);
    await symlink(standIn, join(cwd, "out"));
    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out"],
      { cwd },
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^Error: Refusing to write ".*out": /);
    assert.deepEqual(await readdir(standIn), []);
    assert.ok((await auditEventTypes(cwd)).includes("security_violation"));
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
    const cwd = await makeTempDir();
    const { stdout } = await run(process.execPath, [CLI_ENTRY, "--help"], {
      cwd,
      env: { PATH: process.env.PATH, HOME: cwd, LANG: "C" },
    });
    assert.match(stdout, /^Usage: export-trakt/);
  });
});
