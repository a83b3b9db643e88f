/**
 * Sandbox-only endpoints, not part of Trakt: approving or denying a device
 * code (what the person does on auth.trakt.tv/activate), and the counters.
 */
import type { ServerResponse } from "node:http";

import { z } from "zod";

import { escapeHtml, sendHtml, sendJson } from "./responses.js";
import type { Services } from "./services.js";

const Decision = z.object({ user_code: z.string().min(1) });

function activationPage(message: string): string {
  return [
    "<!DOCTYPE html>",
    "<html><head><title>Activate: export-trakt sandbox</title></head><body>",
    `<p>${escapeHtml(message)}</p>`,
    '<form method="post" action="/activate">',
    '<label>Code <input name="user_code" autocomplete="off"></label>',
    '<button name="decision" value="approve">Approve</button>',
    '<button name="decision" value="deny">Deny</button>',
    "</form></body></html>",
  ].join("\n");
}

/** Answers `/activate` and `/sandbox/*`. */
export function handleControlRequest(
  method: string,
  path: string,
  params: unknown,
  response: ServerResponse,
  services: Services,
): void {
  const route = `${method} ${path}`;
  if (route === "GET /sandbox/stats") {
    sendJson(response, 200, services.log.stats());
    return;
  }
  if (route === "GET /activate") {
    sendHtml(response, 200, activationPage("Enter the code the app shows."));
    return;
  }

  const decision = Decision.safeParse(params);
  const approve =
    route === "POST /sandbox/approve" ||
    (route === "POST /activate" &&
      typeof params === "object" &&
      params !== null &&
      "decision" in params &&
      params.decision !== "deny");
  const isDecisionRoute = [
    "POST /sandbox/approve",
    "POST /sandbox/deny",
    "POST /activate",
  ].includes(route);
  if (!isDecisionRoute) {
    sendJson(response, 404, { error: "not_found" });
    return;
  }
  if (!decision.success) {
    sendJson(response, 400, { error: "user_code is required" });
    return;
  }

  const userCode = decision.data.user_code;
  const found = services.oauth.decideDeviceCode(userCode, approve);
  if (path === "/activate") {
    const outcome = approve ? "approved" : "denied";
    const message = found
      ? `Code ${userCode} ${outcome}. You can close this page.`
      : `No pending code ${userCode}.`;
    sendHtml(response, found ? 200 : 404, activationPage(message));
    return;
  }
  sendJson(response, found ? 200 : 404, { user_code: userCode, found });
}
