import type { HelpConfiguration, Option } from "commander";

import type { MessageKey, Translate } from "../i18n/index.js";

/**
 * The placeholder words of usage lines and option terms (`[options]`,
 * `--from <path>`) that have a translation. Others (`<url>`, `<n>`, `<ms>`,
 * `[cron]`, `<iana>`, `<spec>`) read the same in every language.
 */
const TERMS: Readonly<Record<string, MessageKey>> = {
  options: "usage.term.options",
  command: "usage.term.command",
  file: "usage.term.file",
  path: "usage.term.path",
  name: "usage.term.name",
  mode: "usage.term.mode",
  list: "usage.term.list",
  date: "usage.term.date",
  dir: "usage.term.dir",
  host: "usage.term.host",
  port: "usage.term.port",
  types: "usage.term.types",
  level: "usage.term.level",
  source: "usage.term.source",
  backend: "usage.term.backend",
  "old-config": "usage.term.oldConfig",
};

const BRACKETED_TERM = /([<[])([\w-]+)(\.\.\.)?([>\]])/g;

/** A term's word in the user's language; an unknown word stays as it is. */
function translateTerm(word: string, t: Translate): string {
  const key = TERMS[word];
  return key === undefined ? word : t(key);
}

/** Translates each `<word>` and `[word]` of a usage or option term. */
export function translateTerms(text: string, t: Translate): string {
  return text.replace(
    BRACKETED_TERM,
    (_whole, open: string, word: string, dots = "", close: string) =>
      `${open}${translateTerm(word, t)}${dots}${close}`,
  );
}

/**
 * Help settings that put commander's own words (headings, "default:",
 * "choices:") into the user's language; the layout stays commander's.
 */
export function translatedHelp(t: Translate): HelpConfiguration {
  const headings = new Map([
    ["Usage:", t("help.title.usage")],
    ["Arguments:", t("help.title.arguments")],
    ["Options:", t("help.title.options")],
    ["Commands:", t("help.title.commands")],
    ["Global Options:", t("help.title.globalOptions")],
  ]);
  return {
    styleTitle: (title) => headings.get(title) ?? title,
    optionDescription: (option) => describeOption(option, t),
    // Usage lines, option terms and the Arguments list pass their
    // placeholder words through these; the Arguments list shows bare names.
    styleOptionText: (text) => translateTerms(text, t),
    styleSubcommandText: (text) => translateTerms(text, t),
    styleArgumentText: (text) =>
      /^[<[]/.test(text) ? translateTerms(text, t) : translateTerm(text, t),
  };
}

/**
 * An option's help text with its choices and default, as commander writes
 * it. Commander's `preset` and `env` notes are left out: no option here
 * uses them.
 */
export function describeOption(option: Option, t: Translate): string {
  const extras: string[] = [];
  if (option.argChoices !== undefined) {
    const choices = option.argChoices
      .map((choice) => JSON.stringify(choice))
      .join(", ");
    extras.push(t("help.extra.choices", { choices }));
  }

  const defaultValue: unknown = option.defaultValue;
  // Commander shows no default for flags without a value, except a boolean
  // one, which may matter when a config file also sets it.
  const isShown =
    option.required ||
    option.optional ||
    (option.isBoolean() && typeof defaultValue === "boolean");
  if (defaultValue !== undefined && isShown) {
    const value =
      option.defaultValueDescription ?? JSON.stringify(defaultValue);
    extras.push(t("help.extra.default", { value }));
  }

  if (extras.length === 0) return option.description;
  return `${option.description} (${extras.join(", ")})`;
}
