/**
 * The message catalogue: one object per language with the same keys and
 * `{name}` placeholders. It has no dependency on the dashboard, so the CLI
 * can use it as well.
 */
import { de } from "./de.js";
import { en, type Catalogue, type MessageKey } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";

export type { Catalogue, MessageKey } from "./en.js";

export const LANGUAGES = ["en", "fr", "de", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

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

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The placeholder names in a message, sorted: `{rows}` → `rows`. */
export function listPlaceholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1] ?? "")
    .sort();
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible. */
export function formatMessage(message: string, params: MessageParams): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function createTranslator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params = {}) => formatMessage(catalogue[key], params);
}

/**
 * Picks the best supported language from an `Accept-Language` header,
 * honouring q-values; English when nothing matches.
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (header === undefined) return "en";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.find((param) => param.trim().startsWith("q="));
      const quality = qParam === undefined ? 1 : Number(qParam.split("=")[1]);
      return { tag: tag.toLowerCase(), quality, index };
    })
    .filter((entry) => Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);

  for (const entry of ranked) {
    const base = entry.tag.split("-")[0] ?? "";
    if (isLanguage(base)) return base;
  }
  return "en";
}
