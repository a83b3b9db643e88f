/**
 * A tiny HTML builder: every interpolated value is escaped unless it is
 * already `SafeHtml`, so a page can only show outside text as text.
 */
export class SafeHtml {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export type HtmlValue =
  SafeHtml | string | number | undefined | null | false | readonly HtmlValue[];

function renderValue(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) {
    return (value as readonly HtmlValue[]).map(renderValue).join("");
  }
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${title}</p>\`` escapes `title`. */
export function html(
  strings: TemplateStringsArray,
  ...values: HtmlValue[]
): SafeHtml {
  let text = strings[0] ?? "";
  values.forEach((value, index) => {
    text += renderValue(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(text);
}
