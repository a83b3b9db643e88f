/**
 * Fault injection: rules that make chosen requests slow, failing, dropped or
 * rate limited, with a counter per rule so "the 2nd request" means the 2nd
 * request that the rule's scope matches.
 */
/** Which requests a rule applies to, and which occurrences of them. */
export interface FaultScope {
  /** Exact path, or a prefix when it ends with `*`. */
  path?: string;
  /** The `page` query value (1 when absent). */
  page?: number;
  method?: string;
  /** 1-based index of the first matching request hit. Default 1. */
  from?: number;
  /** How many matching requests are hit from `from` on. Default: all. */
  count?: number;
}

export type SandboxFault = FaultScope &
  (
    | { kind: "latency"; ms: number }
    | { kind: "status"; status: number; retryAfterSeconds?: number }
    | { kind: "html"; status: number; retryAfterSeconds?: number }
    | { kind: "drop" }
    | { kind: "rate-limit"; retryAfterSeconds: number }
    | { kind: "strip-paging" }
    | { kind: "expire-token"; afterRequests: number }
  );

export type FaultKind = SandboxFault["kind"];

/** What the injector decided for one request. */
export interface FaultDecision {
  latencyMs: number;
  /** The fault that answers instead of the server, if any. */
  answer:
    | Extract<SandboxFault, { kind: "status" | "html" | "drop" | "rate-limit" }>
    | undefined;
  stripPaging: boolean;
}

export interface FaultRequest {
  method: string;
  path: string;
  page: number;
}

function isPathMatch(pattern: string, path: string): boolean {
  return pattern.endsWith("*")
    ? path.startsWith(pattern.slice(0, -1))
    : pattern === path;
}

function isInScope(scope: FaultScope, request: FaultRequest): boolean {
  if (scope.path !== undefined && !isPathMatch(scope.path, request.path)) {
    return false;
  }
  if (scope.page !== undefined && scope.page !== request.page) return false;
  return (
    scope.method === undefined ||
    scope.method.toUpperCase() === request.method.toUpperCase()
  );
}

/** Keeps per-rule counters and decides which rules hit each request. */
export class FaultInjector {
  readonly #rules: readonly SandboxFault[];
  readonly #seen: number[];
  readonly #expiryFired: boolean[];

  constructor(rules: readonly SandboxFault[]) {
    this.#rules = rules;
    this.#seen = rules.map(() => 0);
    this.#expiryFired = rules.map(() => false);
  }

  decide(request: FaultRequest): FaultDecision {
    const decision: FaultDecision = {
      latencyMs: 0,
      answer: undefined,
      stripPaging: false,
    };

    this.#rules.forEach((rule, index) => {
      if (rule.kind === "expire-token" || !isInScope(rule, request)) return;

      const occurrence = (this.#seen[index] ?? 0) + 1;
      this.#seen[index] = occurrence;
      const from = rule.from ?? 1;
      const count = rule.count ?? Number.POSITIVE_INFINITY;
      if (occurrence < from || occurrence >= from + count) return;

      switch (rule.kind) {
        case "latency":
          decision.latencyMs += rule.ms;
          break;
        case "strip-paging":
          decision.stripPaging = true;
          break;
        case "status":
        case "html":
        case "drop":
        case "rate-limit":
          // The first answering rule wins; later ones still count the hit.
          decision.answer ??= rule;
          break;
        default: {
          const unhandled: never = rule;
          throw new Error(`Unhandled fault ${JSON.stringify(unhandled)}`);
        }
      }
    });
    return decision;
  }

  /**
   * Counts one request made with a valid access token and returns true when
   * an `expire-token` rule says the token dies now (once per rule).
   */
  shouldExpireTokens(request: FaultRequest): boolean {
    let expire = false;
    this.#rules.forEach((rule, index) => {
      if (rule.kind !== "expire-token" || this.#expiryFired[index] === true) {
        return;
      }
      if (!isInScope(rule, request)) return;

      const seen = (this.#seen[index] ?? 0) + 1;
      this.#seen[index] = seen;
      if (seen > rule.afterRequests) {
        this.#expiryFired[index] = true;
        expire = true;
      }
    });
    return expire;
  }
}
