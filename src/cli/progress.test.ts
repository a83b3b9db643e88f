import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";

import { createTranslator, type Language } from "../i18n/index.js";

import type { CliContext } from "./context.js";
import { createProgress } from "./progress.js";

function terminalContext(language: Language): {
  context: CliContext;
  printed: () => string;
} {
  const stderr = new PassThrough();
  let text = "";
  stderr.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  const context: CliContext = {
    stdout: new PassThrough(),
    stderr,
    isStderrTty: true,
    env: {},
    cwd: "/",
    now: () => new Date("2026-01-02T03:04:05Z"),
    translator: createTranslator(language),
  };
  return { context, printed: () => text };
}

/** The last state of a redrawn line: the text after the last erase. */
function lastLine(printed: string): string {
  return printed.split("\r\u001b[2K").at(-1) ?? "";
}

describe("progress line", () => {
  it("speaks the translator's language, with plural pages", () => {
    const { context, printed } = terminalContext("fr");
    const progress = createProgress(context);

    progress.update({ kind: "fetching", path: "/x", page: 1, pageCount: 3 });
    assert.equal(lastLine(printed()), "Récupération depuis Trakt : 1 page");
    progress.update({ kind: "fetching", path: "/x", page: 2, pageCount: 3 });
    assert.equal(lastLine(printed()), "Récupération depuis Trakt : 2 pages");
    progress.update({
      kind: "retrying",
      path: "/x",
      attempt: 1,
      delayMs: 1500,
    });
    assert.equal(
      lastLine(printed()),
      "Nouvel essai de /x dans 2 s (tentative 2)",
    );
  });

  it("draws the reading bar in German", () => {
    const { context, printed } = terminalContext("de");
    const progress = createProgress(context);

    progress.update({
      kind: "reading",
      filesDone: 3,
      filesTotal: 12,
      path: "a",
    });

    assert.equal(
      lastLine(printed()),
      `Lesen ${"█".repeat(6)}${"░".repeat(18)} 3/12 Dateien`,
    );
  });
});
