import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { PersonalList } from "../trakt/index.js";

import { chooseListFileNames } from "./list-rows.js";

function list(slug: string, traktId: number): PersonalList {
  return { traktId, slug, name: slug, description: undefined, entries: [] };
}

describe("chooseListFileNames", () => {
  it("uses plain slugs and replaces hostile or reserved ones", () => {
    const names = chooseListFileNames(
      [
        list("best-of-2020", 1),
        list("../escape", 2),
        list("", 3),
        list("con", 4),
        list("collection", 5),
        list("best-of-2020", 6),
        list("Ünïcode", 7),
      ],
      ["collection"],
    );
    assert.deepEqual(names, [
      "best-of-2020",
      "list-2",
      "list-3",
      "list-4",
      "collection-5",
      "best-of-2020-6",
      "list-7",
    ]);
  });
});
