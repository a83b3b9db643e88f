import { strict as assert } from "node:assert";
import { describe, it } from "node:test";

import { toHttpAuditEvent, toRateLimitAuditEvent } from "./audit-adapters.js";

describe("audit adapters", () => {
  it("records a refused URL as a security violation", () => {
    assert.deepEqual(
      toHttpAuditEvent({
        kind: "refused",
        url: "https://api.trakt.tv.evil.example/",
        reason: "not allowed",
      }),
      {
        eventType: "security_violation",
        severity: "high",
        source: "http_client",
        action: "check_url",
        result: "refused",
        message: "not allowed",
        details: { target: "https://api.trakt.tv.evil.example/" },
      },
    );
  });

  it("leaves accepted redirects out of the audit log", () => {
    assert.equal(
      toHttpAuditEvent({ kind: "redirect", from: "a", to: "b", status: 302 }),
      undefined,
    );
  });

  it("records a server 429 as rate_limit_hit", () => {
    const event = toRateLimitAuditEvent({
      serviceKey: "trakt_api",
      retryAfterMs: 7000,
      target: undefined,
    });
    assert.equal(event.eventType, "rate_limit_hit");
    assert.deepEqual(event.details, {
      service: "trakt_api",
      retry_after_ms: 7000,
      target: null,
    });
  });
});
