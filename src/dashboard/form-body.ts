import type { IncomingMessage } from "node:http";

import { HttpError } from "./http-errors.js";

/** Form fields as sent: one string, or several for repeated names. */
export type FormFields = Record<string, string | string[]>;

// Dashboard forms carry a handful of short fields; anything bigger is abuse.
const MAX_FORM_BYTES = 16 * 1024;

export function toFormFields(params: URLSearchParams): FormFields {
  const fields: FormFields = {};
  for (const [name, value] of params) {
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else fields[name] = [existing, value];
  }
  return fields;
}

/** Reads an `application/x-www-form-urlencoded` body of at most 16 KiB. */
export async function readFormBody(
  request: IncomingMessage,
): Promise<FormFields> {
  const type = request.headers["content-type"] ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) {
    throw new HttpError(415, "Expected a URL-encoded form.");
  }

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(String(chunk), "utf8");
    size += buffer.length;
    if (size > MAX_FORM_BYTES) {
      throw new HttpError(413, "The form is larger than 16 KiB.");
    }
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  return toFormFields(new URLSearchParams(text));
}

/** One field as a string; the first of repeated values. */
export function readField(
  fields: FormFields,
  name: string,
): string | undefined {
  const value = fields[name];
  return Array.isArray(value) ? value[0] : value;
}
