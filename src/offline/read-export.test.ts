import assert from "node:assert/strict";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import yazl from "yazl";

import { makeTempDir, writeTree } from "../../test/support/temp.js";
import {
  episodeHistoryItem,
  historyItem,
  listItem,
  ratingItem,
  userSettings,
} from "../../test/support/trakt-json.js";
import { ALIEN, HEAT } from "../../test/support/films.js";
import { writeZip, writeZipBomb } from "../../test/support/zip.js";
import { englishOf } from "../i18n/index.js";
import { InputError } from "../shared/index.js";

import { readTraktExport } from "./read-export.js";
import { DEFAULT_READ_LIMITS } from "./source.js";

function isInputError(message: string) {
  return (error: unknown) =>
    error instanceof InputError && error.message === message;
}

describe("readTraktExport", () => {
  it("finds files by base name in any folder of a ZIP, whatever their case", async () => {
    const dir = await makeTempDir();
    const zip = join(dir, "export.zip");
    await writeZip(zip, {
      "trakt-export/Data/WATCHED-HISTORY.JSON": [
        historyItem(1, HEAT, "2024-01-01T20:00:00Z"),
      ],
      "trakt-export/Ratings-Movies.json": [
        ratingItem(HEAT, 8, "2024-01-02T10:00:00Z"),
      ],
      "trakt-export/user-settings.json": userSettings("Europe/Lisbon"),
      "__MACOSX/trakt-export/._watched-history.json": "binary junk",
      "trakt-export/notes.md": "hello",
    });
    const result = await readTraktExport(zip);

    assert.equal(result.sourceKind, "zip");
    assert.equal(result.library.history?.length, 1);
    assert.equal(result.library.ratings[0]?.rating, 8);
    assert.equal(result.library.account.timezone, "Europe/Lisbon");
    assert.deepEqual(
      result.files
        .filter((file) => file.kind === "ignored")
        .map((file) => [file.path, file.note]),
      [
        ["__MACOSX/trakt-export/._watched-history.json", "macOS metadata"],
        ["trakt-export/notes.md", "not a .json or .txt file"],
      ],
    );
  });

  it("reads split history parts in numeric order and counts a repeated entry once", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "watched-history-10.json": [
        historyItem(10, HEAT, "2020-01-10T20:00:00Z"),
      ],
      "watched-history-2.json": [
        historyItem(2, HEAT, "2020-01-02T20:00:00Z"),
        historyItem(1, HEAT, "2020-01-01T20:00:00Z"),
      ],
      "watched-history-1.json": [historyItem(1, HEAT, "2020-01-01T20:00:00Z")],
    });
    const result = await readTraktExport(dir);

    assert.deepEqual(
      result.library.history?.map((event) => event.historyId),
      [1, 2, 10],
    );
    assert.deepEqual(result.warnings.map(englishOf), [
      "1 history entry appeared twice (same Trakt history id) and was counted once.",
    ]);
  });

  it("keeps two entries that share a history id but not a film", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "watched-history.json": [
        historyItem(1, HEAT, "2020-01-01T20:00:00Z"),
        historyItem(1, ALIEN, "2021-02-01T20:00:00Z"),
      ],
    });
    const { library } = await readTraktExport(dir);
    assert.deepEqual(
      library.history?.map((event) => event.film.title),
      ["Heat", "Alien"],
    );
  });

  it("refuses a file of millions of tiny values before parsing it", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "watched-history.json": `[${"{},".repeat(700_000)}{}]`,
    });
    await assert.rejects(
      readTraktExport(dir),
      isInputError(
        '"watched-history.json" holds 700,002 JSON objects or arrays in 2,100,004 bytes, far too many tiny values to be Trakt data. Use the files of your Trakt export; nothing was written.',
      ),
    );
  });

  it("reads one copy of an entry repeated in the archive, and says so", async () => {
    const dir = await makeTempDir();
    const zip = join(dir, "dup.zip");
    const yazlZip = new yazl.ZipFile();
    for (const zone of ["Asia/Tokyo", "America/Los_Angeles"]) {
      yazlZip.addBuffer(
        Buffer.from(JSON.stringify(userSettings(zone))),
        "user-settings.json",
      );
    }
    yazlZip.addBuffer(
      Buffer.from(
        JSON.stringify([historyItem(1, HEAT, "2020-01-01T20:00:00Z")]),
      ),
      "watched-history.json",
    );
    yazlZip.end();
    yazlZip.outputStream.pipe(createWriteStream(zip));
    await once(yazlZip.outputStream, "end");
    await new Promise((resolve) => setTimeout(resolve, 50));

    const result = await readTraktExport(zip);
    assert.equal(result.library.account.timezone, "Asia/Tokyo");
    assert.deepEqual(result.warnings.map(englishOf), [
      '"user-settings.json" appears twice in the archive; only the first copy was read.',
    ]);
  });

  it("names a file with control characters safely in messages", async () => {
    const dir = await makeTempDir();
    const zip = join(dir, "names.zip");
    await writeZip(zip, {
      "a\nWrote 999 rows\u202e/ratings-movies.json": "not json",
      "watched-history.json": [historyItem(1, HEAT, "2020-01-01T20:00:00Z")],
    });
    await assert.rejects(readTraktExport(zip), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.ok(!error.message.includes("\n"));
      assert.ok(!error.message.includes("\u202e"));
      assert.ok(
        error.message.startsWith(
          '"aWrote 999 rows/ratings-movies.json" is not valid JSON',
        ),
      );
      return true;
    });
  });

  it("counts episodes and shows as skipped, never as films", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "watched-history.json": [
        historyItem(1, HEAT, "2020-01-01T20:00:00Z"),
        episodeHistoryItem(2, "Breaking Bad", 1, 1, "2020-01-02T20:00:00Z"),
      ],
      "ratings-shows.json": [
        { rated_at: "2020-01-01T00:00:00Z", rating: 9, type: "show", show: {} },
      ],
    });
    const { library } = await readTraktExport(dir);
    assert.equal(library.history?.length, 1);
    assert.deepEqual(library.skipped, [
      { source: "history", reason: "episode", count: 1 },
      { source: "television files", reason: "television", count: 1 },
    ]);
  });

  it("reads darekkay-style .txt backups and kijart-style prefixed names", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "history_movies.txt": [historyItem(1, HEAT, "2020-01-01T20:00:00Z")],
      "someone-ratings_movies.json": [
        ratingItem(ALIEN, 7, "2020-01-01T20:00:00Z"),
      ],
      "watchlist_movies.txt": [listItem(1, ALIEN, "2020-01-01T20:00:00Z")],
    });
    const { library } = await readTraktExport(dir);
    assert.equal(library.history?.[0]?.film.title, "Heat");
    assert.equal(library.ratings[0]?.film.title, "Alien");
    assert.equal(library.watchlist?.[0]?.film.title, "Alien");
  });

  it("warns that a raw-API backup of exactly one page may be truncated", async () => {
    const dir = await makeTempDir();
    const items = Array.from({ length: 100 }, (_, index) =>
      historyItem(index + 1, HEAT, "2020-01-01T20:00:00Z"),
    );
    await writeTree(dir, { "history_movies.json": items });
    const { warnings } = await readTraktExport(dir);
    assert.deepEqual(warnings.map(englishOf), [
      `"history_movies.json" holds exactly 100 entries, a page size of Trakt's API: the backup may have saved only its first page. Check it against your Trakt profile.`,
    ]);
  });

  it("recognises a file by its content when the name is unknown, and trusts the shape", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "backup-2024.json": [historyItem(1, HEAT, "2020-01-01T20:00:00Z")],
      "ratings-movies.json": [historyItem(2, ALIEN, "2020-01-02T20:00:00Z")],
    });
    const result = await readTraktExport(dir);
    assert.deepEqual(
      result.library.history?.map((event) => event.film.title).sort(),
      ["Alien", "Heat"],
    );
    assert.deepEqual(result.warnings.map(englishOf), [
      '"ratings-movies.json" is named like ratings data but holds history data; it was read as history.',
    ]);
  });

  it("splits a combined backup document into its arrays", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "traktexport.json": {
        history: [historyItem(1, HEAT, "2020-01-01T20:00:00Z")],
        ratings: [ratingItem(HEAT, 9, "2020-01-02T20:00:00Z")],
        username: "someone",
      },
    });
    const { library } = await readTraktExport(dir);
    assert.equal(library.history?.length, 1);
    assert.equal(library.ratings[0]?.rating, 9);
  });

  it("names combined keys and list slugs in printable text only", async () => {
    const dir = await makeTempDir();
    const hostileKey =
      "x\nWrote 49 rows\n\u001b]0;owned\u0007\u202e-history_movies";
    const history = Array.from({ length: 10 }, (_, index) =>
      historyItem(index + 1, HEAT, `2020-01-0${(index % 9) + 1}T20:00:00Z`),
    );
    await writeTree(dir, {
      "backup.json": { [hostileKey]: history },
      "lists-lists.json": [
        {
          name: "Kept",
          privacy: "private",
          ids: { trakt: 7, slug: "kept\n\u001b[31mslug\u202e" },
        },
        {
          name: "",
          privacy: "private",
          ids: { trakt: 8, slug: "gone\r\nWarning: forged" },
        },
      ],
      "lists-list-7-kept.json": [
        listItem(1, ALIEN, "2024-01-01T10:00:00Z"),
        episodeHistoryItem(2, "The Wire", 1, 1, "2024-01-01T10:00:00Z"),
      ],
    });

    const { files, warnings, library } = await readTraktExport(dir);

    const key = "xWrote 49 rows-history_movies";
    assert.ok(files.some((file) => file.path === `backup.json#${key}`));
    assert.deepEqual(warnings.map(englishOf), [
      `"backup.json#${key}" holds exactly 10 entries, a page size of Trakt's API: the backup may have saved only its first page. Check it against your Trakt profile.`,
      'The list "goneWarning: forged" is in lists-lists.json but its items file (lists-list-8-goneWarning: forged.json) is missing; it was not exported.',
    ]);
    assert.deepEqual(
      library.lists.map((list) => list.slug),
      ["keptslug"],
    );
  });

  it("fails on a broken file it needs, naming the file", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "watched-history.json": [historyItem(1, HEAT, "2020-01-01T20:00:00Z")],
      "ratings-movies.json": '[{"rated_at": "2020-01-01", "rating": 8,',
    });
    await assert.rejects(
      readTraktExport(dir),
      (error: unknown) =>
        error instanceof InputError &&
        error.file === "ratings-movies.json" &&
        error.message.startsWith('"ratings-movies.json" is not valid JSON ('),
    );
  });

  it("lists an unknown file that is not JSON and carries on", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "watched-history.json": [historyItem(1, HEAT, "2020-01-01T20:00:00Z")],
      "mystery.json": "not json at all",
    });
    const { files } = await readTraktExport(dir);
    assert.deepEqual(
      files.find((file) => file.path === "mystery.json"),
      {
        path: "mystery.json",
        kind: "ignored",
        items: 0,
        note: "not valid JSON",
      },
    );
  });

  it("says clearly when there is no Trakt data at all", async () => {
    const dir = await makeTempDir();
    await writeTree(dir, {
      "readme.txt": "hello",
      "watched_movies.csv": "Title\nHeat\n",
    });
    await assert.rejects(
      readTraktExport(dir),
      isInputError(
        `No Trakt film data was found in "${dir}" (files looked at: 2). Pass the ZIP from Trakt's "Export your data" page, or a folder with files such as watched-history.json and ratings-movies.json.`,
      ),
    );
  });

  it("reports broken JSON in a file given by itself, whatever its name", async () => {
    const dir = await makeTempDir();
    const path = join(dir, "my-backup.json");
    await writeFile(path, "{ broken");
    await assert.rejects(
      readTraktExport(path),
      (error: unknown) =>
        error instanceof InputError &&
        error.message.startsWith('"my-backup.json" is not valid JSON ('),
    );
  });

  it("refuses a path that is not an export", async () => {
    const dir = await makeTempDir();
    const path = join(dir, "photo.png");
    await writeFile(path, "not a zip");
    await assert.rejects(
      readTraktExport(path),
      isInputError(
        `"${path}" is not a ZIP archive, a folder, or a .json/.txt file. Pass your Trakt data export (.zip) or a raw-API backup.`,
      ),
    );
    await assert.rejects(readTraktExport(join(dir, "missing.zip")), InputError);
  });

  it("refuses a ZIP whose entry inflates to 2 GB, quickly and without reading it", async () => {
    const dir = await makeTempDir();
    const zip = join(dir, "bomb.zip");
    await writeZipBomb(zip, "watched-history.json", 2 * 1024 ** 3);
    const rssBefore = process.memoryUsage().rss;

    await assert.rejects(
      readTraktExport(zip),
      isInputError(
        `"${zip}" would unpack to 2,048 MiB, over the 512 MiB limit; it is not a plausible Trakt export (or it is a ZIP bomb). Nothing was written.`,
      ),
    );
    assert.ok(process.memoryUsage().rss - rssBefore < 64 * 1024 ** 2);
  });

  it("refuses one entry over the size limit for a single file", async () => {
    const dir = await makeTempDir();
    const zip = join(dir, "big.zip");
    await writeZipBomb(zip, "watched-history.json", 100 * 1024 ** 2);
    await assert.rejects(
      readTraktExport(zip),
      isInputError(
        `"watched-history.json" is 100 MiB, over the 64 MiB limit for one file. Replace it with the file from your Trakt export; nothing was written.`,
      ),
    );
  });

  it("stops inflating an entry whose header understates its size", async () => {
    const dir = await makeTempDir();
    const zip = join(dir, "liar.zip");
    await writeZipBomb(zip, "watched-history.json", 64 * 1024 ** 2, 1000);
    await assert.rejects(
      readTraktExport(zip),
      isInputError(
        `"watched-history.json" in "${zip}" does not inflate to the 1,000 bytes its header declares: the archive is damaged or built to mislead (a ZIP bomb). Download the export from Trakt again; nothing was written.`,
      ),
    );
  });

  it("refuses an entry with an implausible compression ratio", async () => {
    const dir = await makeTempDir();
    const zip = join(dir, "dense.zip");
    await writeZipBomb(zip, "watched-history.json", 64 * 1024 ** 2);
    await assert.rejects(
      readTraktExport(zip),
      (error: unknown) =>
        error instanceof InputError &&
        error.message.includes("over the limit of 200 (a ZIP bomb)"),
    );
  });

  it("refuses an archive with more entries than the limit", async () => {
    const dir = await makeTempDir();
    const zip = join(dir, "many.zip");
    const files = Object.fromEntries(
      Array.from({ length: 6 }, (_, index) => [`file-${index}.json`, []]),
    );
    await writeZip(zip, files);
    await assert.rejects(
      readTraktExport(zip, {
        limits: { ...DEFAULT_READ_LIMITS, maxEntries: 5 },
      }),
      isInputError(
        `"${zip}" holds more than 5 entries; a Trakt export has far fewer. Nothing was read.`,
      ),
    );
  });
});
