import {
  localize,
  translateText,
  type LocalizedText,
  type MessageParam,
  type MessageParams,
  type Translate,
  type UserText,
} from "../i18n/index.js";

import { toPrintable, toPrintableMultiline } from "./sanitize.js";

function isTextList(value: MessageParam): value is readonly UserText[] {
  return Array.isArray(value);
}

function toPrintableParam(value: MessageParam): MessageParam {
  if (typeof value === "number") return value;
  if (typeof value === "string") return toPrintable(value);
  if (isTextList(value)) {
    return value.map((entry) =>
      typeof entry === "string" ? toPrintable(entry) : toPrintableText(entry),
    );
  }
  return toPrintableText(value);
}

function toPrintableText(text: LocalizedText): LocalizedText {
  const params: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(text.params)) {
    params[name] = toPrintableParam(value);
  }
  return localize(text.key, params satisfies MessageParams);
}

/**
 * Renders a text in the translator's language for a terminal. Every string
 * parameter, at any depth (nested messages, list entries), is put on one
 * printable line, so outside text (a file name, a key from an input file,
 * a server's message) cannot start a line of its own that reads like the
 * tool's output. The line breaks of the catalogue's own messages and of
 * list parameters stay. A plain string keeps its line breaks too.
 */
export function translatePrintable(text: UserText, t: Translate): string {
  const printable = typeof text === "string" ? text : toPrintableText(text);
  return toPrintableMultiline(translateText(printable, t));
}
