/**
 * Trakt's OAuth endpoints (auth.trakt.tv): the device flow with every status
 * Trakt uses, the authorization-code flow, refresh and revoke.
 */
import { randomInt } from "node:crypto";

import { z } from "zod";

import { escapeHtml } from "./responses.js";
import type { TokenStore } from "./token-store.js";
import { newToken } from "./token-store.js";

const OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob";
const AUTHORIZATION_CODE_LIFETIME_MS = 10 * 60 * 1000;
// Without ambiguous characters, like the codes Trakt shows.
const USER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export interface OAuthResult {
  status: number;
  /** JSON body; undefined sends no body at all. */
  json?: unknown;
  html?: string;
  location?: string;
}

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  authBaseUrl: string;
  deviceCodeLifetimeSeconds: number;
  deviceIntervalSeconds: number;
  autoApproveAfterMs: number | undefined;
  redirectUris: readonly string[] | undefined;
  clock: () => number;
}

type DeviceState = "pending" | "approved" | "denied" | "used";

interface DeviceCode {
  userCode: string;
  createdAtMs: number;
  lastPollMs: number | undefined;
  state: DeviceState;
}

interface AuthorizationCode {
  redirectUri: string;
  expiresAtMs: number;
}

const text = z.string().min(1);
const DeviceCodeRequest = z.object({ client_id: text });
const DeviceTokenRequest = z.object({
  code: text,
  client_id: text,
  client_secret: text,
});
const TokenRequest = z.discriminatedUnion("grant_type", [
  z.object({
    grant_type: z.literal("authorization_code"),
    code: text,
    client_id: text,
    client_secret: text,
    redirect_uri: text,
  }),
  z.object({
    grant_type: z.literal("refresh_token"),
    refresh_token: text,
    client_id: text,
    client_secret: text,
  }),
]);
const RevokeRequest = z.object({
  token: text,
  client_id: text,
  client_secret: text,
});
const AuthorizeQuery = z.object({
  response_type: z.literal("code"),
  client_id: text,
  redirect_uri: text,
  state: z.string().optional(),
});

function oauthError(status: number, error: string, description: string) {
  return { status, json: { error, error_description: description } };
}

const INVALID_REQUEST = oauthError(
  400,
  "invalid_request",
  "The request is missing a required parameter or has a malformed one.",
);
const INVALID_CLIENT = oauthError(
  401,
  "invalid_client",
  "Client authentication failed: unknown client_id or wrong client_secret.",
);
// Doorkeeper's wording, which Trakt sends for refused grants.
const INVALID_GRANT = oauthError(
  400,
  "invalid_grant",
  "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.",
);

function newUserCode(): string {
  return Array.from(
    { length: 8 },
    () => USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)],
  ).join("");
}

function isLoopbackRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    const isLoopbackHost = ["127.0.0.1", "localhost", "[::1]"].includes(
      url.hostname,
    );
    return url.protocol === "http:" && isLoopbackHost;
  } catch {
    return false; // Not a URL at all, so not an acceptable redirect.
  }
}

export class OAuthProvider {
  readonly #settings: OAuthSettings;
  readonly #tokens: TokenStore;
  readonly #deviceCodes = new Map<string, DeviceCode>();
  readonly #authorizationCodes = new Map<string, AuthorizationCode>();

  constructor(settings: OAuthSettings, tokens: TokenStore) {
    this.#settings = settings;
    this.#tokens = tokens;
  }

  /** Handles `/oauth/*`; undefined when the path is not an OAuth one. */
  handle(
    method: string,
    path: string,
    params: unknown,
  ): OAuthResult | undefined {
    const route = `${method} ${path}`;
    switch (route) {
      case "POST /oauth/device/code":
        return this.#issueDeviceCode(params);
      case "POST /oauth/device/token":
        return this.#pollDeviceToken(params);
      case "GET /oauth/authorize":
        return this.#authorize(params);
      case "POST /oauth/token":
        return this.#exchangeToken(params);
      case "POST /oauth/revoke":
        return this.#revoke(params);
      default:
        return undefined;
    }
  }

  /** Marks a pending device code approved (or denied); false if unknown. */
  decideDeviceCode(userCode: string, approve: boolean): boolean {
    const wanted = userCode.toUpperCase();
    for (const device of this.#deviceCodes.values()) {
      if (device.userCode === wanted && device.state === "pending") {
        device.state = approve ? "approved" : "denied";
        return true;
      }
    }
    return false;
  }

  #isClient(clientId: string, clientSecret?: string): boolean {
    return (
      clientId === this.#settings.clientId &&
      (clientSecret === undefined ||
        clientSecret === this.#settings.clientSecret)
    );
  }

