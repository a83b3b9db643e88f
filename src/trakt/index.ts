export type * from "./library.js";
export {
  NormalizeContext,
  SkipCounter,
  toAccountSettings,
  toComments,
  toFilm,
  toListEntries,
  toPersonalList,
  toRatings,
  toTimestampMs,
  toWatchEvents,
  toWatchedSummaries,
} from "./normalize.js";
export * from "./schemas.js";
export {
  DEFAULT_API_BASE_URL,
  DEFAULT_AUTH_BASE_URL,
  DEFAULT_TRAKT_API_SETTINGS,
  TRAKT_PAGE_LIMIT,
  TRAKT_RATE_LIMITS,
  httpsSettingsFor,
  isLoopbackHostname,
  normalizeBaseUrl,
  type TraktApiSettings,
} from "./api-settings.js";
export {
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  type TraktApiEvent,
  type TraktClock,
} from "./api-events.js";
export {
  SYSTEM_CLOCK,
  createTraktClient,
  type TraktClient,
  type TraktClientOptions,
} from "./client.js";
export {
  pollDeviceToken,
  requestDeviceCode,
  revokeToken,
  type DeviceCode,
} from "./device-flow.js";
export { ENV_NAMES, EnvTokenStore } from "./env-credentials.js";
export { fetchAllPages, type PagedItems } from "./paging.js";
export {
  MemoryTokenStore,
  staticClientCredentials,
  toTraktTokens,
  type ClientCredentials,
  type ClientCredentialsSource,
  type TokenStore,
  type TraktTokens,
} from "./tokens.js";
export { TraktTransport, type JsonAnswer } from "./transport.js";
