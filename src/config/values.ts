import { z } from "zod";

import {
  localize,
  type MessageKey,
  type MessageParams,
  type UserText,
} from "../i18n/index.js";
import { toPrintable } from "../shared/index.js";

/*
 * Value schemas for config keys. Each one accepts `unknown` and reports a
 * single catalogue message that names the allowed values and what it got
 * instead; the key path is added when all problems are listed.
 */

type Context = z.RefinementCtx;

/**
 * What is wrong with one value: a `config.` message whose `{path}` is filled
 * in once the value's key path is known. It travels in the zod issue's
 * `params`, and the issue's own message is only the key.
 */
export class ValueProblem {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {}
}

/** Adds a problem to the value being checked (or to one entry of it). */
export function addProblem(
  context: Context,
  problem: ValueProblem,
  path: PropertyKey[] = [],
): void {
  context.addIssue({
    code: "custom",
    message: problem.key,
    params: { problem },
    path,
  });
}

/** Reports the value as invalid with a `config.` message; returns z.NEVER. */
export function rejectValue(
  context: Context,
  key: MessageKey,
  params: MessageParams = {},
): typeof z.NEVER {
  addProblem(context, new ValueProblem(key, params));
  return z.NEVER;
}

// Numbers in messages are shown as they are written in the file, not in the
// reader's number format, since they are values to type back in.
function asTyped(value: number): string {
  return String(value);
}

/** Describes a received value for a message without leaking long text. */
export function describeValue(value: unknown, isSecret = false): UserText {
  if (typeof value === "string") {
    if (isSecret) return localize("config.value.string");
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `"${toPrintable(shown)}"`;
  }
  if (isSecret && typeof value === "number") {
    return localize("config.value.number");
  }
  if (isSecret && typeof value === "boolean") {
    return localize("config.value.boolean");
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  return describeType(value);
}

function describeType(value: unknown): UserText {
  if (Array.isArray(value)) return localize("config.value.list");
  if (value instanceof Date) return localize("config.value.date");
  if (typeof value === "object" && value !== null) {
    return localize("config.value.table");
  }
  return localize("config.value.other");
}

/** `"a", "b"`: the allowed values of a key, quoted as in the file. */
export function quoteChoices(values: readonly string[]): string {
  return values.map((entry) => `"${entry}"`).join(", ");
}

/** `en`, `fr`, `pt-BR`: the shape of `[i18n] language`. */
export const LANGUAGE_CODE = /^[a-z][a-z](?:-[A-Z][A-Z])?$/;

/** zod's message for a section that is not a table; see parse.ts. */
export const NOT_A_SECTION = "must be a table (a [section])";

export function section<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object(shape, { error: NOT_A_SECTION }).optional();
}

export function text(options: { isSecret?: boolean } = {}) {
  return z.unknown().transform((value, context): string => {
    if (typeof value === "string") return value;
    const got = describeValue(value, options.isSecret);
    return rejectValue(context, "config.notString", { value: got });
  });
}

export function flag() {
  return z.unknown().transform((value, context): boolean => {
    if (typeof value === "boolean") return value;
    return rejectValue(context, "config.notBoolean", {
      value: describeValue(value),
    });
  });
}

export function oneOf<const Values extends readonly string[]>(values: Values) {
  return z.unknown().transform((value, context): Values[number] => {
    const match = values.find((allowed) => allowed === value);
    if (match !== undefined) return match;
    return rejectValue(context, "config.notOneOf", {
      choices: quoteChoices(values),
      value: describeValue(value),
    });
  });
}

export function wholeNumber(min: number, max: number) {
  return z.unknown().transform((value, context): number => {
    const isInRange =
      typeof value === "number" &&
      Number.isSafeInteger(value) &&
      value >= min &&
      value <= max;
    if (isInRange) return value;
    return rejectValue(context, "config.notWholeNumber", {
      min: asTyped(min),
      max: asTyped(max),
      value: describeValue(value),
    });
  });
}

