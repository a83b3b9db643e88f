/**
 * Starting and stopping the sandbox: one loopback origin that answers both
 * as api.trakt.tv and as auth.trakt.tv (under `/oauth/`).
 */
import { once } from "node:events";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";

import { localize } from "../i18n/index.js";
import { UsageError, describeError } from "../shared/index.js";

import { toFullData } from "./data.js";
import { FaultInjector } from "./faults.js";
import { isLoopbackHost, toOrigin } from "./loopback.js";
import { OAuthProvider } from "./oauth.js";
import { handleRequest } from "./pipeline.js";
import { RateBudgets, TRAKT_RATE_BUDGET } from "./rate-budget.js";
import { RequestLog, type SandboxStats } from "./request-log.js";
import { errorBody, sendJson } from "./responses.js";
import { ownerSlugOf } from "./routes.js";
import type { Services } from "./services.js";
import { createLoopbackCertificate, type SandboxCertificate } from "./tls.js";
import { TokenStore, type TokenResponse } from "./token-store.js";
import type { SandboxOptions } from "./types.js";

const DAY_SECONDS = 24 * 60 * 60;
export const DEFAULT_CLIENT_ID = "sandbox-client-id";
export const DEFAULT_CLIENT_SECRET = "sandbox-client-secret";

/** A running sandbox. */
export interface Sandbox {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  readonly baseUrl: string;
  /** For `trakt.api_base_url`; the same origin as `baseUrl`. */
  readonly apiBaseUrl: string;
  /** For `trakt.auth_base_url`; the same origin as `baseUrl`. */
  readonly authBaseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The data owner's slug, for `/users/{id}`. */
  readonly username: string;
  /** With `tls`: the file holding the CA certificate a client must trust. */
  readonly caCertPath: string | undefined;
  readonly caCertPem: string | undefined;
  /** Approves a pending device code by its user code; false if none. */
  approveDevice(userCode: string): boolean;
  /** Denies a pending device code by its user code; false if none. */
  denyDevice(userCode: string): boolean;
  /** A valid token pair, without going through an OAuth flow. */
  issueTokens(): TokenResponse;
  /** Expires every access token issued so far; refresh tokens still work. */
  expireAccessTokens(): void;
  stats(): SandboxStats;
  resetStats(): void;
  /** Stops listening and cuts open connections. */
  close(): Promise<void>;
}

function checkHost(host: string, allowRemote: boolean): void {
  if (allowRemote || isLoopbackHost(host)) return;
  throw new UsageError(localize("sandboxHost.refused", { host }));
}

async function listen(
  options: SandboxOptions,
  certificate: SandboxCertificate | undefined,
): Promise<Server> {
  const server =
    certificate === undefined
      ? createHttpServer()
      : createHttpsServer({ key: certificate.key, cert: certificate.cert });
  server.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  await once(server, "listening");
  return server;
}

function boundPort(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === "string") {
    throw new Error("The sandbox server has no TCP address after listening.");
  }
  return address.port;
}

function buildServices(
  options: SandboxOptions,
  authBaseUrl: string,
  closing: AbortSignal,
): Services {
  const clock = options.clock ?? Date.now;
  const data = toFullData(options.data);
  const clientId = options.clientId ?? DEFAULT_CLIENT_ID;
  const tokens = new TokenStore(clock, {
    accessTokenLifetimeSeconds:
      options.accessTokenLifetimeSeconds ?? 7 * DAY_SECONDS,
    refreshTokenLifetimeSeconds:
      options.refreshTokenLifetimeSeconds ?? 90 * DAY_SECONDS,
  });
  const oauth = new OAuthProvider(
    {
      clientId,
      clientSecret: options.clientSecret ?? DEFAULT_CLIENT_SECRET,
      authBaseUrl,
      deviceCodeLifetimeSeconds: options.deviceCodeLifetimeSeconds ?? 600,
      deviceIntervalSeconds: options.deviceIntervalSeconds ?? 5,
      autoApproveAfterMs: options.autoApproveAfterMs,
      redirectUris: options.redirectUris,
      clock,
    },
    tokens,
  );

  return {
    clientId,
    latencyMs: options.latencyMs ?? 0,
    blockedUserAgents: options.blockedUserAgents ?? [],
    routes: {
      data,
      owner: {
        slug: ownerSlugOf(data, options.username),
        privateProfile: options.privateProfile ?? false,
      },
      hiddenIds: new Set(options.hiddenIds ?? []),
    },
    faults: new FaultInjector(options.faults ?? []),
    tokens,
    oauth,
    budgets: new RateBudgets(options.rateBudget ?? TRAKT_RATE_BUDGET, clock),
    log: new RequestLog(),
    clock,
    closing,
  };
}

function answerUnexpected(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(response, 500, { ...errorBody(500), detail: describeError(error) });
}

/**
 * Starts a Trakt-compatible server on loopback and resolves once it
 * listens. Throws UsageError for a non-loopback host without `allowRemote`.
 */
export async function createSandbox(
  options: SandboxOptions = {},
): Promise<Sandbox> {
  const host = options.host ?? "127.0.0.1";
  checkHost(host, options.allowRemote ?? false);

  const tls = options.tls ?? false;
  const certificate =
    tls === false
      ? undefined
      : await createLoopbackCertificate(
          tls === true ? undefined : tls.caCertPath,
        );
  const server = await listen(options, certificate);
  const baseUrl = toOrigin(
    certificate === undefined ? "http" : "https",
    host,
    boundPort(server),
  );

  const closing = new AbortController();
  const services = buildServices(options, baseUrl, closing.signal);
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    handleRequest(request, response, services).catch((error: unknown) => {
      // A delayed answer cut short by close() has nobody left to answer.
      if (closing.signal.aborted) {
        response.destroy();
        return;
      }
      answerUnexpected(response, error);
    });
  });

  return {
    baseUrl,
    apiBaseUrl: baseUrl,
    authBaseUrl: baseUrl,
    clientId: services.clientId,
    clientSecret: options.clientSecret ?? DEFAULT_CLIENT_SECRET,
    username: services.routes.owner.slug,
    caCertPath: certificate?.caCertPath,
    caCertPem: certificate?.caCertPem,
    approveDevice: (userCode) =>
      services.oauth.decideDeviceCode(userCode, true),
    denyDevice: (userCode) => services.oauth.decideDeviceCode(userCode, false),
    issueTokens: () => services.tokens.issue(),
    expireAccessTokens: () => {
      services.tokens.expireAll();
    },
    stats: () => services.log.stats(),
    resetStats: () => {
      services.log.clear();
    },
    close: async () => {
      closing.abort();
      const closed = once(server, "close");
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
