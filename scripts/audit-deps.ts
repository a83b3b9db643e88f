/**
 * CI's dependency audit: `npm audit` of the production dependencies. Fails
 * (exit 1) on a high or critical advisory; only warns (exit 0) when the
 * audit service cannot be reached, so an outage does not block a release,
 * while any other audit failure still fails.
 */
import { spawnSync } from "node:child_process";

import { z } from "zod";

// Errors npm reports when it could not talk to the registry's audit endpoint.
const NETWORK_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ERR_SOCKET_TIMEOUT",
  "FETCH_ERROR",
]);

const AuditOutput = z.object({
  /** Set when the audit endpoint answered with an HTTP error. */
  statusCode: z.number().optional(),
  message: z.string().optional(),
  error: z
    .object({
      code: z.string().nullish(),
      summary: z.string().nullish(),
      detail: z.string().nullish(),
    })
    .optional(),
  metadata: z
    .object({
      vulnerabilities: z.record(z.string(), z.number()),
    })
    .optional(),
});

export type AuditVerdict =
  | { kind: "clean"; counts: Record<string, number> }
  | { kind: "findings"; high: number; critical: number }
  | { kind: "unreachable"; reason: string }
  | { kind: "failed"; reason: string };

function isNetworkFailure(code: string, text: string): boolean {
  return (
    NETWORK_CODES.has(code) ||
    /audit endpoint|network|getaddrinfo|socket hang up/i.test(text)
  );
}

/** Reads `npm audit --json` output; exported for the tests. */
export function judgeAuditOutput(stdout: string): AuditVerdict {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { kind: "failed", reason: "npm audit printed no JSON" };
  }
  const parsed = AuditOutput.safeParse(json);
  if (!parsed.success) {
    return { kind: "failed", reason: "npm audit printed unexpected JSON" };
  }

  const { error, metadata, statusCode } = parsed.data;
  // The endpoint answered but would not audit (a registry mirror without
  // the audit API answers 404 or 405): the service is unavailable, not clean.
  if (error !== undefined && statusCode !== undefined) {
    const message = parsed.data.message ?? `HTTP ${statusCode}`;
    return { kind: "unreachable", reason: message };
  }
  if (error !== undefined) {
    const code = error.code ?? "";
    const text = `${error.summary ?? ""} ${error.detail ?? ""}`.trim();
    return isNetworkFailure(code, text)
      ? { kind: "unreachable", reason: `${code} ${text}`.trim() }
      : { kind: "failed", reason: `${code} ${text}`.trim() };
  }
  if (metadata === undefined) {
    return { kind: "failed", reason: "npm audit reported no totals" };
  }
  const counts = metadata.vulnerabilities;
  const high = counts.high ?? 0;
  const critical = counts.critical ?? 0;
  return high + critical > 0
    ? { kind: "findings", high, critical }
    : { kind: "clean", counts };
}

function main(): number {
  const result = spawnSync(
    "npm",
    ["audit", "--omit=dev", "--audit-level=high", "--json"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error !== undefined) {
    console.error(`Could not run npm audit: ${result.error.message}`);
    return 1;
  }

  const verdict = judgeAuditOutput(result.stdout);
  switch (verdict.kind) {
    case "clean":
      console.error(
        `Dependency audit: no high or critical advisories in production dependencies (${JSON.stringify(verdict.counts)}).`,
      );
      return 0;
    case "findings":
      console.error(
        `Dependency audit failed: ${verdict.high} high and ${verdict.critical} critical advisories in production dependencies. Run "npm audit --omit=dev" for details.`,
      );
      return 1;
    case "unreachable":
      console.error(
        `Warning: the npm audit service could not be reached (${verdict.reason}); the dependency audit was skipped.`,
      );
      return 0;
    case "failed":
      console.error(`Dependency audit failed: ${verdict.reason}.`);
      return 1;
    default: {
      const unknown: never = verdict;
      throw new Error(`Unhandled audit verdict ${JSON.stringify(unknown)}`);
    }
  }
}

// Run only as a script, not when the tests import judgeAuditOutput.
if (process.argv[1]?.endsWith("audit-deps.js") === true) {
  process.exitCode = main();
}
