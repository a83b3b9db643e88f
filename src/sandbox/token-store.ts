/**
 * Access and refresh tokens as Trakt issues them: access tokens that expire,
 * refresh tokens that work exactly once, and revocation of a pair.
 */
import { randomBytes } from "node:crypto";

/** The body of a successful token answer, as Trakt sends it. */
export interface TokenResponse {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  refresh_token: string;
  scope: "public";
  created_at: number;
}

export type AccessCheck = "valid" | "expired" | "revoked" | "unknown";

interface AccessRecord {
  refreshToken: string;
  expiresAtMs: number;
  revoked: boolean;
}

interface RefreshRecord {
  accessToken: string;
  expiresAtMs: number;
  /** Used or revoked: either way it never works again. */
  spent: boolean;
}

export interface TokenLifetimes {
  accessTokenLifetimeSeconds: number;
  refreshTokenLifetimeSeconds: number;
}

/** A random opaque token, 64 hex characters like Trakt's. */
export function newToken(): string {
  return randomBytes(32).toString("hex");
}

export class TokenStore {
  readonly #access = new Map<string, AccessRecord>();
  readonly #refresh = new Map<string, RefreshRecord>();
  readonly #clock: () => number;
  readonly #lifetimes: TokenLifetimes;

  constructor(clock: () => number, lifetimes: TokenLifetimes) {
    this.#clock = clock;
    this.#lifetimes = lifetimes;
  }

  issue(): TokenResponse {
    const nowMs = this.#clock();
    const accessToken = newToken();
    const refreshToken = newToken();
    const { accessTokenLifetimeSeconds, refreshTokenLifetimeSeconds } =
      this.#lifetimes;

    this.#access.set(accessToken, {
      refreshToken,
      expiresAtMs: nowMs + accessTokenLifetimeSeconds * 1000,
      revoked: false,
    });
    this.#refresh.set(refreshToken, {
      accessToken,
      expiresAtMs: nowMs + refreshTokenLifetimeSeconds * 1000,
      spent: false,
    });
    return {
      access_token: accessToken,
      token_type: "bearer",
      expires_in: accessTokenLifetimeSeconds,
      refresh_token: refreshToken,
      scope: "public",
      created_at: Math.floor(nowMs / 1000),
    };
  }

  /**
   * Trades a refresh token for a new pair; undefined when it is unknown,
   * expired, or already used. The old access token stops working too, so a
   * client that keeps using it is caught.
   */
  refresh(refreshToken: string): TokenResponse | undefined {
    const record = this.#refresh.get(refreshToken);
    if (
      record === undefined ||
      record.spent ||
      record.expiresAtMs <= this.#clock()
    ) {
      return undefined;
    }

    record.spent = true;
    this.#revokeAccess(record.accessToken);
    return this.issue();
  }

  check(accessToken: string): AccessCheck {
    const record = this.#access.get(accessToken);
    if (record === undefined) return "unknown";
    if (record.revoked) return "revoked";
    return record.expiresAtMs <= this.#clock() ? "expired" : "valid";
  }

  /** Revokes the pair that an access or a refresh token belongs to. */
  revoke(token: string): void {
    const refresh = this.#refresh.get(token);
    const accessToken = refresh?.accessToken ?? token;
    const access = this.#access.get(accessToken);

    this.#revokeAccess(accessToken);
    const pairedRefresh = this.#refresh.get(access?.refreshToken ?? token);
    if (pairedRefresh !== undefined) pairedRefresh.spent = true;
  }

  /** Makes every access token issued so far expired (refresh still works). */
  expireAll(): void {
    const nowMs = this.#clock();
    for (const record of this.#access.values()) {
      record.expiresAtMs = Math.min(record.expiresAtMs, nowMs);
    }
  }

  #revokeAccess(accessToken: string): void {
    const record = this.#access.get(accessToken);
    if (record !== undefined) record.revoked = true;
  }
}
