import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { parse } from "csv-parse/sync";
import fc from "fast-check";

import { OutputError } from "../shared/index.js";

import type { Table } from "./csv.js";
import { splitIntoParts } from "./split.js";

const PLAIN = { spreadsheetSafe: false };

function table(
  count: number,
  review = (index: number) => `Review ${index}`,
): Table {
  return {
    header: ["Title", "Review"],
    rows: Array.from({ length: count }, (_, index) => [
      `Film ${index}`,
      review(index),
    ]),
  };
}

function parsedRows(content: Buffer): string[][] {
  return parse(content.toString("utf8"));
}

describe("splitIntoParts", () => {
  it("writes one file with the header when everything fits", () => {
    const parts = splitIntoParts(
      table(3),
      { maxRows: 1900, maxBytes: 1_000_000 },
      PLAIN,
      "x.csv",
    );
    assert.equal(parts.length, 1);
    assert.equal(
      parts[0]?.content.toString(),
      "Title,Review\nFilm 0,Review 0\nFilm 1,Review 1\nFilm 2,Review 2\n",
    );
  });

  it("writes a header-only file for an empty table", () => {
    const parts = splitIntoParts(
      table(0),
      { maxRows: 10, maxBytes: 1000 },
      PLAIN,
      "x.csv",
    );
    assert.deepEqual(
      parts.map((part) => [part.content.toString(), part.rows]),
      [["Title,Review\n", 0]],
    );
  });

  it("starts a new part at the row limit", () => {
    const parts = splitIntoParts(
      table(4001),
      { maxRows: 1900, maxBytes: 1_000_000 },
      PLAIN,
      "x",
    );
    assert.deepEqual(
      parts.map((part) => part.rows),
      [1900, 1900, 201],
    );
  });

  it("keeps every part within both limits, each with the header, losing no row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 60 }), {
          maxLength: 80,
        }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 300, max: 3000 }),
        (reviews, maxRows, maxBytes) => {
          const source = table(reviews.length, (index) => reviews[index] ?? "");
          const parts = splitIntoParts(
            source,
            { maxRows, maxBytes },
            PLAIN,
            "x.csv",
          );
          const all: string[][] = [];
          for (const part of parts) {
            assert.ok(part.content.length <= maxBytes);
            assert.ok(part.rows <= maxRows);
            const [header, ...rows] = parsedRows(part.content);
            assert.deepEqual(header, ["Title", "Review"]);
            all.push(...rows);
          }
          assert.deepEqual(all, source.rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never cuts a multi-line review between two parts", () => {
    const review = "line\n".repeat(30);
    const parts = splitIntoParts(
      table(10, () => review),
      { maxRows: 100, maxBytes: 400 },
      PLAIN,
      "x",
    );
    for (const part of parts) {
      for (const [, text] of parsedRows(part.content).slice(1))
        assert.equal(text, review);
    }
  });

  it("refuses a row that cannot fit in any file", () => {
    assert.throws(
      () =>
        splitIntoParts(
          table(1, () => "x".repeat(5000)),
          { maxRows: 10, maxBytes: 4096 },
          PLAIN,
          "watched.csv",
        ),
      (error: unknown) =>
        error instanceof OutputError &&
        error.message ===
          "Row 1 of watched.csv is 5008 bytes, too large for a file of at most 4096 bytes. Raise --max-bytes.",
    );
  });
});
