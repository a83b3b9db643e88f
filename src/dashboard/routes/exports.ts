import { basename } from "node:path";

import { SecurityError } from "../../shared/index.js";
import { recordAction } from "../dashboard-audit.js";
import { deleteExport, listExports, readExportFile } from "../exports-store.js";
import { renderPage } from "../layout.js";
import { renderExportsPage } from "../pages/exports-page.js";
import {
  requireSession,
  takeNotice,
  type RequestContext,
} from "../request-context.js";
import { redirect, sendHtml } from "../respond.js";
import type { Route } from "../router.js";

async function showExports(
  context: RequestContext,
  notice: string | undefined,
): Promise<void> {
  const { deps } = context.state;
  const listing = await listExports(deps.exportsRoot, deps.pathGuard);
  const body = renderExportsPage(context, listing, notice);
  sendHtml(
    context.response,
    200,
    renderPage(context, context.t("exports.title"), body),
  );
}

function contentTypeOf(path: string): string {
  return path.endsWith(".json")
    ? "application/json"
    : "text/csv; charset=utf-8";
}

/** Wraps a refusal by the path guard in an audit line, then rethrows it. */
async function auditRefusal<T>(
  context: RequestContext,
  action: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SecurityError) {
      recordAction(context, {
        eventType: "security_violation",
        action,
        result: "refused",
        severity: "high",
        message: `The path guard refused a dashboard ${action}.`,
      });
    }
    throw error;
  }
}

export const EXPORTS_ROUTES: readonly Route[] = [
  {
    method: "GET",
    pattern: "/exports",
    access: "session",
    handle: (context) => {
      return showExports(context, takeNotice(context));
    },
  },
  {
    method: "GET",
    pattern: "/exports/:folder/files/*path",
    access: "session",
    handle: async (context, params) => {
      const { deps } = context.state;
      const folder = params.folder ?? "";
      const path = params.path ?? "";
      const content = await auditRefusal(context, "download", () =>
        readExportFile(deps.exportsRoot, folder, path, deps.pathGuard),
      );
      recordAction(context, {
        eventType: "data_export",
        action: "download",
        result: "success",
        message: `Downloaded ${path} from ${folder}.`,
      });
      context.response.writeHead(200, {
        "Content-Type": contentTypeOf(path),
        "Content-Length": content.length,
        "Content-Disposition": `attachment; filename="${basename(path).replace(/[^\w.-]/g, "_")}"`,
      });
      context.response.end(content);
    },
  },
  {
    method: "POST",
    pattern: "/exports/:folder/delete",
    access: "session",
    body: "form",
    handle: async (context, params) => {
      const { deps } = context.state;
      const folder = params.folder ?? "";
      await auditRefusal(context, "delete", () =>
        deleteExport(deps.exportsRoot, folder, deps.pathGuard),
      );
      recordAction(context, {
        eventType: "data_export",
        action: "delete_export",
        result: "success",
        message: `Deleted the export folder ${folder}.`,
      });
      requireSession(context).notice = context.t("exports.deleted", {
        folder,
      });
      redirect(context.response, "/exports");
    },
  },
];
