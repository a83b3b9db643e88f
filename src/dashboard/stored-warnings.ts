/**
 * Shows the warnings of a saved report.json in the viewer's language. The
 * file is read from disk, so it is treated as hostile: a warning is
 * translated only when its key is a known warning message and its
 * parameters are exactly that message's placeholders, with a number where
 * the message counts; anything else shows the English text the file holds.
 */
import { z } from "zod";

import {
  CATALOGUES,
  listPlaceholders,
  type MessageKey,
  type Translate,
} from "../i18n/index.js";
import { toPrintable } from "../shared/index.js";

// Only warnings: a report.json must not make the page show any other text
// of the catalogue (a login prompt, a success notice).
const WARNING_PREFIXES = ["warning.", "reader.warning."] as const;

const StoredMessageSchema = z.strictObject({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

function isWarningKey(key: string): key is MessageKey {
  return (
    Object.hasOwn(CATALOGUES.en, key) &&
    WARNING_PREFIXES.some((prefix) => key.startsWith(prefix))
  );
}

function translateStoredWarning(
  english: string,
  stored: unknown,
  t: Translate,
): string {
  const parsed = StoredMessageSchema.safeParse(stored);
  if (!parsed.success || !isWarningKey(parsed.data.key)) return english;

  const { key, params } = parsed.data;
  const message = CATALOGUES.en[key];
  const expected = listPlaceholders(message).join(",");
  const given = Object.keys(params).sort().join(",");
  if (given !== expected) return english;
  if (typeof message !== "string" && typeof params.count !== "number") {
    return english;
  }
  return t(key, params);
}

/**
 * The warnings of a report, one line each, in the translator's language
 * where `warningMessages` allows it and in the saved English otherwise.
 */
export function translateStoredWarnings(
  report: { warnings: readonly string[]; warningMessages?: unknown },
  t: Translate,
): string[] {
  const stored: readonly unknown[] = Array.isArray(report.warningMessages)
    ? report.warningMessages
    : [];
  return report.warnings.map((english, index) =>
    toPrintable(translateStoredWarning(english, stored[index], t)),
  );
}
