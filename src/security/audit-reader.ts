import { join } from "node:path";

import type { AuditEventType, AuditRecord } from "./audit-event.js";
import { severityRank } from "./audit-event.js";
import { listAuditFiles, toUtcDay } from "./audit-files.js";
import { parseAuditLine } from "./audit-format.js";
import type { PathGuard } from "./path-guard.js";
import type { AuditSeverity } from "./settings.js";

export interface AuditQuery {
  /** Only events at or after this time. */
  since?: Date;
  /** Only these event types; all when empty or missing. */
  types?: readonly AuditEventType[];
  /** Only events of this severity or higher. */
  minSeverity?: AuditSeverity;
}

export interface AuditQueryResult {
  records: AuditRecord[];
  /** Lines that are not well-formed audit lines (run `audit verify`). */
  unreadableLines: number;
}

function isMatch(record: AuditRecord, query: AuditQuery): boolean {
  if (
    query.since !== undefined &&
    Date.parse(record.timestamp) < query.since.getTime()
  ) {
    return false;
  }
  if (
    query.types !== undefined &&
    query.types.length > 0 &&
    !query.types.includes(record.event_type)
  ) {
    return false;
  }
  return (
    query.minSeverity === undefined ||
    severityRank(record.severity) >= severityRank(query.minSeverity)
  );
}

/** Reads the audit records of a folder that match a query, oldest first. */
export async function readAuditRecords(
  directory: string,
  query: AuditQuery,
  pathGuard: PathGuard,
): Promise<AuditQueryResult> {
  const sinceDay =
    query.since === undefined ? undefined : toUtcDay(query.since);
  const files = (await listAuditFiles(directory)).filter(
    (file) => sinceDay === undefined || file.day >= sinceDay,
  );
  const records: AuditRecord[] = [];
  let unreadableLines = 0;

  for (const file of files) {
    const text = (
      await pathGuard.readFile(join(directory, file.name), "config")
    ).toString("utf8");
    for (const line of text.split("\n")) {
      if (line === "") continue;
      const parsed = parseAuditLine(line, file.format);
      if (parsed === undefined) unreadableLines += 1;
      else if (isMatch(parsed.record, query)) records.push(parsed.record);
    }
  }
  return { records, unreadableLines };
}
