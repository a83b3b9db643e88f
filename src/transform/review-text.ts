// Tags Letterboxd's review editor accepts; every other tag is removed and
// its text kept. "<3" or "a < b" are not tags and stay as written.
const ALLOWED_TAGS = new Set(["b", "i", "a", "blockquote", "strong", "em"]);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const SAFE_LINK = /^<a\s+href="https?:\/\/[^"<>\s]+"\s*>$/i;

/** Keeps only the HTML that Letterboxd accepts in a review. */
export function toLetterboxdReview(text: string): string {
  return text.replace(TAG, (tag, name: string) => {
    const lower = name.toLowerCase();
    if (!ALLOWED_TAGS.has(lower)) return "";
    if (tag.startsWith("</")) return `</${lower}>`;
    if (lower === "a") return SAFE_LINK.test(tag) ? tag : "";
    return `<${lower}>`;
  });
}
