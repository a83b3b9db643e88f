/**
 * The api.trakt.tv side of a request, after faults and the Cloudflare check:
 * client headers, the bearer token, the GET budget, then the route.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import { readPageRequest, toPage } from "./paging.js";
import { errorBody, sendJson } from "./responses.js";
import { routeApiRequest, type ApiResult } from "./routes.js";
import type { Services } from "./services.js";

const TOKEN_PROBLEMS = {
  expired: "The access token expired",
  revoked: "The access token was revoked",
  unknown: "The access token is invalid",
} as const;

export interface ApiCall {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  page: number;
  /** Set by a `strip-paging` fault: answer without paging headers. */
  stripPaging: boolean;
}

function sendUnauthorized(response: ServerResponse, description: string) {
  // Doorkeeper, which Trakt runs on, names the problem in this header too.
  const challenge = `Bearer realm="Doorkeeper", error="invalid_token", error_description="${description}"`;
  sendJson(
    response,
    401,
    { error: "invalid_token", error_description: description },
    { "WWW-Authenticate": challenge },
  );
}

/** Checks the token; returns whether it is valid, or false after a 401. */
function authenticate(call: ApiCall, services: Services): boolean | "refused" {
  const authorization = call.request.headers.authorization;
  if (authorization === undefined) return false;

  const token = /^Bearer (\S+)$/i.exec(authorization)?.[1] ?? "";
  let check = services.tokens.check(token);
  const faultRequest = {
    method: call.request.method ?? "GET",
    path: call.url.pathname,
    page: call.page,
  };
  if (check === "valid" && services.faults.shouldExpireTokens(faultRequest)) {
    services.tokens.expireAll();
    check = services.tokens.check(token);
  }

  if (check === "valid") return true;
  sendUnauthorized(call.response, TOKEN_PROBLEMS[check]);
  return "refused";
}

function sendResult(call: ApiCall, result: ApiResult, services: Services) {
  const { response } = call;
  switch (result.kind) {
    case "error":
      if (result.status === 401) {
        sendUnauthorized(response, result.description);
        return;
      }
      sendJson(response, result.status, {
        error: result.error,
        error_description: result.description,
      });
      return;
    case "object":
      sendJson(response, 200, result.body);
      return;
    case "list": {
      if (result.defaultLimit === undefined) {
        sendJson(response, 200, result.items, result.headers);
        return;
      }
      const query = call.url.searchParams;
      const pageRequest = readPageRequest(query, result.defaultLimit);
      const hiddenIds = services.routes.hiddenIds;
      const page = toPage(result.items, pageRequest, hiddenIds);
      const paging = call.stripPaging ? {} : page.headers;
      sendJson(response, 200, page.items, { ...result.headers, ...paging });
      return;
    }
    default: {
      const unhandled: never = result;
      throw new Error(`Unhandled API result ${JSON.stringify(unhandled)}`);
    }
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape matches no route as it is, which answers 404.
    return segment;
  }
}

export function handleApiCall(call: ApiCall, services: Services): void {
  const { request, response } = call;
  if (request.headers["trakt-api-key"] !== services.clientId) {
    sendJson(response, 403, {
      error: "invalid_api_key",
      error_description:
        "Send the app's client id in the trakt-api-key header.",
    });
    return;
  }
  if (request.headers["trakt-api-version"] !== "2") {
    sendJson(response, 400, {
      error: "invalid_api_version",
      error_description: "Send the header trakt-api-version: 2.",
    });
    return;
  }

  const authenticated = authenticate(call, services);
  if (authenticated === "refused") return;
  if (request.method !== "GET") {
    sendJson(response, 405, errorBody(405));
    return;
  }

  const limited = authenticated
    ? services.budgets.spend("AUTHED_API_GET_LIMIT", services.routes.owner.slug)
    : services.budgets.spend("UNAUTHED_API_GET_LIMIT", services.clientId);
  if (limited !== undefined) {
    sendJson(response, 429, errorBody(429), limited);
    return;
  }

  const segments = call.url.pathname
    .split("/")
    .filter((segment) => segment.length > 0)
    .map(decodeSegment);
  const apiRequest = {
    segments,
    query: call.url.searchParams,
    isAuthenticated: authenticated,
  };
  sendResult(call, routeApiRequest(apiRequest, services.routes), services);
}
