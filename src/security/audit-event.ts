import { z } from "zod";

import { AUDIT_SEVERITIES } from "./settings.js";
import type { AuditLogLevel, AuditSeverity } from "./settings.js";

export const AUDIT_EVENT_TYPES = [
  "auth_success",
  "auth_failure",
  "credential_access",
  "credential_store",
  "credential_delete",
  "credential_rotation",
  "data_export",
  "encrypt",
  "decrypt",
  "config_change",
  "security_violation",
  "rate_limit_hit",
  "permission_denied",
  "system_start",
  "system_stop",
  "audit_retention",
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export const AUDIT_RESULTS = [
  "success",
  "failure",
  "refused",
  "warning",
] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/** What a caller reports; the log adds time, sequence and chain hashes. */
export interface AuditEvent {
  eventType: AuditEventType;
  severity: AuditSeverity;
  source: string;
  action: string;
  result: AuditResult;
  message: string;
  details?: Record<string, unknown>;
}

/** One stored line, with the wire names the log file uses. */
export const AuditRecordSchema = z.object({
  timestamp: z.iso.datetime(),
  event_type: z.enum(AUDIT_EVENT_TYPES),
  severity: z.enum(AUDIT_SEVERITIES),
  source: z.string(),
  action: z.string(),
  result: z.enum(AUDIT_RESULTS),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
  seq: z.number().int().nonnegative(),
  prev_hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/** The chain value before the very first line. */
export const GENESIS_HASH = "0".repeat(64);

const LEVEL_THRESHOLD: Record<AuditLogLevel, AuditSeverity> = {
  debug: "low",
  info: "low",
  warn: "medium",
  error: "high",
};

export function severityRank(severity: AuditSeverity): number {
  return AUDIT_SEVERITIES.indexOf(severity);
}

/** True when an event of this severity is recorded at this log level. */
export function shouldRecordSeverity(
  severity: AuditSeverity,
  level: AuditLogLevel,
): boolean {
  return severityRank(severity) >= severityRank(LEVEL_THRESHOLD[level]);
}
