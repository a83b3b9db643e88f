// Tags Letterboxd's review editor accepts; every other tag is removed and
// its text kept. "<3" or "a < b" are not tags and stay as written.
const ALLOWED_TAGS = new Set(["b", "i", "a", "blockquote", "strong", "em"]);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const SAFE_LINK = /^<a\s+href="https?:\/\/[^"<>\s]+"\s*>$/i;

/** Longest review kept; longer text is cut, since no import file could hold it. */
export const MAX_REVIEW_CHARACTERS = 100_000;

function filterTagsOnce(text: string): string {
  return text.replace(TAG, (tag, name: string) => {
    const lower = name.toLowerCase();
    if (!ALLOWED_TAGS.has(lower)) return "";
    if (tag.startsWith("</")) return `</${lower}>`;
    if (lower === "a") return SAFE_LINK.test(tag) ? tag : "";
    return `<${lower}>`;
  });
}

/**
 * Keeps only the HTML that Letterboxd accepts in a review. Filtering repeats
 * until nothing changes: removing `<x>` from `<scr<x>ipt>` must not leave a
 * new tag behind.
 */
export function toLetterboxdReview(text: string): string {
  let current =
    text.length > MAX_REVIEW_CHARACTERS
      ? text.slice(0, MAX_REVIEW_CHARACTERS)
      : text;
  for (;;) {
    const next = filterTagsOnce(current);
    if (next === current) return current;
    current = next;
  }
}
