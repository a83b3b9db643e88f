import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { parse } from "csv-parse/sync";
import fc from "fast-check";

import { diaryTable, toCsvLine } from "./csv.js";

const PLAIN = { spreadsheetSafe: false };

describe("toCsvLine", () => {
  const cases: [string, (string | number | boolean | undefined)[], string][] = [
    ["plain fields", ["Heat", 1995, true], "Heat,1995,true\n"],
    ["an empty cell for undefined", ["Heat", undefined, "x"], "Heat,,x\n"],
    [
      "a comma",
      ["Crouching Tiger, Hidden Dragon", 2000],
      '"Crouching Tiger, Hidden Dragon",2000\n',
    ],
    [
      "inner quotes, doubled",
      ['The "Glass" Orchard, Part 2'],
      '"The ""Glass"" Orchard, Part 2"\n',
    ],
    ["a line break", ["line one\nline two"], '"line one\nline two"\n'],
    ["a carriage return", ["a\rb"], '"a\rb"\n'],
    ["leading or trailing spaces", [" lead", "trail "], '" lead","trail "\n'],
    ["a backslash as a literal", ["back\\slash"], "back\\slash\n"],
    [
      "non-Latin text unchanged",
      ["千と千尋の神隠し", "WALL·E", "Amélie"],
      "千と千尋の神隠し,WALL·E,Amélie\n",
    ],
  ];
  for (const [name, cells, expected] of cases) {
    it(`writes ${name}`, () => {
      assert.equal(toCsvLine(cells, PLAIN), expected);
    });
  }

  it("guards formula-like cells only when asked", () => {
    const cells = ["=HYPERLINK()", "+1", "-2", "@cmd", "Plain"];
    assert.equal(toCsvLine(cells, PLAIN), "=HYPERLINK(),+1,-2,@cmd,Plain\n");
    assert.equal(
      toCsvLine(cells, { spreadsheetSafe: true }),
      "'=HYPERLINK(),'+1,'-2,'@cmd,Plain\n",
    );
  });

  it("round-trips any text through a standard CSV parser", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 6 }),
        (cells) => {
          const line = toCsvLine(cells, PLAIN);
          const parsed: unknown = parse(line, { relax_column_count: false });
          assert.deepEqual(parsed, [cells]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps every column in place whatever the title holds", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (title) => {
        const { header, rows } = diaryTable([
          {
            title,
            year: 2000,
            imdbId: "tt0190332",
            tmdbId: 146,
            watchedDate: "2022-02-01",
            rating10: 8,
            rewatch: false,
            review: undefined,
          },
        ]);
        const text = toCsvLine(header, PLAIN) + toCsvLine(rows[0] ?? [], PLAIN);
        const parsed = parse<Record<string, string>>(text, { columns: true });
        assert.deepEqual(parsed, [
          {
            Title: title,
            Year: "2000",
            imdbID: "tt0190332",
            tmdbID: "146",
            WatchedDate: "2022-02-01",
            Rating10: "8",
            Rewatch: "false",
          },
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
