import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { createTranslator, localize } from "../i18n/index.js";
import { InputError, UsageError } from "../shared/index.js";

import { translateError } from "./run.js";

describe("translateError", () => {
  it("keeps a detail with line breaks and escapes on the error's own line", () => {
    const error = new InputError(
      localize("reader.notArray", {
        path: "backup.json#x\nWrote 49 rows in 3 files to /tmp/safe\n\u001b]0;t\u0007",
        kind: "history",
        type: "object",
      }),
      "backup.json",
    );

    assert.equal(
      translateError(error, createTranslator("de").t),
      "„backup.json#xWrote 49 rows in 3 files to /tmp/safe“ sollte ein JSON-Array mit history-Einträgen enthalten, enthält aber einen Wert vom Typ object. Laden Sie den Export erneut von Trakt herunter; es wurde nichts geschrieben.",
    );
    // The English message keeps the detail as it was given.
    assert.match(error.message, /^"backup\.json#x\nWrote 49 rows/);
  });

  it("keeps the line breaks of the message itself", () => {
    const error = new UsageError(
      localize("config.problems", {
        count: 1,
        problems: ["export.output_dir: bad\nFix nothing"],
      }),
    );

    assert.equal(
      translateError(error, createTranslator("en").t),
      "The configuration has 1 problem:\n  - export.output_dir: badFix nothing\nFix it and run the command again.",
    );
  });
});
