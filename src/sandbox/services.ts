import type { FaultInjector } from "./faults.js";
import type { OAuthProvider } from "./oauth.js";
import type { RateBudgets } from "./rate-budget.js";
import type { RequestLog } from "./request-log.js";
import type { RouteContext } from "./routes.js";
import type { TokenStore } from "./token-store.js";

/** The parts of one running sandbox that request handlers share. */
export interface Services {
  clientId: string;
  latencyMs: number;
  blockedUserAgents: readonly string[];
  routes: RouteContext;
  faults: FaultInjector;
  tokens: TokenStore;
  oauth: OAuthProvider;
  budgets: RateBudgets;
  log: RequestLog;
  clock: () => number;
  /** Aborted on close, so delayed answers stop waiting. */
  closing: AbortSignal;
}
