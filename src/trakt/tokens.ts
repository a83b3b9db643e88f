/**
 * Where the client finds its app credentials and the user's tokens. The
 * client codes against these small interfaces; the encrypted credential
 * store, the environment and the tests each provide one.
 */
import { z } from "zod";

/** An OAuth token pair as the client keeps it. */
export interface TraktTokens {
  accessToken: string;
  refreshToken: string;
  /** From Trakt's `created_at + expires_in`; `undefined` when unknown. */
  expiresAtMs: number | undefined;
  scope: string | undefined;
}

/** Persists the token pair. Refresh tokens are single-use: save at once. */
export interface TokenStore {
  load(): Promise<TraktTokens | undefined>;
  save(tokens: TraktTokens): Promise<void>;
  clear(): Promise<void>;
}

/** The Trakt app's identity; the secret is only needed for OAuth calls. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string | undefined;
}

export interface ClientCredentialsSource {
  loadClientCredentials(): Promise<ClientCredentials | undefined>;
}

/** Trakt's token answer, from the device flow, code exchange or refresh. */
export const TraktTokenResponse = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number().nullish(),
  created_at: z.number().nullish(),
  scope: z.string().nullish(),
});
export interface TokenAnswerFields {
  access_token: string;
  refresh_token: string;
  expires_in?: number | null | undefined;
  created_at?: number | null | undefined;
  scope?: string | null | undefined;
}

/**
 * Converts a token answer. The expiry uses Trakt's own `created_at` rather
 * than the local clock, so a skewed clock does not shorten or stretch it.
 */
export function toTraktTokens(response: TokenAnswerFields): TraktTokens {
  const { created_at: createdAt, expires_in: expiresIn } = response;
  const expiresAtMs =
    typeof createdAt === "number" && typeof expiresIn === "number"
      ? (createdAt + expiresIn) * 1000
      : undefined;
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    expiresAtMs,
    scope: response.scope ?? undefined,
  };
}

/** Keeps tokens in memory only: for tests, the demo and one-off runs. */
export class MemoryTokenStore implements TokenStore {
  #tokens: TraktTokens | undefined;
  /** Every pair saved, oldest first, so tests can see rotations. */
  readonly saved: TraktTokens[] = [];

  constructor(tokens?: TraktTokens) {
    this.#tokens = tokens;
  }

  load(): Promise<TraktTokens | undefined> {
    return Promise.resolve(this.#tokens);
  }

  save(tokens: TraktTokens): Promise<void> {
    this.#tokens = tokens;
    this.saved.push(tokens);
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.#tokens = undefined;
    return Promise.resolve();
  }
}

/** Fixed credentials, for tests and the demo. */
export function staticClientCredentials(
  credentials: ClientCredentials,
): ClientCredentialsSource {
  return { loadClientCredentials: () => Promise.resolve(credentials) };
}
