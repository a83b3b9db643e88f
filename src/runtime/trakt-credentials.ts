/**
 * Where Trakt commands find the app's client id and secret and the user's
 * tokens: the id and secret from the config file, then the environment, then
 * the credential store; tokens only from the credential store.
 */
import type { AppConfig } from "../config/index.js";
import type { CredentialStore } from "../security/index.js";
import { localize, type UserText } from "../i18n/index.js";
import { CredentialError } from "../shared/index.js";
import type {
  ClientCredentials,
  ClientCredentialsSource,
  TokenStore,
  TraktTokens,
} from "../trakt/index.js";

/** Tokens kept in the credential store, next to the app's id and secret. */
export function tokenStoreFor(
  store: CredentialStore,
  appCredentials: ClientCredentialsSource,
  onWarning: (message: UserText) => void,
): TokenStore {
  return {
    async load() {
      const stored = await store.get();
      if (stored?.accessToken === undefined) return undefined;
      if (stored.refreshToken === undefined) return undefined;
      const expiresAtMs =
        stored.expiresAt === undefined
          ? undefined
          : Date.parse(stored.expiresAt);
      return {
        accessToken: stored.accessToken,
        refreshToken: stored.refreshToken,
        expiresAtMs: Number.isNaN(expiresAtMs) ? undefined : expiresAtMs,
        scope: stored.scope,
      };
    },
    async save(tokens: TraktTokens) {
      const stored = await store.get();
      const app = stored ?? (await appCredentials.loadClientCredentials());
      if (app?.clientSecret === undefined) {
        throw new CredentialError(localize("credentials.noClientForTokens"));
      }
      const result = await store.set({
        ...stored,
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        expiresAt:
          tokens.expiresAtMs === undefined
            ? undefined
            : new Date(tokens.expiresAtMs).toISOString(),
        scope: tokens.scope,
      });
      for (const warning of result.warnings) onWarning(warning);
    },
    async clear() {
      const stored = await store.get();
      if (stored === undefined) return;
      const result = await store.set({
        ...stored,
        accessToken: undefined,
        refreshToken: undefined,
        expiresAt: undefined,
        scope: undefined,
      });
      for (const warning of result.warnings) onWarning(warning);
    },
  };
}

/** The first complete source among config, environment and store. */
export function clientCredentialsFor(
  config: AppConfig,
  env: NodeJS.ProcessEnv,
  store: CredentialStore,
): ClientCredentialsSource {
  return {
    async loadClientCredentials(): Promise<ClientCredentials | undefined> {
      const fromConfig = config.trakt.clientId;
      if (fromConfig !== undefined && fromConfig !== "") {
        return {
          clientId: fromConfig,
          clientSecret: config.trakt.clientSecret,
        };
      }
      const fromEnv = env.TRAKT_CLIENT_ID;
      if (fromEnv !== undefined && fromEnv !== "") {
        const secret = env.TRAKT_CLIENT_SECRET;
        return {
          clientId: fromEnv,
          clientSecret:
            secret === undefined || secret === "" ? undefined : secret,
        };
      }
      const stored = await store.get();
      return stored === undefined
        ? undefined
        : { clientId: stored.clientId, clientSecret: stored.clientSecret };
    },
  };
}
