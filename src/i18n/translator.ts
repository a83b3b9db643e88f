import { CATALOGUES, type Language, type MessageKey } from "./catalogue.js";
import type { Message } from "./catalogue-types.js";

/**
 * A placeholder's value. A localized text inside a message is rendered in the
 * same language as the message; a list becomes one "  - item" line per entry
 * (a problem list, for example), each entry rendered the same way.
 */
export type MessageParam =
  string | number | LocalizedText | readonly UserText[];
export type MessageParams = Readonly<Record<string, MessageParam>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A language and the function that renders its messages. */
export interface Translator {
  readonly language: Language;
  readonly t: Translate;
}

/** A message and its parameters, rendered later in the reader's language. */
export interface LocalizedText {
  readonly key: MessageKey;
  readonly params: MessageParams;
  /** The English rendering: what logs, tests and `Error.message` show. */
  readonly english: string;
  /**
   * In JSON (report.json, `--json`) a localized text is its English string,
   * so that saved files do not depend on the language of the run.
   */
  toJSON: () => string;
  /** In string contexts (`join`, template literals) it is English too. */
  toString: () => string;
}

/** Text for the person: plain English, or a message to render later. */
export type UserText = string | LocalizedText;

/** The English of a text, for logs, JSON and `Error.message`. */
export function englishOf(text: UserText): string {
  return typeof text === "string" ? text : text.english;
}

/** A text in the translator's language; plain strings stay as they are. */
export function translateText(text: UserText, t: Translate): string {
  return typeof text === "string" ? text : t(text.key, text.params);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Every text of a message: itself, or each of its plural forms. */
export function listTexts(message: Message): string[] {
  if (typeof message === "string") return [message];

  const { zero, one, two, few, many, other } = message;
  return [zero, one, two, few, many, other].filter(
    (text): text is string => text !== undefined,
  );
}

/** The placeholder names in a message, sorted and without repeats. */
export function listPlaceholders(message: Message): string[] {
  const names = new Set<string>();
  for (const text of listTexts(message)) {
    for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] ?? "");
  }
  return [...names].sort();
}

/**
 * Fills `{name}` placeholders. Numbers are written the language's way
 * (1 234 in French); a placeholder without a value stays visible so that a
 * mistake shows instead of an empty gap.
 */
export function formatMessage(
  message: Message,
  params: MessageParams,
  language: Language,
): string {
  const text = selectForm(message, params, language);
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return formatParam(value, language);
  });
}

function formatParam(value: MessageParam, language: Language): string {
  if (typeof value === "number") {
    return new Intl.NumberFormat(language).format(value);
  }
  if (typeof value === "string") return value;
  if (isTextList(value)) {
    return value
      .map((entry) => `  - ${formatParam(entry, language)}`)
      .join("\n");
  }
  return formatMessage(CATALOGUES[language][value.key], value.params, language);
}

function isTextList(value: MessageParam): value is readonly UserText[] {
  return Array.isArray(value);
}

function selectForm(
  message: Message,
  params: MessageParams,
  language: Language,
): string {
  if (typeof message === "string") return message;

  const count = params.count;
  if (typeof count !== "number") return message.other;
  const category = new Intl.PluralRules(language).select(count);
  return message[category] ?? message.other;
}

export function createTranslator(language: Language): Translator {
  const catalogue = CATALOGUES[language];
  return {
    language,
    t: (key, params = {}) => formatMessage(catalogue[key], params, language),
  };
}

const ENGLISH = createTranslator("en");

/**
 * Records a message key for later translation, with its English text ready
 * for `Error.message`: `new UsageError(localize("export.since", { value }))`.
 */
export function localize(
  key: MessageKey,
  params: MessageParams = {},
): LocalizedText {
  const english = ENGLISH.t(key, params);
  return {
    key,
    params,
    english,
    toJSON: () => english,
    toString: () => english,
  };
}
