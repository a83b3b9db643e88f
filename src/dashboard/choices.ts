import { z } from "zod";

import { DEFAULT_EXPORT_KINDS, EXPORT_KINDS } from "../export/index.js";
import { isKnownTimeZone } from "../transform/index.js";

import type { ExportChoices } from "./dependencies.js";
import type { FormFields } from "./form-body.js";

const optionalText = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const oneOrMany = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/** The export options of the Convert and Export forms. */
const ExportChoicesSchema = z.object({
  timezone: optionalText.refine(
    (value) => value === undefined || isKnownTimeZone(value),
    { error: "not a known IANA time zone" },
  ),
  historyMode: z.enum(["individual", "aggregated"]).default("individual"),
  include: oneOrMany
    .pipe(z.array(z.enum(EXPORT_KINDS)).min(1))
    .default([...DEFAULT_EXPORT_KINDS]),
  since: optionalText.pipe(z.iso.date().optional()),
});

/** Validates the form's export options; throws ZodError (a 400) when wrong. */
export function parseExportChoices(fields: FormFields): ExportChoices {
  const parsed = ExportChoicesSchema.parse(fields);
  return {
    timeZone: parsed.timezone,
    historyMode: parsed.historyMode,
    include: [...new Set(parsed.include)],
    sinceDate: parsed.since,
  };
}
