import {
  describeError,
  errorTextOf,
  isExpectedError,
} from "../../shared/index.js";
import { parseExportChoices } from "../choices.js";
import { recordAction } from "../dashboard-audit.js";
import type { DeviceLogin } from "../dependencies.js";
import { HttpError } from "../http-errors.js";
import { renderPage } from "../layout.js";
import {
  renderExportPage,
  renderSchedulePage,
  renderTraktPage,
} from "../pages/live-pages.js";
import {
  requireSession,
  takeNotice,
  type RequestContext,
} from "../request-context.js";
import { redirect, sendHtml } from "../respond.js";
import type { Route } from "../router.js";

import { startExportJob } from "./jobs.js";

function requireTrakt(context: RequestContext) {
  const connection = context.state.deps.traktConnection;
  if (connection === undefined) {
    throw new HttpError(503, "No Trakt connection is configured.");
  }
  return connection;
}

async function showTrakt(
  context: RequestContext,
  status: number,
  login: DeviceLogin | undefined,
): Promise<void> {
  const connection = context.state.deps.traktConnection;
  const tokenStatus = await connection?.readStatus();
  const body = renderTraktPage(
    context,
    tokenStatus,
    login,
    takeNotice(context),
  );
  sendHtml(
    context.response,
    status,
    renderPage(context, context.t("trakt.title"), body),
  );
}

export const LIVE_ROUTES: readonly Route[] = [
  {
    method: "GET",
    pattern: "/export",
    access: "session",
    handle: (context) => {
      const page = renderPage(
        context,
        context.t("export.title"),
        renderExportPage(context),
      );
      sendHtml(context.response, 200, page);
      return Promise.resolve();
    },
  },
  {
    method: "POST",
    pattern: "/export",
    access: "session",
    body: "form",
    handle: async (context) => {
      const { deps } = context.state;
      const startLiveExport = deps.startLiveExport;
      if (startLiveExport === undefined) {
        throw new HttpError(503, "No live export is configured.");
      }
      const choices = parseExportChoices(context.form);
      await startExportJob(
        context,
        "trakt-api",
        (onEvent) =>
          startLiveExport({
            ...choices,
            outputRoot: deps.exportsRoot,
            onEvent,
          }),
        () => Promise.resolve(),
      );
    },
  },
  {
    method: "GET",
    pattern: "/trakt",
    access: "session",
    handle: (context) => showTrakt(context, 200, undefined),
  },
  {
    method: "POST",
    pattern: "/trakt/device-login",
    access: "session",
    body: "form",
    handle: async (context) => {
      const connection = requireTrakt(context);
      let login: DeviceLogin;
      try {
        login = await connection.startDeviceLogin();
      } catch (error) {
        // Missing app credentials or a refused code request explain
        // themselves; the page shows that text instead of an error page.
        showTraktFailure(
          context,
          error,
          "auth_failure",
          "trakt_device_login_start",
        );
        return;
      }
      recordAction(context, {
        eventType: "auth_success",
        action: "trakt_device_login_start",
        result: "success",
        message: "Started a Trakt device login from the dashboard.",
      });
      await showTrakt(context, 200, login);
    },
  },
  {
    method: "POST",
    pattern: "/trakt/revoke",
    access: "session",
    body: "form",
    handle: async (context) => {
      try {
        await requireTrakt(context).revoke();
      } catch (error) {
        showTraktFailure(context, error, "credential_delete", "trakt_revoke");
        return;
      }
      recordAction(context, {
        eventType: "credential_delete",
        action: "trakt_revoke",
        result: "success",
        message: "Revoked the Trakt token from the dashboard.",
      });
      requireSession(context).notice = context.t("trakt.revoked");
      redirect(context.response, "/trakt");
    },
  },
  {
    method: "GET",
    pattern: "/schedule",
    access: "session",
    handle: async (context) => {
      const view = context.state.deps.schedule;
      const body = renderSchedulePage(
        context,
        await view?.listSchedules(),
        await view?.readSchedulerHealth(),
      );
      sendHtml(
        context.response,
        200,
        renderPage(context, context.t("schedule.title"), body),
      );
    },
  },
];

/**
 * Records an expected failure of a Trakt action and shows its text on the
 * Trakt page; anything else is a bug and goes to the error page.
 */
function showTraktFailure(
  context: RequestContext,
  error: unknown,
  eventType: "auth_failure" | "credential_delete",
  action: string,
): void {
  if (!isExpectedError(error)) throw error;
  recordAction(context, {
    eventType,
    action,
    result: "failure",
    message: describeError(error),
  });
  requireSession(context).notice = errorTextOf(error);
  redirect(context.response, "/trakt");
}
