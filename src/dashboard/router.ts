import type { RequestContext } from "./request-context.js";

/**
 * `public` routes work without a session, `bearer` ones also accept the
 * dashboard secret as a bearer token (for scrapers), the rest need a session.
 */
export type RouteAccess = "public" | "session" | "bearer";

export interface Route {
  method: "GET" | "POST";
  /** Literal segments, `:name` for one segment, `*name` for the rest. */
  pattern: string;
  access: RouteAccess;
  /**
   * How a POST body is read: `form` is parsed and CSRF-checked by the
   * server; `upload` is streamed by the route, which checks the token.
   */
  body?: "form" | "upload";
  handle: (
    context: RequestContext,
    params: Readonly<Record<string, string>>,
  ) => Promise<void>;
}

export type RouteMatch =
  | { kind: "found"; route: Route; params: Record<string, string> }
  | { kind: "wrong-method"; access: RouteAccess }
  | { kind: "missing" };

function matchPattern(
  pattern: string,
  segments: readonly string[],
): Record<string, string> | undefined {
  const parts = pattern.split("/").filter((part) => part !== "");
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    if (part.startsWith("*")) {
      const rest = segments.slice(index);
      if (rest.length === 0) return undefined;
      params[part.slice(1)] = rest.join("/");
      return params;
    }
    const segment = segments[index];
    if (segment === undefined) return undefined;
    if (part.startsWith(":")) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return parts.length === segments.length ? params : undefined;
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  segments: readonly string[],
): RouteMatch {
  let wrongMethod: RouteAccess | undefined;
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (params === undefined) continue;
    if (
      route.method === method ||
      (method === "HEAD" && route.method === "GET")
    ) {
      return { kind: "found", route, params };
    }
    wrongMethod ??= route.access;
  }
  return wrongMethod === undefined
    ? { kind: "missing" }
    : { kind: "wrong-method", access: wrongMethod };
}
