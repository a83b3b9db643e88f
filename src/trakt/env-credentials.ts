/**
 * Credentials from environment variables: the stand-in the CLI uses until
 * the encrypted credential store exists. It can read a token pair but not
 * keep a new one past the end of the process.
 */
import type {
  ClientCredentials,
  ClientCredentialsSource,
  TokenStore,
  TraktTokens,
} from "./tokens.js";

export const ENV_NAMES = {
  clientId: "TRAKT_CLIENT_ID",
  clientSecret: "TRAKT_CLIENT_SECRET",
  accessToken: "TRAKT_ACCESS_TOKEN",
  refreshToken: "TRAKT_REFRESH_TOKEN",
} as const;

function readVariable(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/**
 * Tokens from TRAKT_ACCESS_TOKEN / TRAKT_REFRESH_TOKEN. A saved pair lives
 * in memory for this process only; `onCannotPersist` is told once, because
 * the refresh token in the environment is dead after a refresh.
 */
export class EnvTokenStore implements TokenStore, ClientCredentialsSource {
  readonly #env: Readonly<Record<string, string | undefined>>;
  readonly #onCannotPersist: (message: string) => void;
  #tokens: TraktTokens | undefined;
  #isCleared = false;
  #hasWarned = false;

  constructor(
    env: Readonly<Record<string, string | undefined>>,
    onCannotPersist: (message: string) => void,
  ) {
    this.#env = env;
    this.#onCannotPersist = onCannotPersist;
  }

  load(): Promise<TraktTokens | undefined> {
    if (this.#tokens !== undefined || this.#isCleared) {
      return Promise.resolve(this.#tokens);
    }
    const accessToken = readVariable(this.#env, ENV_NAMES.accessToken);
    const refreshToken = readVariable(this.#env, ENV_NAMES.refreshToken);
    if (accessToken === undefined || refreshToken === undefined) {
      return Promise.resolve(undefined);
    }
    return Promise.resolve({
      accessToken,
      refreshToken,
      expiresAtMs: undefined,
      scope: undefined,
    });
  }

  save(tokens: TraktTokens): Promise<void> {
    this.#tokens = tokens;
    this.#isCleared = false;
    if (!this.#hasWarned) {
      this.#hasWarned = true;
      this.#onCannotPersist(
        `The new Trakt tokens cannot be saved: they came from ${ENV_NAMES.accessToken} and ${ENV_NAMES.refreshToken}, which this program cannot change, and the refresh token there no longer works. Run "export-trakt auth" again before the next run (the encrypted credential store will keep them once it is available).`,
      );
    }
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.#tokens = undefined;
    this.#isCleared = true;
    return Promise.resolve();
  }

  loadClientCredentials(): Promise<ClientCredentials | undefined> {
    const clientId = readVariable(this.#env, ENV_NAMES.clientId);
    if (clientId === undefined) return Promise.resolve(undefined);
    return Promise.resolve({
      clientId,
      clientSecret: readVariable(this.#env, ENV_NAMES.clientSecret),
    });
  }
}
