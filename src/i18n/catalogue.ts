import type { PluralForms } from "./catalogue-types.js";
import { de } from "./de/index.js";
import { en } from "./en/index.js";
import { es } from "./es/index.js";
import { fr } from "./fr/index.js";

export const LANGUAGES = ["en", "fr", "de", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every message key; a key missing from English does not compile. */
export type MessageKey = keyof typeof en;

/** One language's messages: the English keys, plurals where English has them. */
export type Catalogue = {
  readonly [Key in MessageKey]: (typeof en)[Key] extends string
    ? string
    : PluralForms;
};

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  en,
  fr,
  de,
  es,
};

/** Native names, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  fr: "Français",
  de: "Deutsch",
  es: "Español",
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
