import type { AuditEventType, AuditResult } from "../security/index.js";
import type { AuditSeverity } from "../security/index.js";

import type { RequestContext } from "./request-context.js";

export interface DashboardAction {
  eventType: AuditEventType;
  action: string;
  result: AuditResult;
  message: string;
  severity?: AuditSeverity;
  details?: Record<string, unknown>;
}

/** Records one dashboard action with the client's address. */
export function recordAction(
  context: RequestContext,
  action: DashboardAction,
): void {
  context.state.deps.auditLog.record({
    eventType: action.eventType,
    severity:
      action.severity ?? (action.result === "success" ? "low" : "medium"),
    source: "dashboard",
    action: action.action,
    result: action.result,
    message: action.message,
    details: { client: context.clientAddress, ...action.details },
  });
}
