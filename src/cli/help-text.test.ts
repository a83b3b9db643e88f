import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";

import type { Command } from "commander";

import { runCliForTest } from "../../test/support/cli.js";
import { makeTempDir } from "../../test/support/temp.js";
import { createTranslator } from "../i18n/index.js";

import type { CliContext } from "./context.js";
import { translateTerms } from "./help-text.js";
import { buildProgram } from "./program.js";

// Words that read the same in every language: units, formats, grammar names.
const NEUTRAL_TERMS = new Set(["url", "n", "ms", "iana", "cron", "spec"]);

function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

/** Every `<word>` and `[word]` in the program's option and argument terms. */
function placeholderWords(program: Command): Set<string> {
  const words = new Set(["options", "command"]);
  for (const command of everyCommand(program)) {
    const terms = [
      ...command.options.map((option) => option.flags),
      ...command.registeredArguments.map((argument) => `<${argument.name()}>`),
    ];
    for (const term of terms) {
      for (const match of term.matchAll(/[<[]([\w-]+)(?:\.\.\.)?[>\]]/g)) {
        words.add(match[1] ?? "");
      }
    }
  }
  return words;
}

describe("help text in the user's language", () => {
  it("translates the usage line, option terms and argument names in German", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["config", "migrate", "--help"], {
      cwd,
      env: { LANG: "de_DE.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.split("\n");
    for (const line of [
      "Aufruf: export-trakt config migrate [Optionen] <alte-Konfig>",
      "  alte-Konfig      die config.toml des Go-Werkzeugs",
      "  --config <Pfad>  Konfigurationsdatei (TOML)",
      "  --output <Pfad>  wohin geschrieben wird (Standard: export-trakt.toml daneben)",
    ]) {
      assert.ok(
        lines.includes(line),
        `missing line: ${line}\n${result.stdout}`,
      );
    }
  });

  it("translates the command list's terms in French and keeps neutral ones", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["--help"], {
      cwd,
      env: { LANG: "fr_FR.UTF-8", HOME: cwd },
    });

    assert.match(
      result.stdout,
      /^Utilisation : export-trakt \[options\] \[commande\]$/m,
    );
    assert.match(result.stdout, /^ {2}decrypt \[options\] <fichier> /m);
    assert.match(result.stdout, /^ {2}schedule \[options\] \[cron\] /m);
    assert.match(result.stdout, /^ {2}help \[commande\] /m);
  });

  it("has a translation or a neutral spelling for every placeholder word", () => {
    const context: CliContext = {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      isStderrTty: false,
      env: {},
      cwd: process.cwd(),
      now: () => new Date("2026-01-02T03:04:05Z"),
      translator: createTranslator("en"),
    };
    const { t } = createTranslator("de");
    const words = placeholderWords(buildProgram(context));

    const untranslated = [...words].filter(
      (word) =>
        !NEUTRAL_TERMS.has(word) &&
        translateTerms(`<${word}>`, t) === `<${word}>`,
    );

    assert.ok(words.has("file") && words.has("old-config"), [...words].join());
    assert.deepEqual(untranslated, []);
  });

  it("leaves English help words as they were", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["decrypt", "--help"], { cwd });

    assert.match(
      result.stdout,
      /^Usage: export-trakt decrypt \[options\] <file>$/m,
    );
  });
});