export function textList(check?: (entry: string) => ValueProblem | undefined) {
  return z.unknown().transform((value, context): string[] => {
    if (!Array.isArray(value)) {
      return rejectValue(context, "config.notList", {
        value: describeValue(value),
      });
    }
    const entries: string[] = [];
    value.forEach((entry: unknown, index) => {
      const problem =
        typeof entry !== "string"
          ? new ValueProblem("config.notString", {
              value: describeValue(entry),
            })
          : check?.(entry);
      if (problem === undefined && typeof entry === "string") {
        entries.push(entry);
      } else if (problem !== undefined) {
        addProblem(context, problem, [index]);
      }
    });
    return entries;
  });
}

const FILE_MODE_TEXT = /^0?[0-7]{3}$/;

/**
 * A permission mode, written "0600" or as TOML octal 0o600. A plain decimal
 * number is accepted only as the bits it stands for, which is why values
 * above 0o777 (such as a decimal 600) are refused instead of misread.
 */
export function fileMode() {
  return z.unknown().transform((value, context): number => {
    if (typeof value === "string" && FILE_MODE_TEXT.test(value)) {
      return Number.parseInt(value, 8);
    }
    if (typeof value === "number" && Number.isInteger(value)) {
      if (value >= 0 && value <= 0o777) return value;
    }
    return rejectValue(context, "config.notFileMode", {
      value: describeValue(value),
    });
  });
}

export type TlsMinVersion = "TLSv1.2" | "TLSv1.3";

const TLS_VERSIONS = new Map<unknown, TlsMinVersion>([
  [771, "TLSv1.2"],
  [772, "TLSv1.3"],
  ["1.2", "TLSv1.2"],
  ["1.3", "TLSv1.3"],
]);

export function tlsVersion() {
  return z.unknown().transform((value, context): TlsMinVersion => {
    const version = TLS_VERSIONS.get(value);
    if (version !== undefined) return version;
    return rejectValue(context, "config.notTlsVersion", {
      value: describeValue(value),
    });
  });
}

const DURATION_UNITS_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
};
const DURATION_PART = /(\d+)(ms|s|m|h)/g;

/** A duration such as "30s", "5m" or "1m30s", returned in milliseconds. */
export function duration(minMs: number, maxMs: number) {
  return z.unknown().transform((value, context): number => {
    let totalMs = Number.NaN;
    if (typeof value === "string" && value !== "") {
      totalMs = 0;
      let matchedLength = 0;
      for (const [part, amount, unit] of value.matchAll(DURATION_PART)) {
        totalMs += Number(amount) * (DURATION_UNITS_MS[unit ?? ""] ?? 0);
        matchedLength += part.length;
      }
      // Stray text between the parts ("5m and 3s") makes the value invalid.
      if (matchedLength !== value.length) totalMs = Number.NaN;
    }
    if (totalMs >= minMs && totalMs <= maxMs) return totalMs;
    return rejectValue(context, "config.notDuration", {
      min: formatMs(minMs),
      max: formatMs(maxMs),
      value: describeValue(value),
    });
  });
}

function formatMs(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1_000 === 0) return `${ms / 1_000}s`;
  return `${ms}ms`;
}

const BYTE_UNITS: Readonly<Record<string, number>> = {
  B: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
};
const BYTE_SIZE = /^(\d+)\s*(B|KB|MB|GB)$/;

/** A size in bytes: a whole number, or a quoted "100MB" (binary units). */
export function byteSize(minBytes: number, maxBytes: number) {
  return z.unknown().transform((value, context): number => {
    let bytes = Number.NaN;
    if (typeof value === "number" && Number.isSafeInteger(value)) bytes = value;
    const match = typeof value === "string" ? BYTE_SIZE.exec(value) : null;
    if (match !== null) {
      bytes = Number(match[1]) * (BYTE_UNITS[match[2] ?? ""] ?? Number.NaN);
    }
    if (bytes >= minBytes && bytes <= maxBytes) return bytes;
    return rejectValue(context, "config.notByteSize", {
      min: asTyped(minBytes),
      max: asTyped(maxBytes),
      value: describeValue(value),
    });
  });
}
