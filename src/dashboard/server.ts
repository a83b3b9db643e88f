import { createServer as createHttpServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";

import { isExpectedError } from "../shared/index.js";

import {
  checkCsrf,
  checkSameOrigin,
  enforceRateLimit,
  findSession,
  hasBearerSecret,
} from "./access.js";
import { readCookie, serializeCookie } from "./cookies.js";
import type { DashboardDependencies } from "./dependencies.js";
import { readFormBody } from "./form-body.js";
import { html } from "./html.js";
import { HttpError, messageKeyFor, toHttpStatus } from "./http-errors.js";
import { JobRegistry } from "./jobs.js";
import { renderPage } from "./layout.js";
import {
  createTranslator,
  isLanguage,
  negotiateLanguage,
  type Language,
} from "../i18n/index.js";
import type { DashboardState, RequestContext } from "./request-context.js";
import { parseRequestPath } from "./request-path.js";
import { sendHtml } from "./respond.js";
import { matchRoute, type Route } from "./router.js";
import { buildRoutes, recordFinishedJob } from "./routes/index.js";
import { loadOrCreateSecret } from "./secret-store.js";
import { setSecurityHeaders } from "./security-headers.js";
import { LoginTokens, SessionStore } from "./sessions.js";

export interface ServeOptions {
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
}

export interface DashboardServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** True when the secret was created by this start. */
  isSecretNew: boolean;
  /** A login link that works once, within the next 15 minutes. */
  mintLoginLink(): string;
  close(): Promise<void>;
}

/** How long a printed login link can be used. */
export const LOGIN_LINK_LIFETIME_MS = 15 * 60_000;
const SESSION_IDLE_TIMEOUT_MS = 12 * 60 * 60_000;
const LANGUAGE_COOKIE = "et_lang";

function chooseLanguage(request: IncomingMessage, query: string): Language {
  const asked = new URLSearchParams(query).get("lang");
  if (asked !== null && isLanguage(asked)) return asked;
  const saved = readCookie(request, LANGUAGE_COOKIE);
  if (saved !== undefined && isLanguage(saved)) return saved;
  return negotiateLanguage(request.headers["accept-language"]);
}

function buildContext(
  request: IncomingMessage,
  response: ServerResponse,
  state: DashboardState,
): RequestContext {
  const target = request.url ?? "/";
  const queryStart = target.indexOf("?");
  const language = chooseLanguage(
    request,
    queryStart < 0 ? "" : target.slice(queryStart + 1),
  );
  return {
    request,
    response,
    state,
    segments: [],
    query: new URLSearchParams(),
    form: {},
    clientAddress: request.socket.remoteAddress ?? "unknown",
    session: findSession(request, state),
    language,
    t: createTranslator(language).t,
  };
}

function isAllowed(context: RequestContext, route: Route | undefined): boolean {
  if (route?.access === "public") return true;
  if (context.session !== undefined) return true;
  return (
    route?.access === "bearer" &&
    hasBearerSecret(context.request, context.state)
  );
}

async function dispatch(
  context: RequestContext,
  routes: readonly Route[],
): Promise<void> {
  const { request, response, state } = context;
  const path = parseRequestPath(request.url);
  context.segments = path.segments;
  context.query = path.query;

  const isHealthCheck = path.segments[0] === "health";
  if (!isHealthCheck) enforceRateLimit(context);
  if (path.query.has("lang")) {
    response.setHeader(
      "Set-Cookie",
      serializeCookie(LANGUAGE_COOKIE, context.language, {
        isTls: state.isTls,
        httpOnly: true,
        maxAgeSeconds: 365 * 24 * 3600,
      }),
    );
  }

  const method = request.method ?? "GET";
  const match = matchRoute(routes, method, path.segments);
  const route = match.kind === "found" ? match.route : undefined;
  if (!isAllowed(context, route)) {
    throw new HttpError(401, "No session.");
  }
  if (match.kind === "missing") throw new HttpError(404, "No such page.");
  if (match.kind === "wrong-method") throw new HttpError(405, "Wrong method.");

  if (match.route.method === "POST") {
    checkSameOrigin(context);
    if (match.route.body === "form") {
      context.form = await readFormBody(request);
      if (match.route.access !== "public") checkCsrf(context, context.form);
    }
  }
  await match.route.handle(context, match.params);
}

function renderError(context: RequestContext, error: unknown): void {
  const { response, state } = context;
  const status = toHttpStatus(error);
  state.deps.metrics.recordRefusal(status);
  if (status >= 500 && !isExpectedError(error)) {
    state.deps.logError(
      `Dashboard request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof HttpError && error.retryAfterSeconds !== undefined) {
    response.setHeader("Retry-After", String(error.retryAfterSeconds));
  }
  // Uploads refused midway still have body bytes in flight; closing the
  // connection stops the client from sending the rest for nothing.
  if (status === 413 || status === 415 || status === 403) {
    response.setHeader("Connection", "close");
  }
  // The language links repeat the current path; an error page must not
  // repeat anything from the request, so they point at the start page.
  context.segments = [];
  const limitMb = Math.round(state.deps.maxUploadBytes / (1024 * 1024));
  const message = context.t(messageKeyFor(status), { limit: limitMb });
  const back =
    status === 401
      ? html`<a href="/login">${context.t("login.title")}</a>`
      : html`<a href="/">${context.t("error.back")}</a>`;
  const body = html`<p class="notice error">${message}</p>
    <p>${back}</p>`;
  sendHtml(response, status, renderPage(context, String(status), body));
}

/** Starts the dashboard; resolves once it listens. */
export async function startDashboard(
  deps: DashboardDependencies,
  options: ServeOptions,
): Promise<DashboardServer> {
  const { secret, isNew } = await loadOrCreateSecret(deps.secretStore);
  const nowMs = (): number => deps.now().getTime();
  const state: DashboardState = {
    deps,
    secret,
    isTls: options.tls !== undefined,
    sessions: new SessionStore({
      now: nowMs,
      idleTimeoutMs: SESSION_IDLE_TIMEOUT_MS,
    }),
    loginTokens: new LoginTokens(nowMs, LOGIN_LINK_LIFETIME_MS),
    jobs: new JobRegistry({
      // One at a time: two exports started in the same second would race for
      // the same default folder name.
      maxRunning: 1,
      maxKept: 20,
      now: deps.now,
      onFinished: (job, report) => {
        recordFinishedJob(deps, job, report);
      },
    }),
  };
  deps.auditLog.addKnownSecret(secret);
  const routes = buildRoutes();

  const listener = (
    request: IncomingMessage,
    response: ServerResponse,
  ): void => {
    setSecurityHeaders(response, state.isTls);
    const context = buildContext(request, response, state);
    dispatch(context, routes).catch((error: unknown) => {
      renderError(context, error);
    });
  };
  const server: Server =
    options.tls === undefined
      ? createHttpServer(listener)
      : createHttpsServer({ ...options.tls, minVersion: "TLSv1.2" }, listener);
  server.requestTimeout = 10 * 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  const scheme = state.isTls ? "https" : "http";
  const host =
    address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `${scheme}://${host}:${address.port}`;
  return {
    url,
    isSecretNew: isNew,
    mintLoginLink: () => `${url}/login?token=${state.loginTokens.mint()}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
  };
}
