import type { AuditEvent } from "./audit-event.js";
import type { HttpClientEvent } from "./http-client.js";
import type { RateLimitHit } from "./rate-limiter.js";

/** The audit event for a 429 answer reported by the rate limiter. */
export function toRateLimitAuditEvent(hit: RateLimitHit): AuditEvent {
  return {
    eventType: "rate_limit_hit",
    severity: "medium",
    source: "rate_limiter",
    action: "server_limit",
    result: "warning",
    message: `The server limited requests for "${hit.serviceKey}".`,
    details: {
      service: hit.serviceKey,
      retry_after_ms: hit.retryAfterMs ?? null,
      target: hit.target ?? null,
    },
  };
}

/**
 * The audit event for an HTTP client event, or undefined for events that
 * are not security relevant (a redirect that passed the policy).
 */
export function toHttpAuditEvent(
  event: HttpClientEvent,
): AuditEvent | undefined {
  switch (event.kind) {
    case "refused":
      return {
        eventType: "security_violation",
        severity: "high",
        source: "http_client",
        action: "check_url",
        result: "refused",
        message: event.reason,
        details: { target: event.url },
      };
    case "hsts_missing":
      return {
        eventType: "security_violation",
        severity: "low",
        source: "http_client",
        action: "check_hsts",
        result: "warning",
        message: "An HTTPS answer had no Strict-Transport-Security header.",
        details: { target: event.url },
      };
    case "redirect":
      return undefined;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
