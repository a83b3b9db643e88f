/**
 * Who may do what: sessions from the cookie, the CSRF synchronizer token,
 * same-origin checks and per-client rate limiting.
 */
import type { IncomingMessage } from "node:http";

import { readCookie } from "./cookies.js";
import { recordAction } from "./dashboard-audit.js";
import { readField, type FormFields } from "./form-body.js";
import { HttpError } from "./http-errors.js";
import type { DashboardState, RequestContext } from "./request-context.js";
import { isSameSecret, type Session } from "./sessions.js";

export function sessionCookieName(isTls: boolean): string {
  // The __Host- prefix makes the browser refuse the cookie unless it is
  // Secure, host-only and for path /, which only works over TLS.
  return isTls ? "__Host-et_session" : "et_session";
}

export function findSession(
  request: IncomingMessage,
  state: DashboardState,
): Session | undefined {
  const id = readCookie(request, sessionCookieName(state.isTls));
  return state.sessions.find(id);
}

/** True when the request carries the dashboard secret as a bearer token. */
export function hasBearerSecret(
  request: IncomingMessage,
  state: DashboardState,
): boolean {
  const header = request.headers.authorization ?? "";
  const match = /^Bearer (\S+)$/.exec(header);
  return match?.[1] !== undefined && isSameSecret(state.secret, match[1]);
}

/** Refuses a state-changing request whose form lacks the session's token. */
export function checkCsrf(context: RequestContext, fields: FormFields): void {
  const expected = context.session?.csrfToken;
  const sent = readField(fields, "csrf");
  if (expected !== undefined && sent !== undefined) {
    if (isSameSecret(expected, sent)) return;
  }
  recordAction(context, {
    eventType: "security_violation",
    action: "csrf_check",
    result: "refused",
    severity: "high",
    message: "A state-changing request without a valid CSRF token was refused.",
  });
  throw new HttpError(403, "The CSRF token is missing or wrong.");
}

/**
 * Refuses a POST that a browser says comes from another origin. Browsers
 * send Origin on every POST; its absence (scripts, old clients) is left to
 * the CSRF token.
 */
export function checkSameOrigin(context: RequestContext): void {
  const origin = context.request.headers.origin;
  if (origin === undefined) return;
  const scheme = context.state.isTls ? "https" : "http";
  const expected = `${scheme}://${context.request.headers.host ?? ""}`;
  if (origin === expected) return;

  recordAction(context, {
    eventType: "security_violation",
    action: "origin_check",
    result: "refused",
    severity: "high",
    message: "A request from another origin was refused.",
  });
  throw new HttpError(403, "Cross-origin requests are refused.");
}

const RATE_LIMIT_AUDIT_INTERVAL_MS = 60_000;
const lastRateLimitAudit = new WeakMap<DashboardState, Map<string, number>>();

/** Takes a token from the client's bucket; 429 when there is none. */
export function enforceRateLimit(context: RequestContext): void {
  const { state, clientAddress } = context;
  const key = `dashboard:${clientAddress}`;
  if (state.deps.rateLimiter.tryAcquire(key)) return;

  // One audit line per client and minute: a flood must not flood the log.
  const nowMs = state.deps.now().getTime();
  const audited = lastRateLimitAudit.get(state) ?? new Map<string, number>();
  lastRateLimitAudit.set(state, audited);
  const last = audited.get(clientAddress);
  if (last === undefined || nowMs - last > RATE_LIMIT_AUDIT_INTERVAL_MS) {
    audited.set(clientAddress, nowMs);
    recordAction(context, {
      eventType: "rate_limit_hit",
      action: "request",
      result: "refused",
      message: "A dashboard client went over the request rate limit.",
    });
  }
  throw new HttpError(429, "Too many requests.", { retryAfterSeconds: 10 });
}
