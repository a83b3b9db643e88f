import type { Writable } from "node:stream";

import { toPrintable } from "../shared/index.js";

const LEVEL_COLOURS: Readonly<Record<string, string>> = {
  debug: "\u001b[90m",
  info: "\u001b[36m",
  warn: "\u001b[33m",
  error: "\u001b[31m",
};
const RESET = "\u001b[0m";
// Keys every line carries; they are shown in the prefix, not as fields.
const PREFIX_KEYS = new Set(["time", "level", "msg"]);

function formatValue(value: unknown): string {
  if (typeof value === "string")
    return /^[\w./:@+-]+$/.test(value) ? value : JSON.stringify(value);
  // Values come from a parsed JSON line, so they always stringify.
  return JSON.stringify(value);
}

/**
 * Turns one JSON log line into `time LEVEL message key=value …`. Lines
 * that are not log objects are passed through unchanged.
 */
export function formatLogLine(line: string, isColoured: boolean): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line) as unknown;
  } catch {
    // Not one of our lines (pino only writes JSON); show it as it is.
    return line.endsWith("\n") ? line : `${line}\n`;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
    return `${line.trimEnd()}\n`;

  const entries: [string, unknown][] = Object.entries(parsed);
  const field = (key: string): string => {
    const found = entries.find(([name]) => name === key)?.[1];
    return typeof found === "string" ? found : "";
  };
  const level = field("level");
  const label = level.toUpperCase().padEnd(5);
  const shownLevel = isColoured
    ? `${LEVEL_COLOURS[level] ?? ""}${label}${RESET}`
    : label;
  const rest = entries
    .filter(([key]) => !PREFIX_KEYS.has(key))
    .map(([key, value]) => ` ${key}=${formatValue(value)}`)
    .join("");
  return `${field("time")} ${shownLevel} ${toPrintable(field("msg"))}${toPrintable(rest)}\n`;
}

/** A pino destination that writes human-readable lines to `stream`. */
export function createTextDestination(
  stream: Writable,
  isColoured: boolean,
): { write: (line: string) => void } {
  return {
    write: (line) => {
      stream.write(formatLogLine(line, isColoured));
    },
  };
}