  #isRedirectAllowed(uri: string): boolean {
    const allowed = this.#settings.redirectUris;
    if (allowed !== undefined) return allowed.includes(uri);
    return uri === OOB_REDIRECT_URI || isLoopbackRedirect(uri);
  }

  #issueDeviceCode(params: unknown): OAuthResult {
    const request = DeviceCodeRequest.safeParse(params);
    if (!request.success) return INVALID_REQUEST;
    if (!this.#isClient(request.data.client_id)) return INVALID_CLIENT;

    const deviceCode = newToken();
    const userCode = newUserCode();
    this.#deviceCodes.set(deviceCode, {
      userCode,
      createdAtMs: this.#settings.clock(),
      lastPollMs: undefined,
      state: "pending",
    });
    return {
      status: 200,
      json: {
        device_code: deviceCode,
        user_code: userCode,
        verification_url: `${this.#settings.authBaseUrl}/activate`,
        expires_in: this.#settings.deviceCodeLifetimeSeconds,
        interval: this.#settings.deviceIntervalSeconds,
      },
    };
  }

  #pollDeviceToken(params: unknown): OAuthResult {
    const request = DeviceTokenRequest.safeParse(params);
    if (!request.success) return INVALID_REQUEST;
    const { code, client_id: clientId, client_secret: secret } = request.data;
    if (!this.#isClient(clientId, secret)) return INVALID_CLIENT;

    const device = this.#deviceCodes.get(code);
    if (device === undefined) return { status: 404 };
    if (device.state === "used") return { status: 409 };

    const nowMs = this.#settings.clock();
    const { deviceCodeLifetimeSeconds, deviceIntervalSeconds } = this.#settings;
    if (nowMs >= device.createdAtMs + deviceCodeLifetimeSeconds * 1000) {
      return { status: 410 };
    }
    if (device.state === "denied") return { status: 418 };

    const lastPollMs = device.lastPollMs;
    device.lastPollMs = nowMs;
    const isTooSoon =
      lastPollMs !== undefined &&
      nowMs - lastPollMs < deviceIntervalSeconds * 1000;
    if (isTooSoon) return { status: 429 };

    const autoApproveAfterMs = this.#settings.autoApproveAfterMs;
    const isAutoApproved =
      autoApproveAfterMs !== undefined &&
      nowMs >= device.createdAtMs + autoApproveAfterMs;
    if (device.state === "pending" && !isAutoApproved) {
      // Trakt's "pending" answer is a bare 400 without a body.
      return { status: 400 };
    }

    device.state = "used";
    return { status: 200, json: this.#tokens.issue() };
  }

  #authorize(params: unknown): OAuthResult {
    const request = AuthorizeQuery.safeParse(params);
    if (!request.success) return INVALID_REQUEST;
    const { client_id: clientId, redirect_uri: redirectUri } = request.data;
    if (!this.#isClient(clientId)) return INVALID_CLIENT;
    if (!this.#isRedirectAllowed(redirectUri)) {
      return oauthError(
        400,
        "invalid_redirect_uri",
        "The redirect uri included is not valid.",
      );
    }

    // The sandbox's only user approves at once: there is no login page.
    const code = newToken();
    this.#authorizationCodes.set(code, {
      redirectUri,
      expiresAtMs: this.#settings.clock() + AUTHORIZATION_CODE_LIFETIME_MS,
    });
    if (redirectUri === OOB_REDIRECT_URI) {
      return {
        status: 200,
        html: `<!DOCTYPE html><html><body><p>Authorization code:</p><code>${escapeHtml(code)}</code></body></html>`,
      };
    }

    const location = new URL(redirectUri);
    location.searchParams.set("code", code);
    if (request.data.state !== undefined) {
      location.searchParams.set("state", request.data.state);
    }
    return { status: 302, location: location.href };
  }

  #exchangeToken(params: unknown): OAuthResult {
    const request = TokenRequest.safeParse(params);
    if (!request.success) return INVALID_REQUEST;
    const { client_id: clientId, client_secret: secret } = request.data;
    if (!this.#isClient(clientId, secret)) return INVALID_CLIENT;

    if (request.data.grant_type === "refresh_token") {
      const tokens = this.#tokens.refresh(request.data.refresh_token);
      return tokens === undefined
        ? INVALID_GRANT
        : { status: 200, json: tokens };
    }

    const grant = this.#authorizationCodes.get(request.data.code);
    // Codes are single-use whatever the outcome, as in OAuth 2.0.
    this.#authorizationCodes.delete(request.data.code);
    const isValidGrant =
      grant !== undefined &&
      grant.expiresAtMs > this.#settings.clock() &&
      grant.redirectUri === request.data.redirect_uri;
    return isValidGrant
      ? { status: 200, json: this.#tokens.issue() }
      : INVALID_GRANT;
  }

  #revoke(params: unknown): OAuthResult {
    const request = RevokeRequest.safeParse(params);
    if (!request.success) return INVALID_REQUEST;
    const { client_id: clientId, client_secret: secret } = request.data;
    if (!this.#isClient(clientId, secret)) return INVALID_CLIENT;

    // Unknown tokens are not an error (RFC 7009), so revoke always succeeds.
    this.#tokens.revoke(request.data.token);
    return { status: 200, json: {} };
  }
}
