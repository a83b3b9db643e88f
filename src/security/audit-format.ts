import { createHash, createHmac } from "node:crypto";

import { AuditRecordSchema } from "./audit-event.js";
import type { AuditRecord } from "./audit-event.js";

/** Hashes one line's payload; keyed (HMAC) when the log has a chain key. */
export type LineHasher = (payload: string) => string;

export function createLineHasher(chainKey?: Uint8Array): LineHasher {
  if (chainKey === undefined) {
    return (payload) => createHash("sha256").update(payload).digest("hex");
  }
  const key = Buffer.from(chainKey);
  return (payload) => createHmac("sha256", key).update(payload).digest("hex");
}

export type AuditFormat = "json" | "text";

const JSON_HASH_SUFFIX = /,"hash":"([0-9a-f]{64})"\}$/;
const TEXT_HASH_SUFFIX = / hash=([0-9a-f]{64})$/;
// Words of a text line, in order; message and details are JSON values.
const TEXT_PAYLOAD_PARTS = [
  String.raw`^(\S+) (\S+) (\S+)`,
  String.raw`source=(\S+) action=(\S+) result=(\S+)`,
  String.raw`seq=(\d+) prev=([0-9a-f]{64})`,
  String.raw`message=("(?:[^"\\]|\\.)*") details=(\{.*\})$`,
];
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the constants above
const TEXT_PAYLOAD = new RegExp(TEXT_PAYLOAD_PARTS.join(" "));

function toTextPayload(record: AuditRecord): string {
  return [
    record.timestamp,
    record.severity,
    record.event_type,
    `source=${record.source}`,
    `action=${record.action}`,
    `result=${record.result}`,
    `seq=${record.seq}`,
    `prev=${record.prev_hash}`,
    `message=${JSON.stringify(record.message)}`,
    `details=${JSON.stringify(record.details)}`,
  ].join(" ");
}

/**
 * Serialises a record as one line (without the newline) whose last field is
 * the hash of everything before it. Returns the line and that hash.
 */
export function formatAuditLine(
  record: AuditRecord,
  format: AuditFormat,
  hashLine: LineHasher,
): { line: string; hash: string } {
  if (format === "text") {
    const payload = toTextPayload(record);
    const hash = hashLine(payload);
    return { line: `${payload} hash=${hash}`, hash };
  }

  // Field order is fixed by building the object here, so the payload text
  // (and therefore its hash) does not depend on the caller's object.
  const payload = JSON.stringify({
    timestamp: record.timestamp,
    event_type: record.event_type,
    severity: record.severity,
    source: record.source,
    action: record.action,
    result: record.result,
    message: record.message,
    details: record.details,
    seq: record.seq,
    prev_hash: record.prev_hash,
  });
  const hash = hashLine(payload);
  return { line: `${payload.slice(0, -1)},"hash":"${hash}"}`, hash };
}

export interface ParsedAuditLine {
  record: AuditRecord;
  /** The hash written on the line. */
  hash: string;
  /** The text the hash was computed over. */
  payload: string;
}

function parseTextPayload(payload: string): unknown {
  const match = TEXT_PAYLOAD.exec(payload);
  if (match === null) return undefined;

  const [, timestamp, severity, eventType, source, action, result] = match;
  return {
    timestamp,
    severity,
    event_type: eventType,
    source,
    action,
    result,
    seq: Number(match[7]),
    prev_hash: match[8],
    message: JSON.parse(match[9] ?? "null") as unknown,
    details: JSON.parse(match[10] ?? "null") as unknown,
  };
}

/** Reads one line back; undefined when it is not a well-formed audit line. */
export function parseAuditLine(
  line: string,
  format: AuditFormat,
): ParsedAuditLine | undefined {
  const suffix = (format === "json" ? JSON_HASH_SUFFIX : TEXT_HASH_SUFFIX).exec(
    line,
  );
  const hash = suffix?.[1];
  if (suffix === null || hash === undefined) return undefined;

  const body = line.slice(0, suffix.index);
  const payload = format === "json" ? `${body}}` : body;
  let candidate: unknown;
  try {
    candidate =
      format === "json"
        ? (JSON.parse(payload) as unknown)
        : parseTextPayload(payload);
  } catch {
    // A line whose JSON does not parse is reported as malformed by the caller.
    return undefined;
  }
  const parsed = AuditRecordSchema.strict().safeParse(candidate);
  return parsed.success ? { record: parsed.data, hash, payload } : undefined;
}

export function formatForFileName(name: string): AuditFormat | undefined {
  if (name.endsWith(".jsonl")) return "json";
  if (name.endsWith(".log")) return "text";
  return undefined;
}
