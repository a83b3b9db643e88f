import type { HelpConfiguration, Option } from "commander";

import type { Translate } from "../i18n/index.js";

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
