import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { HEAT } from "../../../test/support/films.js";
import { makeTempDir } from "../../../test/support/temp.js";
import {
  historyItem,
  listItem,
  showListItem,
} from "../../../test/support/trakt-json.js";
import { writeZip } from "../../../test/support/zip.js";

// A key that would print a forged summary line, set the terminal's title
// and reverse what follows, if it were printed as it is.
const FORGED_KEY =
  "x\nWrote 49 rows in 3 files to /tmp/safe\n\u001b]0;owned\u0007\u202e-history_movies";
const SHOWN_KEY = "xWrote 49 rows in 3 files to /tmp/safe-history_movies";
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Every string in a parsed JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [
      key,
      ...stringsIn(item),
    ]);
  }
  return [];
}

describe("export: names taken from the input", () => {
  it("prints an error quoting a combined backup's key on one line", async () => {
    const cwd = await makeTempDir();
    await writeZip(join(cwd, "backup.zip"), {
      "backup.json": { [FORGED_KEY]: { not: "an array" } },
    });

    const result = await runCliForTest(
      ["export", "--from", "backup.zip", "--output", "out"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Error: "backup.json#${SHOWN_KEY}" should hold a JSON array of history entries but holds object. Download the export from Trakt again; nothing was written.\n`,
    );
  });

  it("keeps report.json free of control characters from keys and slugs", async () => {
    const cwd = await makeTempDir();
    const history = Array.from({ length: 10 }, (_, index) =>
      historyItem(index + 1, HEAT, `2020-01-0${(index % 9) + 1}T20:00:00Z`),
    );
    await writeZip(join(cwd, "backup.zip"), {
      "backup.json": { [FORGED_KEY]: history },
      "lists-lists.json": [
        {
          name: "Kept",
          privacy: "private",
          ids: { trakt: 7, slug: "kept\n\u001b[31mslug\u202e" },
        },
        {
          name: "",
          privacy: "private",
          ids: { trakt: 8, slug: "gone\u0007\nWarning: forged" },
        },
      ],
      "lists-list-7-kept.json": [
        listItem(1, HEAT, "2024-01-01T10:00:00Z"),
        showListItem(2, "The Wire", "2024-01-01T10:00:00Z"),
      ],
    });

    const result = await runCliForTest(
      ["export", "--from", "backup.zip", "--output", "out"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    const text = await readFile(join(cwd, "out", "report.json"), "utf8");
    const strings = stringsIn(JSON.parse(text));
    assert.deepEqual(
      strings.filter((value) => CONTROL.test(value)),
      [],
    );
    assert.ok(
      strings.some((value) => value.includes(SHOWN_KEY)),
      text,
    );
    assert.ok(
      strings.some((value) => value.includes('"keptslug"')),
      text,
    );
    assert.ok(
      strings.some((value) => value.includes('"goneWarning: forged"')),
      text,
    );
  });
});
