/**
 * The text form of fault rules, for `--faults`. Grammar (see docs/sandbox.md):
 *
 *   SPEC  = RULE *( ";" RULE )
 *   RULE  = KIND [ "=" VALUE ] *( "," KEY "=" VALUE )
 *   KIND  = latency=MS | status=CODE | html=CODE | drop | rate-limit[=SECONDS]
 *         | strip-paging | expire-token=N
 *   KEY   = path | page | method | from | count | nth | retry-after
 */
import { localize, type LocalizedText } from "../i18n/index.js";
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

/** How a rule of a known kind that takes a value must be written. */
function describeForm(
  kind: "latency" | "status" | "html" | "rate-limit" | "expire-token",
): LocalizedText {
  switch (kind) {
    case "latency":
      return localize("faults.form.latency");
    case "status":
    case "html":
      return localize("faults.form.status", { kind });
    case "rate-limit":
      return localize("faults.form.rateLimit");
    case "expire-token":
      return localize("faults.form.expireToken");
  }
}

function parseKind(
  kind: string,
  value: string | undefined,
  problems: LocalizedText[],
): SandboxFault | undefined {
  const number = value === undefined ? undefined : parseWholeNumber(value, 0);
  const isStatus = number !== undefined && number >= 100 && number <= 599;

  switch (kind) {
    case "latency":
      if (number !== undefined) return { kind, ms: number };
      problems.push(describeForm(kind));
      return undefined;
    case "status":
    case "html":
      if (isStatus) return { kind, status: number };
      problems.push(describeForm(kind));
      return undefined;
    case "drop":
    case "strip-paging":
      return { kind };
    case "rate-limit":
      if (value === undefined) {
        return { kind, retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS };
      }
      if (number !== undefined) return { kind, retryAfterSeconds: number };
      problems.push(describeForm(kind));
      return undefined;
    case "expire-token":
      if (number !== undefined) return { kind, afterRequests: number };
      problems.push(describeForm(kind));
      return undefined;
    default:
      problems.push(localize("faults.unknownKind", { kind }));
      return undefined;
  }
}

function applyScopeKey(
  scope: Scope,
  key: string,
  value: string,
  problems: LocalizedText[],
): void {
  if (key === "path") {
    if (!value.startsWith("/")) problems.push(localize("faults.pathSlash"));
    scope.path = value;
    return;
  }
  if (key === "method") {
    scope.method = value.toUpperCase();
    return;
  }

  if (!["page", "from", "count", "nth"].includes(key)) {
    problems.push(localize("faults.unknownKey", { key }));
    return;
  }
  const number = parseWholeNumber(value, 1);
  if (number === undefined) {
    problems.push(localize("faults.notWholeNumber", { key, value }));
    return;
  }

  if (key === "page") scope.page = number;
  if (key === "from" || key === "nth") scope.from = number;
  if (key === "count") scope.count = number;
  if (key === "nth") scope.count = 1;
}

function parseRule(
  text: string,
  problems: LocalizedText[],
): SandboxFault | undefined {
  const [head = "", ...pairs] = text.split(",").map((part) => part.trim());
  const [kind = "", value] = head.split("=", 2);
  const ruleProblems: LocalizedText[] = [];
  const fault = parseKind(kind.trim(), value?.trim(), ruleProblems);

  const scope: Scope = {};
  let retryAfterSeconds: number | undefined;
  for (const pair of pairs) {
    const separator = pair.indexOf("=");
    if (separator < 1) {
      ruleProblems.push(localize("faults.notPair", { pair }));
      continue;
    }
    const key = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    if (key === "retry-after") {
      retryAfterSeconds = parseWholeNumber(value, 0);
      if (retryAfterSeconds === undefined) {
        ruleProblems.push(localize("faults.retryAfterSeconds", { value }));
      }
      continue;
    }
    applyScopeKey(scope, key, value, ruleProblems);
  }

  const inRule = (problem: LocalizedText) =>
    localize("faults.inRule", { rule: text, problem });
  problems.push(...ruleProblems.map(inRule));
  if (fault === undefined || ruleProblems.length > 0) return undefined;
  if (retryAfterSeconds === undefined) return { ...scope, ...fault };

  // Retry-After can ride on any answer that sends one; the others ignore it.
  switch (fault.kind) {
    case "status":
    case "html":
    case "rate-limit":
      return { ...scope, ...fault, retryAfterSeconds };
    default:
      problems.push(inRule(localize("faults.retryAfterKind")));
      return undefined;
  }
}

/**
 * Parses a `--faults` spec such as `status=503,path=/sync/history,nth=2`.
 * Every bad rule is reported at once in one UsageError.
 */
export function parseFaultSpec(spec: string): SandboxFault[] {
  const problems: LocalizedText[] = [];
  const rules = spec
    .split(";")
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text) => parseRule(text, problems));

  if (problems.length > 0) {
    throw new UsageError(localize("faults.invalid", { spec, problems }));
  }
  return rules.filter((rule) => rule !== undefined);
}
