/**
 * One request from start to answer: sandbox controls, injected faults and
 * latency, the Cloudflare User-Agent check, then OAuth or the API.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";

import { handleApiCall } from "./api-handler.js";
import { handleControlRequest } from "./control.js";
import type { FaultDecision } from "./faults.js";
import { rateLimitHeaders } from "./rate-budget.js";
import { readParams } from "./request-body.js";
import {
  blockPageHtml,
  errorBody,
  errorPageHtml,
  sendEmpty,
  sendHtml,
  sendJson,
} from "./responses.js";
import type { Services } from "./services.js";

type FaultAnswer = NonNullable<FaultDecision["answer"]>;

function retryAfterOf(answer: {
  retryAfterSeconds?: number;
}): Record<string, string> {
  const seconds = answer.retryAfterSeconds;
  return seconds === undefined ? {} : { "Retry-After": String(seconds) };
}

function sendFault(
  response: ServerResponse,
  answer: FaultAnswer,
  services: Services,
): void {
  switch (answer.kind) {
    case "drop":
      response.socket?.destroy();
      return;
    case "status":
      sendJson(response, answer.status, errorBody(answer.status), {
        ...retryAfterOf(answer),
      });
      return;
    case "html":
      sendHtml(response, answer.status, errorPageHtml(answer.status), {
        ...retryAfterOf(answer),
      });
      return;
    case "rate-limit": {
      const nowMs = services.clock();
      const untilMs = nowMs + answer.retryAfterSeconds * 1000;
      const { budget } = services.budgets;
      const name = "AUTHED_API_GET_LIMIT";
      const headers = rateLimitHeaders(name, budget, untilMs, nowMs);
      sendJson(response, 429, errorBody(429), headers);
      return;
    }
    default: {
      const unhandled: never = answer;
      throw new Error(`Unhandled fault ${JSON.stringify(unhandled)}`);
    }
  }
}

function isBlockedAgent(
  agent: string | undefined,
  blocked: readonly string[],
): boolean {
  if (agent === undefined || agent.trim() === "") return true;
  return blocked.some((part) => agent.includes(part));
}

async function handleOAuth(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  services: Services,
): Promise<void> {
  const method = request.method ?? "GET";
  const params = await readParams(request, url);
  if (params === undefined) {
    sendJson(response, 400, {
      error: "invalid_request",
      error_description: "The body must be JSON.",
    });
    return;
  }

  const result = services.oauth.handle(method, url.pathname, params);
  if (result === undefined) {
    sendJson(response, 404, errorBody(404));
  } else if (result.location !== undefined) {
    sendEmpty(response, result.status, { Location: result.location });
  } else if (result.html !== undefined) {
    sendHtml(response, result.status, result.html);
  } else if (result.json === undefined) {
    sendEmpty(response, result.status);
  } else {
    sendJson(response, result.status, result.json);
  }
}

function pageOf(url: URL): number {
  const page = Number(url.searchParams.get("page") ?? "1");
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  services: Services,
): Promise<void> {
  // Only the path and query are used; the origin is a placeholder.
  const url = new URL(request.url ?? "/", "http://sandbox.invalid");
  const method = request.method ?? "GET";
  const path = url.pathname;
  if (path.startsWith("/sandbox/") || path === "/activate") {
    // Controls stay out of faults and the log, so the counts stay Trakt's.
    const params = await readParams(request, url);
    handleControlRequest(method, path, params, response, services);
    return;
  }

  const page = pageOf(url);
  const decision = services.faults.decide({ method, path, page });
  const record = (status: number): void => {
    const fault = decision.answer?.kind;
    services.log.add({
      method,
      path,
      page,
      status,
      fault,
      atMs: services.clock(),
    });
  };
  response.on("finish", () => {
    record(response.statusCode);
  });

  const latencyMs = services.latencyMs + decision.latencyMs;
  if (latencyMs > 0) {
    await delay(latencyMs, undefined, { signal: services.closing });
  }

  if (decision.answer !== undefined) {
    if (decision.answer.kind === "drop") record(0);
    sendFault(response, decision.answer, services);
    return;
  }
  if (
    isBlockedAgent(request.headers["user-agent"], services.blockedUserAgents)
  ) {
    sendHtml(response, 403, blockPageHtml());
    return;
  }

  if (path.startsWith("/oauth/")) {
    await handleOAuth(request, response, url, services);
    return;
  }
  const stripPaging = decision.stripPaging;
  handleApiCall({ request, response, url, page, stripPaging }, services);
}
