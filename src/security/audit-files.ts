import { readdir } from "node:fs/promises";
import { resolve } from "node:path";

import type { AuditFormat } from "./audit-format.js";
import type { AuditSettings } from "./settings.js";

// Only names of this exact shape are audit files; retention and verification
// ignore everything else in the folder.
const AUDIT_FILE_NAME = /^audit-(\d{4}-\d{2}-\d{2})\.(jsonl|log)$/;

export interface AuditFile {
  name: string;
  /** UTC day the file covers, `YYYY-MM-DD`. */
  day: string;
  format: AuditFormat;
}

export function toAuditFileName(day: string, format: AuditFormat): string {
  return `audit-${day}.${format === "json" ? "jsonl" : "log"}`;
}

export function parseAuditFileName(name: string): AuditFile | undefined {
  const match = AUDIT_FILE_NAME.exec(name);
  if (match?.[1] === undefined) return undefined;
  return { name, day: match[1], format: match[2] === "log" ? "text" : "json" };
}

/** Audit files of a folder, oldest day first; a missing folder has none. */
export async function listAuditFiles(directory: string): Promise<AuditFile[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      return [];
    }
    throw error;
  }
  return names
    .map(parseAuditFileName)
    .filter((file) => file !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The audit folder: `directory` from the settings, relative to the config
 * file's folder, or to the working folder when no config file is used.
 */
export function resolveAuditDirectory(
  settings: Pick<AuditSettings, "directory">,
  baseDir: string,
): string {
  return resolve(baseDir, settings.directory);
}

/** The UTC day of a date as `YYYY-MM-DD`. */
export function toUtcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC day `days` before the given one. */
export function subtractDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return toUtcDay(date);
}
