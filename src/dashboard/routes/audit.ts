import { z } from "zod";

import {
  AUDIT_EVENT_TYPES,
  AUDIT_SEVERITIES,
  createLineHasher,
  readAuditRecords,
  verifyAuditLog,
} from "../../security/index.js";
import { renderPage } from "../layout.js";
import { renderAuditPage } from "../pages/audit-page.js";
import { sendHtml } from "../respond.js";
import type { Route } from "../router.js";

const emptyAsUndefined = (value: unknown): unknown =>
  value === "" ? undefined : value;

const AuditFilterSchema = z.object({
  type: z.preprocess(emptyAsUndefined, z.enum(AUDIT_EVENT_TYPES).optional()),
  severity: z.preprocess(emptyAsUndefined, z.enum(AUDIT_SEVERITIES).optional()),
  since: z.preprocess(emptyAsUndefined, z.iso.date().optional()),
});

export const AUDIT_ROUTES: readonly Route[] = [
  {
    method: "GET",
    pattern: "/audit",
    access: "session",
    handle: async (context) => {
      const { deps } = context.state;
      const filters = AuditFilterSchema.parse(
        Object.fromEntries(context.query),
      );
      const result = await readAuditRecords(
        deps.auditDirectory,
        {
          ...(filters.type === undefined ? {} : { types: [filters.type] }),
          ...(filters.severity === undefined
            ? {}
            : { minSeverity: filters.severity }),
          ...(filters.since === undefined
            ? {}
            : { since: new Date(`${filters.since}T00:00:00Z`) }),
        },
        deps.pathGuard,
      );
      const verification = await verifyAuditLog(deps.auditDirectory, {
        pathGuard: deps.pathGuard,
        hashLine: createLineHasher(),
      });
      const body = renderAuditPage(context, filters, result, verification);
      sendHtml(
        context.response,
        200,
        renderPage(context, context.t("audit.title"), body),
      );
    },
  },
];
