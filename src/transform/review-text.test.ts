import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { MAX_REVIEW_CHARACTERS, toLetterboxdReview } from "./review-text.js";

describe("toLetterboxdReview", () => {
  const cases: [string, string, string][] = [
    [
      "keeps plain text and lone brackets",
      "a < b, <3 & more",
      "a < b, <3 & more",
    ],
    [
      "keeps the accepted tags",
      "<b>bold</b> <i>it</i> <em>x</em>",
      "<b>bold</b> <i>it</i> <em>x</em>",
    ],
    [
      "drops other tags but keeps their text",
      "<div>hi</div><script>x()</script>",
      "hix()",
    ],
    [
      "drops attributes from accepted tags",
      '<b onclick="x()">b</b>',
      "<b>b</b>",
    ],
    [
      "keeps a plain web link",
      '<a href="https://letterboxd.com/">l</a>',
      '<a href="https://letterboxd.com/">l</a>',
    ],
    ["drops a script link", '<a href="javascript:alert(1)">l</a>', "l</a>"],
    [
      "never rebuilds a tag from pieces",
      "<scr<x>ipt>alert(1)<</x>/script>",
      "alert(1)",
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.equal(toLetterboxdReview(input), expected);
    });
  }

  it("cuts a review longer than any import file can hold", () => {
    const review = toLetterboxdReview("x".repeat(MAX_REVIEW_CHARACTERS + 10));
    assert.equal(review.length, MAX_REVIEW_CHARACTERS);
  });
});
