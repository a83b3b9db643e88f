import { localize } from "../i18n/index.js";
import { UsageError } from "../shared/index.js";

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_FORMATS = ["text", "json"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** What `[logging]` in the config file describes, after defaults. */
export interface LoggingSettings {
  level: LogLevel;
  /** `text` is for people; `json` writes one JSON object per line. */
  format: LogFormat;
  /** Log file; `undefined` writes no file. Always JSON lines. */
  file: string | undefined;
  /** The file is rotated once it grows past this size. */
  maxSizeBytes: number;
  /** Rotated files kept beside the current one (`app.log.1` is the newest). */
  maxFiles: number;
}

export const DEFAULT_LOGGING_SETTINGS: Readonly<LoggingSettings> = {
  level: "info",
  format: "text",
  file: undefined,
  maxSizeBytes: 10 * 1024 * 1024,
  maxFiles: 5,
};

const BYTE_UNITS: Readonly<Record<string, number>> = {
  "": 1,
  B: 1,
  K: 1024,
  KB: 1024,
  M: 1024 ** 2,
  MB: 1024 ** 2,
  G: 1024 ** 3,
  GB: 1024 ** 3,
};

/**
 * Reads a size such as `10MB`, `512K` or a plain number of bytes. Units are
 * binary (1 KB = 1024 bytes), as the Go tool's example config meant them.
 */
export function parseByteSize(value: string | number, key: string): number {
  const match = /^\s*(\d+)\s*([KMG]?B?)\s*$/i.exec(String(value));
  const unit = BYTE_UNITS[(match?.[2] ?? "").toUpperCase()];
  const bytes = match && unit !== undefined ? Number(match[1]) * unit : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new UsageError(
      localize("logSize.invalid", { key, value: String(value) }),
    );
  }
  return bytes;
}
