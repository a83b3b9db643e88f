/**
 * The text form of fault rules, for `--faults`. Grammar (see docs/sandbox.md):
 *
 *   SPEC  = RULE *( ";" RULE )
 *   RULE  = KIND [ "=" VALUE ] *( "," KEY "=" VALUE )
 *   KIND  = latency=MS | status=CODE | html=CODE | drop | rate-limit[=SECONDS]
 *         | strip-paging | expire-token=N
 *   KEY   = path | page | method | from | count | nth | retry-after
 */
import { UsageError } from "../shared/index.js";

import type { FaultScope, SandboxFault } from "./faults.js";

/** Retry-After of a `rate-limit` rule written without a value. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

type Scope = { -readonly [Key in keyof FaultScope]: FaultScope[Key] };

function parseWholeNumber(text: string, min: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min ? value : undefined;
}

function parseKind(
  kind: string,
  value: string | undefined,
  problems: string[],
): SandboxFault | undefined {
  const number = value === undefined ? undefined : parseWholeNumber(value, 0);
  const forms: Readonly<Record<string, string>> = {
    latency: "latency=MS",
    status: "status=CODE, with CODE from 100 to 599",
    html: "html=CODE, with CODE from 100 to 599",
    "rate-limit": "rate-limit or rate-limit=SECONDS",
    "expire-token": "expire-token=N, with N a number of requests",
  };
  const isStatus = number !== undefined && number >= 100 && number <= 599;

  switch (kind) {
    case "latency":
      if (number !== undefined) return { kind, ms: number };
      break;
    case "status":
    case "html":
      if (isStatus) return { kind, status: number };
      break;
    case "drop":
    case "strip-paging":
      return { kind };
    case "rate-limit":
      if (value === undefined) {
        return { kind, retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS };
      }
      if (number !== undefined) return { kind, retryAfterSeconds: number };
      break;
    case "expire-token":
      if (number !== undefined) return { kind, afterRequests: number };
      break;
    default:
      problems.push(
        `unknown fault "${kind}"; use latency, status, html, drop, rate-limit, strip-paging or expire-token.`,
      );
      return undefined;
  }

  problems.push(`write it as ${forms[kind] ?? kind}.`);
  return undefined;
}

function applyScopeKey(
  scope: Scope,
  key: string,
  value: string,
  problems: string[],
): void {
  if (key === "path") {
    if (!value.startsWith("/")) problems.push(`path must start with "/".`);
    scope.path = value;
    return;
  }
  if (key === "method") {
    scope.method = value.toUpperCase();
    return;
  }

  if (!["page", "from", "count", "nth"].includes(key)) {
    problems.push(
      `unknown key "${key}"; use path, page, method, from, count, nth or retry-after.`,
    );
    return;
  }
  const number = parseWholeNumber(value, 1);
  if (number === undefined) {
    problems.push(`${key} must be a whole number from 1, not "${value}".`);
    return;
  }

  if (key === "page") scope.page = number;
  if (key === "from" || key === "nth") scope.from = number;
  if (key === "count") scope.count = number;
  if (key === "nth") scope.count = 1;
}

function parseRule(text: string, problems: string[]): SandboxFault | undefined {
  const [head = "", ...pairs] = text.split(",").map((part) => part.trim());
  const [kind = "", value] = head.split("=", 2);
  const ruleProblems: string[] = [];
  const fault = parseKind(kind.trim(), value?.trim(), ruleProblems);

  const scope: Scope = {};
  let retryAfterSeconds: number | undefined;
  for (const pair of pairs) {
    const separator = pair.indexOf("=");
    if (separator < 1) {
      ruleProblems.push(`"${pair}" is not KEY=VALUE.`);
      continue;
    }
    const key = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    if (key === "retry-after") {
      retryAfterSeconds = parseWholeNumber(value, 0);
      if (retryAfterSeconds === undefined) {
        ruleProblems.push(`retry-after must be whole seconds, not "${value}".`);
      }
      continue;
    }
    applyScopeKey(scope, key, value, ruleProblems);
  }

  problems.push(...ruleProblems.map((problem) => `"${text}": ${problem}`));
  if (fault === undefined || ruleProblems.length > 0) return undefined;
  if (retryAfterSeconds === undefined) return { ...scope, ...fault };

  // Retry-After can ride on any answer that sends one; the others ignore it.
  switch (fault.kind) {
    case "status":
    case "html":
    case "rate-limit":
      return { ...scope, ...fault, retryAfterSeconds };
    default:
      problems.push(
        `"${text}": retry-after only fits status, html or rate-limit.`,
      );
      return undefined;
  }
}

/**
 * Parses a `--faults` spec such as `status=503,path=/sync/history,nth=2`.
 * Every bad rule is reported at once in one UsageError.
 */
export function parseFaultSpec(spec: string): SandboxFault[] {
  const problems: string[] = [];
  const rules = spec
    .split(";")
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text) => parseRule(text, problems));

  if (problems.length > 0) {
    throw new UsageError(
      `--faults "${spec}" is not valid:\n${problems.map((p) => `- ${p}`).join("\n")}\nSee docs/sandbox.md for the grammar.`,
    );
  }
  return rules.filter((rule) => rule !== undefined);
}
