import {
  closeSync,
  constants,
  fstatSync,
  fchmodSync,
  lstatSync,
  openSync,
  readdirSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";

import { describeError, toPrintable } from "../shared/index.js";

import { readChainTailSync, withChainLock } from "./audit-chain-lock.js";
import { GENESIS_HASH, shouldRecordSeverity } from "./audit-event.js";
import type { AuditEvent, AuditEventType, AuditRecord } from "./audit-event.js";
import {
  listAuditFiles,
  parseAuditFileName,
  resolveAuditDirectory,
  subtractDays,
  toAuditFileName,
  toUtcDay,
} from "./audit-files.js";
import {
  createLineHasher,
  formatAuditLine,
  parseAuditLine,
} from "./audit-format.js";
import type { LineHasher } from "./audit-format.js";
import type { PathGuard } from "./path-guard.js";
import { redactText, redactValue } from "./redact.js";
import type { AuditSettings, AuditSeverity } from "./settings.js";

/** A line that could not be written; the log reports it and counts it. */
export interface AuditWriteFailure {
  eventType: AuditEventType;
  file: string;
  /** Ready to print; names the event, the file and the cause. */
  message: string;
  cause: unknown;
}

export interface AuditLogOptions {
  settings: AuditSettings;
  /** The config file's folder, or the working folder without one. */
  baseDir: string;
  pathGuard: PathGuard;
  now: () => Date;
  /** Called for every event that could not be written. */
  onWriteFailure: (failure: AuditWriteFailure) => void;
  /** Key for an HMAC chain; without it the chain uses plain SHA-256. */
  chainKey?: Uint8Array;
  /** Secret values to mask wherever they appear, in addition to patterns. */
  knownSecrets?: readonly string[];
}

export interface AuditStats {
  written: number;
  /** Events below the configured log level. */
  filtered: number;
  writeFailures: number;
  byType: Partial<Record<AuditEventType, number>>;
  bySeverity: Partial<Record<AuditSeverity, number>>;
}

interface ChainTail {
  hash: string;
  seq: number;
}

const FILE_MODE = 0o600;
/** Named when the audit folder cannot be created. */
const AUDIT_DIRECTORY_SETTING = "[security.audit] directory";

async function readChainTail(
  directory: string,
  hashLine: LineHasher,
  pathGuard: PathGuard,
): Promise<ChainTail | undefined> {
  const files = await listAuditFiles(directory);
  for (const file of files.reverse()) {
    const path = join(directory, file.name);
    const text = (await pathGuard.readFile(path, "config")).toString("utf8");
    const last = text
      .split("\n")
      .filter((line) => line !== "")
      .at(-1);
    if (last === undefined) continue;

    const parsed = parseAuditLine(last, file.format);
    // A damaged tail still anchors the chain, so `audit verify` points at
    // the damaged line rather than at the next one written here.
    return parsed === undefined
      ? { hash: hashLine(last), seq: 0 }
      : { hash: parsed.hash, seq: parsed.record.seq + 1 };
  }
  return undefined;
}

function toToken(text: string): string {
  const token = text.replace(/\s+/g, "_");
  return token === "" ? "-" : token;
}

/**
 * Append-only, hash-chained audit log: one file per UTC day, mode 0600, in a
 * folder created with the configured directory mode. Recording is
 * synchronous so that events are written in the order they happen.
 *
 * Several writers may share the folder: each write takes the folder's lock
 * and continues after the chain's current last line.
 */
export class AuditLog {
  readonly directory: string;
  readonly #options: AuditLogOptions;
  readonly #hashLine: LineHasher;
  readonly #knownSecrets: string[];
  readonly #stats: AuditStats = {
    written: 0,
    filtered: 0,
    writeFailures: 0,
    byType: {},
    bySeverity: {},
  };
  #tail: ChainTail;
  #retentionDay: string | undefined;

  private constructor(
    options: AuditLogOptions,
    directory: string,
    tail: ChainTail,
  ) {
    this.#options = options;
    this.directory = directory;
    this.#hashLine = createLineHasher(options.chainKey);
    this.#knownSecrets = [...(options.knownSecrets ?? [])];
    this.#tail = tail;
  }

  /** Checks and creates the folder, then continues the existing chain. */
  static async open(options: AuditLogOptions): Promise<AuditLog> {
    const requested = resolveAuditDirectory(options.settings, options.baseDir);
    const directory = await options.pathGuard.ensureDirectory(
      requested,
      "config",
      AUDIT_DIRECTORY_SETTING,
    );
    const hashLine = createLineHasher(options.chainKey);
    const tail = (await readChainTail(
      directory,
      hashLine,
      options.pathGuard,
    )) ?? {
      hash: GENESIS_HASH,
      seq: 0,
    };
    return new AuditLog(options, directory, tail);
  }

  /** Masks this exact value from now on, wherever it appears. */
  addKnownSecret(secret: string): void {
    this.#knownSecrets.push(secret);
  }

  get stats(): AuditStats {
    return structuredClone(this.#stats);
  }

  /**
   * Records one event. Returns false when it was below the log level or
   * could not be written (the failure callback has then been told).
   */
  record(event: AuditEvent): boolean {
    const { settings } = this.#options;
    if (!shouldRecordSeverity(event.severity, settings.logLevel)) {
      this.#stats.filtered += 1;
      return false;
    }

    const now = this.#options.now();
    const day = toUtcDay(now);
    if (this.#retentionDay !== day) {
      this.#retentionDay = day;
      this.#removeExpiredFiles(day);
    }
    try {
      return withChainLock(this.directory, () => {
        // Another writer (the export a scheduler starts, the dashboard) may
        // have appended since this log last wrote: continue after its line.
        this.#tail =
          readChainTailSync(this.directory, this.#hashLine) ?? this.#tail;
        return this.#append(this.#toRecord(event, now), day);
      });
    } catch (error) {
      return this.#reportFailure(event.eventType, this.directory, error);
    }
  }

  #toRecord(event: AuditEvent, now: Date): AuditRecord {
    const redaction = {
      includeSensitive: this.#options.settings.includeSensitive,
      knownSecrets: this.#knownSecrets,
    };
    const details = redactValue(event.details ?? {}, redaction);
    return {
      timestamp: now.toISOString(),
      event_type: event.eventType,
      severity: event.severity,
      source: toToken(redactText(event.source, redaction)),
      action: toToken(redactText(event.action, redaction)),
      result: event.result,
      message: redactText(event.message, redaction),
      details:
        details !== null &&
        typeof details === "object" &&
        !Array.isArray(details)
          ? Object.fromEntries(Object.entries(details))
          : {},
      seq: this.#tail.seq,
      prev_hash: this.#tail.hash,
    };
  }

  #append(record: AuditRecord, day: string): boolean {
    const format = this.#options.settings.outputFormat;
    const file = join(this.directory, toAuditFileName(day, format));
    const { line, hash } = formatAuditLine(record, format, this.#hashLine);
    try {
      const flags =
        constants.O_WRONLY |
        constants.O_APPEND |
        constants.O_CREAT |
        constants.O_NOFOLLOW;
      const descriptor = openSync(file, flags, FILE_MODE);
      try {
        if ((fstatSync(descriptor).mode & 0o777) !== FILE_MODE) {
          fchmodSync(descriptor, FILE_MODE);
        }
        writeSync(descriptor, `${line}\n`);
      } finally {
        closeSync(descriptor);
      }
    } catch (error) {
      return this.#reportFailure(record.event_type, file, error);
    }

    this.#tail = { hash, seq: record.seq + 1 };
    this.#stats.written += 1;
    this.#stats.byType[record.event_type] =
      (this.#stats.byType[record.event_type] ?? 0) + 1;
    this.#stats.bySeverity[record.severity] =
      (this.#stats.bySeverity[record.severity] ?? 0) + 1;
    return true;
  }

  #reportFailure(
    eventType: AuditEventType,
    file: string,
    error: unknown,
  ): false {
    this.#stats.writeFailures += 1;
    this.#options.onWriteFailure({
      eventType,
      file,
      message: `Could not write the audit event "${eventType}" to "${toPrintable(file)}": ${describeError(error)}. Check that the folder exists and is writable.`,
      cause: error,
    });
    return false;
  }

  /**
   * Deletes audit files older than the retention window. Only names the log
   * itself creates are considered, and only regular files are removed.
   */
  #removeExpiredFiles(today: string): void {
    const { retentionDays } = this.#options.settings;
    if (retentionDays <= 0) return;

    const oldestKept = subtractDays(today, retentionDays - 1);
    const removed: string[] = [];
    try {
      for (const name of readdirSync(this.directory).sort()) {
        const file = parseAuditFileName(name);
        if (file === undefined || file.day >= oldestKept) continue;

        const path = join(this.directory, name);
        if (!lstatSync(path).isFile()) continue;
        unlinkSync(path);
        removed.push(name);
      }
    } catch (error) {
      this.#options.onWriteFailure({
        eventType: "audit_retention",
        file: this.directory,
        message: `Could not remove expired audit files from "${toPrintable(this.directory)}": ${describeError(error)}. They will be retried on the next day's first event.`,
        cause: error,
      });
    }
    if (removed.length === 0) return;

    this.#append(
      this.#toRecord(
        {
          eventType: "audit_retention",
          severity: "low",
          source: "audit_log",
          action: "remove_expired_files",
          result: "success",
          message: `Removed ${removed.length} audit file(s) older than ${retentionDays} days.`,
          details: { removed, oldest_kept_day: oldestKept },
        },
        this.#options.now(),
      ),
      today,
    );
  }
}
