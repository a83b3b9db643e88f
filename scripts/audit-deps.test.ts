import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { judgeAuditOutput } from "./audit-deps.js";

const totals = (high: number, critical: number) =>
  JSON.stringify({
    metadata: {
      vulnerabilities: {
        info: 0,
        low: 1,
        moderate: 2,
        high,
        critical,
        total: 3 + high + critical,
      },
    },
  });

describe("dependency audit verdict", () => {
  it("passes when no high or critical advisory is reported", () => {
    assert.equal(judgeAuditOutput(totals(0, 0)).kind, "clean");
  });

  it("fails on high or critical advisories", () => {
    assert.deepEqual(judgeAuditOutput(totals(2, 1)), {
      kind: "findings",
      high: 2,
      critical: 1,
    });
  });

  it("only warns when the audit service cannot be reached", () => {
    const offline = JSON.stringify({
      error: {
        code: "ENOTFOUND",
        summary:
          "request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org",
        detail: "",
      },
    });
    assert.equal(judgeAuditOutput(offline).kind, "unreachable");
    const refused = JSON.stringify({
      message:
        "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    assert.equal(judgeAuditOutput(refused).kind, "unreachable");
  });

  it("fails on any other audit error or on output that is not JSON", () => {
    const noLock = JSON.stringify({
      error: { code: "ENOLOCK", summary: "This command requires a lockfile" },
    });
    assert.deepEqual(judgeAuditOutput(noLock), {
      kind: "failed",
      reason: "ENOLOCK This command requires a lockfile",
    });
    assert.equal(judgeAuditOutput("<html>").kind, "failed");
  });
});
