import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { createTranslator, localize } from "../i18n/index.js";

import { translatePrintable } from "./printable-text.js";

const { t } = createTranslator("en");
const FORGED =
  "x\nWrote 49 rows in 3 files to /tmp/safe\n\u001b]0;owned\u0007\u202e";

describe("translatePrintable", () => {
  it("keeps outside text in a parameter on its own line", () => {
    const text = localize("reader.notArray", {
      path: `backup.json#${FORGED}`,
      kind: "history",
      type: "object",
    });
    assert.equal(
      translatePrintable(text, t),
      '"backup.json#xWrote 49 rows in 3 files to /tmp/safe" should hold a JSON array of history entries but holds object. Download the export from Trakt again; nothing was written.',
    );
  });

  it("keeps the breaks of the message and its list, and cleans each entry", () => {
    const text = localize("config.fileProblems", {
      path: "config\r\n.toml",
      count: 2,
      problems: [
        `a.b: ${FORGED}`,
        localize("config.notUrl", {
          path: "trakt.api_base_url\n",
          value: `"${FORGED}"`,
        }),
      ],
    });
    assert.equal(
      translatePrintable(text, t),
      [
        'The config file "config.toml" has 2 problems:',
        "  - a.b: xWrote 49 rows in 3 files to /tmp/safe",
        '  - trakt.api_base_url: must be an http(s) URL without user, query or fragment, such as "https://api.trakt.tv"; got "xWrote 49 rows in 3 files to /tmp/safe".',
        "Fix them and run the command again.",
      ].join("\n"),
    );
  });

  it("renders in the translator's language, numbers included", () => {
    const french = createTranslator("fr").t;
    const text = localize("reader.warning.truncated", {
      path: `a\n${FORGED}`,
      entries: 1000,
    });
    assert.match(
      translatePrintable(text, french),
      /^« axWrote 49 rows in 3 files to \/tmp\/safe » contient exactement 1\u202f000 /,
    );
  });
});
