import { isLanguage, type Language } from "./catalogue.js";

/**
 * The language a locale name stands for: `fr_FR.UTF-8` → `fr`,
 * `de-CH` → `de`; `undefined` for `C`, `POSIX`, empty or unsupported ones.
 */
export function languageOfLocale(
  locale: string | undefined,
): Language | undefined {
  if (locale === undefined) return undefined;
  const base =
    locale
      .trim()
      .toLowerCase()
      .split(/[_.@-]/)[0] ?? "";
  return isLanguage(base) ? base : undefined;
}

export interface LanguageSources {
  /** `i18n.language` from the config; `undefined` when the file sets none. */
  configured?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The language of the command line: the configured one, else the
 * environment's locale, else English. The first locale variable that is set
 * decides, as in the C library: LC_ALL, then LC_MESSAGES, then LANG. An
 * unsupported language falls back to English rather than to the next source,
 * because the user did choose it.
 */
export function selectLanguage(sources: LanguageSources): Language {
  if (sources.configured !== undefined) {
    return languageOfLocale(sources.configured) ?? "en";
  }

  const { env } = sources;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== "",
  );
  return languageOfLocale(locale) ?? "en";
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
