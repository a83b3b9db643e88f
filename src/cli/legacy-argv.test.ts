import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { runCliForTest } from "../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../test/support/paths.js";
import { makeTempDir } from "../../test/support/temp.js";

import { rewriteLegacyArgv } from "./legacy-argv.js";

const REWRITES: [string[], string[]][] = [
  [["--run"], ["export"]],
  [
    ["--run", "--export", "all"],
    ["export", "--export", "all"],
  ],
  [
    ["-run", "-export=ratings,watchlist"],
    ["export", "--export", "watched,watchlist"],
  ],
  [
    ["--export", "watched", "export"],
    ["export", "--export", "watched"],
  ],
  [["--run", "export"], ["export"]],
  [["--run", "server"], ["export"]],
  [["--mode", "initial", "--run"], ["export"]],
  [
    ["--history-mode", "aggregated", "--run"],
    ["export", "--history-mode", "aggregated"],
  ],
  [["--history-mode=individual"], ["export", "--history-mode", "individual"]],
  [
    ["--schedule", "0 3 * * *", "--export", "all"],
    ["schedule", "0 3 * * *", "--export", "all"],
  ],
  [["--validate-security"], ["validate", "--security"]],
  [["token-status"], ["token", "status"]],
  [["token-refresh"], ["token", "refresh"]],
  [["token-clear"], ["token", "clear"]],
  [["fix-permissions"], ["validate", "--security", "--fix"]],
  [
    ["--config", "config/config.toml", "token-status"],
    ["token", "status", "--config", "config/config.toml"],
  ],
  [
    ["-config=c.toml", "export", "--from", "x.zip"],
    ["export", "--config", "c.toml", "--from", "x.zip"],
  ],
  [
    ["--run", "--from", "x.zip"],
    ["export", "--from", "x.zip"],
  ],
];

const UNCHANGED: string[][] = [
  [],
  ["export", "--export", "all", "--mode", "x"],
  ["--version"],
  ["-V"],
  ["--help"],
  ["schedule", "@daily", "--from", "x.zip"],
  ["audit", "verify"],
];

describe("legacy argv: the Go tool's invocations", () => {
  for (const [before, after] of REWRITES) {
    it(`rewrites "${before.join(" ")}"`, () => {
      assert.deepEqual(rewriteLegacyArgv(before).argv, after);
    });
  }

  for (const argv of UNCHANGED) {
    it(`leaves "${argv.join(" ")}" alone`, () => {
      assert.deepEqual(rewriteLegacyArgv(argv), {
        argv,
        note: undefined,
      });
    });
  }

  it("names the new form in one line, quoting words with spaces", () => {
    assert.equal(
      rewriteLegacyArgv(["--schedule", "0 3 * * *", "--export", "all"]).note
        ?.english,
      'Note: this is the Go tool\'s form; from now on write: export-trakt schedule "0 3 * * *" --export all',
    );
  });

  it("runs the export and prints the note first on stderr", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(
      ["--run", "--export", "watched", "--from", SAMPLE_ZIP],
      { cwd },
    );
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stderr.split("\n")[0],
      `Note: this is the Go tool's form; from now on write: export-trakt export --export watched --from ${SAMPLE_ZIP}`,
    );
  });

  it("prints the note in French with the new command line", async () => {
    const cwd = await makeTempDir();
    const result = await runCliForTest(
      ["token-status", "--config", "my config.toml"],
      { cwd, env: { LANG: "fr_FR.UTF-8", HOME: cwd } },
    );

    assert.equal(
      result.stderr.split("\n")[0],
      "Remarque : c'est la forme de l'outil Go ; écrivez désormais : export-trakt token status --config \"my config.toml\"",
    );
  });
});
