import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { parse } from "csv-parse/sync";

import { sandboxDataFromExport, type Sandbox } from "../../sandbox/index.js";
import { runCliForTest, type CliResult } from "../../../test/support/cli.js";
import { writeExportVersions } from "../../../test/support/export-versions.js";
import { makeTempDir } from "../../../test/support/temp.js";
import {
  cliDependencies,
  createRecordingClock,
  loggedInStore,
  startSandbox,
} from "../../../test/support/trakt-client.js";

async function exportFrom(
  sandbox: Sandbox,
  cwd: string,
  args: string[],
): Promise<CliResult> {
  const trakt = cliDependencies(
    sandbox,
    loggedInStore(sandbox),
    createRecordingClock(),
  );
  return runCliForTest(
    ["export", "--api-base-url", sandbox.apiBaseUrl, ...args],
    { cwd, trakt },
  );
}

/** The top-up both paths must write after the new viewings and rating. */
const NEW_DIARY = [
  "Title,Year,imdbID,tmdbID,WatchedDate,Rating10,Rewatch",
  "The Dark Knight,2008,tt0468569,155,2025-01-10,9,true",
  "Past Lives,2023,tt13238346,666277,2025-01-12,,false",
  "The Godfather,1972,tt0068646,238,,9,",
  "",
].join("\n");

/** Dated diary entries as Letterboxd would log them: film, day, rewatch. */
async function diaryEntries(folder: string): Promise<string[]> {
  const rows: unknown = parse(await readFile(join(folder, "watched.csv")), {
    columns: true,
  });
  assert.ok(Array.isArray(rows));
  return rows
    .filter((row: Record<string, string>) => row.WatchedDate !== "")
    .map(
      (row: Record<string, string>) =>
        `${row.Title} (${row.Year}) ${row.WatchedDate} ${row.Rewatch}`,
    )
    .sort();
}

async function assertNoDiaryDuplicates(
  cwd: string,
  first: string,
  second: string,
): Promise<void> {
  const full = await runCliForTest(
    ["export", "--from", join(cwd, "versions", "after"), "--output", "full"],
    { cwd },
  );
  assert.equal(full.code, 0, full.stderr);
  const imported = [
    ...(await diaryEntries(join(cwd, first))),
    ...(await diaryEntries(join(cwd, second))),
  ].sort();
  assert.equal(new Set(imported).size, imported.length, "duplicate entry");
  assert.deepEqual(imported, await diaryEntries(join(cwd, "full")));
}

describe("incremental exports with --since last", () => {
  it("writes only new viewings and changed ratings from the API, with rewatch flags from the whole history", async () => {
    const cwd = await makeTempDir();
    const versions = await writeExportVersions(join(cwd, "versions"));
    const before = await startSandbox({
      data: await sandboxDataFromExport(versions.before),
    });
    const later = await startSandbox({
      data: await sandboxDataFromExport(versions.after),
    });

    const first = await exportFrom(before, cwd, ["--output", "first"]);
    assert.equal(first.code, 0, first.stderr);
    const second = await exportFrom(later, cwd, [
      "--since",
      "last",
      "--output",
      "second",
    ]);

    assert.equal(second.code, 0, second.stderr);
    assert.equal(
      await readFile(join(cwd, "second", "watched.csv"), "utf8"),
      NEW_DIARY,
    );
    await assertNoDiaryDuplicates(cwd, "first", "second");
  });

  it("writes only new viewings and changed ratings from a newer data export", async () => {
    const cwd = await makeTempDir();
    const versions = await writeExportVersions(join(cwd, "versions"));

    const first = await runCliForTest(
      ["export", "--from", versions.before, "--output", "first"],
      { cwd },
    );
    assert.equal(first.code, 0, first.stderr);
    const second = await runCliForTest(
      [
        "export",
        "--from",
        versions.after,
        "--since",
        "last",
        "--output",
        "second",
      ],
      { cwd },
    );

    assert.equal(second.code, 0, second.stderr);
    assert.equal(
      await readFile(join(cwd, "second", "watched.csv"), "utf8"),
      NEW_DIARY,
    );
    await assertNoDiaryDuplicates(cwd, "first", "second");
  });
});

function activities(watchlistedAt: string) {
  return {
    all: watchlistedAt,
    movies: {
      watched_at: "2024-11-02T22:30:00.000Z",
      rated_at: "2024-11-02T22:35:00.000Z",
      commented_at: "2024-03-11T08:00:00.000Z",
      watchlisted_at: watchlistedAt,
      collected_at: "2023-01-01T00:00:00.000Z",
    },
    lists: { updated_at: "2024-09-01T12:00:00.000Z" },
  };
}

describe("incremental exports and sync/last_activities", () => {
  it("fetches only the categories whose activity times changed", async () => {
    const cwd = await makeTempDir();
    const versions = await writeExportVersions(join(cwd, "versions"));
    const data = await sandboxDataFromExport(versions.before);
    const before = await startSandbox({
      data: {
        ...data,
        lastActivities: activities("2024-10-01T10:00:00.000Z"),
      },
    });
    const later = await startSandbox({
      data: {
        ...data,
        lastActivities: activities("2025-01-20T10:00:00.000Z"),
      },
    });

    const first = await exportFrom(before, cwd, ["--since", "last"]);
    assert.equal(first.code, 0, first.stderr);
    assert.ok(
      before.stats().requests.some((r) => r.path === "/sync/last_activities"),
      "the first incremental run must record last_activities",
    );
    const second = await exportFrom(later, cwd, [
      "--since",
      "last",
      "--output",
      "second",
    ]);

    assert.equal(second.code, 0, second.stderr);
    const requested = later.stats().requests.map((record) => record.path);
    assert.deepEqual(requested.sort(), [
      "/sync/last_activities",
      "/sync/watchlist/movies",
      "/users/settings",
    ]);
    for (const skipped of [
      "/sync/history/movies",
      "/sync/ratings/movies",
      "/users/me/comments/all/movies",
      "/users/me/lists",
      "/users/me/lists/4821/items/movie",
    ]) {
      assert.ok(!requested.includes(skipped), `${skipped} was fetched`);
    }
    assert.ok(
      second.stderr.includes(
        "Unchanged on Trakt since the last export, so not written again: watched, lists.",
      ),
      second.stderr,
    );
  });
});
