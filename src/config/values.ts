import { z } from "zod";

import { toPrintable } from "../shared/index.js";

/*
 * Value schemas for config keys. Each one accepts `unknown` and reports a
 * single sentence that names the allowed values and what it got instead; the
 * key path is added in front when all problems are listed.
 */

type Context = z.RefinementCtx;

function fail(context: Context, message: string): typeof z.NEVER {
  context.addIssue({ code: "custom", message });
  return z.NEVER;
}

/** Describes a received value for a message without leaking long text. */
export function describeValue(value: unknown, isSecret = false): string {
  if (typeof value === "string") {
    if (isSecret) return "a string";
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `"${toPrintable(shown)}"`;
  }
  if (isSecret) return `a ${typeOfValue(value)}`;
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  return typeOfValue(value);
}

function typeOfValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object" && value !== null) return "a table";
  return typeof value;
}

export function section<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object(shape, { error: "must be a table (a [section])" }).optional();
}

export function text(options: { isSecret?: boolean } = {}) {
  return z.unknown().transform((value, context): string => {
    if (typeof value === "string") return value;
    const got = describeValue(value, options.isSecret);
    return fail(context, `must be a quoted string; got ${got}.`);
  });
}

export function flag() {
  return z.unknown().transform((value, context): boolean => {
    if (typeof value === "boolean") return value;
    return fail(
      context,
      `must be true or false (without quotes); got ${describeValue(value)}.`,
    );
  });
}

export function oneOf<const Values extends readonly string[]>(values: Values) {
  return z.unknown().transform((value, context): Values[number] => {
    const match = values.find((allowed) => allowed === value);
    if (match !== undefined) return match;
    const allowed = values.map((entry) => `"${entry}"`).join(", ");
    return fail(
      context,
      `must be one of ${allowed}; got ${describeValue(value)}.`,
    );
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
    return fail(
      context,
      `must be a whole number from ${min} to ${max}; got ${describeValue(value)}.`,
    );
  });
}

export function textList(check?: (entry: string) => string | undefined) {
  return z.unknown().transform((value, context): string[] => {
    if (!Array.isArray(value)) {
      return fail(
        context,
        `must be a list of quoted strings, such as ["a", "b"]; got ${describeValue(value)}.`,
      );
    }
    const entries: string[] = [];
    value.forEach((entry: unknown, index) => {
      const problem =
        typeof entry !== "string"
          ? `must be a quoted string; got ${describeValue(entry)}.`
          : check?.(entry);
      if (problem === undefined && typeof entry === "string") {
        entries.push(entry);
      } else {
        context.addIssue({ code: "custom", message: problem, path: [index] });
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
    return fail(
      context,
      `must be a file mode written as a quoted string ("0600") or TOML octal (0o600); got ${describeValue(value)}.`,
    );
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
    return fail(
      context,
      `must be one of 771, 772, "1.2", "1.3" (TLS 1.2 or 1.3); got ${describeValue(value)}.`,
    );
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
    return fail(
      context,
      `must be a quoted duration such as "30s", "5m" or "1m30s" (units ms, s, m, h), from ${formatMs(minMs)} to ${formatMs(maxMs)}; got ${describeValue(value)}.`,
    );
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
    return fail(
      context,
      `must be a number of bytes (104857600) or a quoted size such as "100MB" (units B, KB, MB, GB), from ${minBytes} to ${maxBytes} bytes; got ${describeValue(value)}.`,
    );
  });
}
