import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { toPrintable, toPrintableMultiline } from "./sanitize.js";

describe("toPrintable", () => {
  const cases: [string, string, string][] = [
    ["removes colour codes", "\u001b[31mred\u001b[0m", "red"],
    ["removes a terminal title sequence", "\u001b]0;owned\u0007title", "title"],
    [
      "removes line breaks that could fake a success line",
      "a\nWrote 9 rows\r",
      "aWrote 9 rows",
    ],
    [
      "removes right-to-left overrides and isolates",
      "evil\u202egnp.json\u2066x\u2069",
      "evilgnp.jsonx",
    ],
    [
      "keeps ordinary non-Latin text",
      "千と千尋の神隠し · WALL·E · Amélie",
      "千と千尋の神隠し · WALL·E · Amélie",
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.equal(toPrintable(input), expected);
    });
  }

  it("keeps line breaks and tabs in multi-line text, normalising CRLF", () => {
    assert.equal(toPrintableMultiline("a\r\nb\tc\u001b[1m\u202e"), "a\nb\tc");
  });
});
