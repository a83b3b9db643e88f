/**
 * Builds a ready Trakt transport: the HTTPS policy for the base URLs, the
 * rate limiter paced under Trakt's budget, and the HTTP client they guard.
 */
import {
  DEFAULT_FILESYSTEM_SETTINGS,
  HttpClient,
  PathGuard,
  RateLimiter,
  sleepWithTimer,
  type HttpsSettings,
  type RateLimitHit,
  type RateLimitSettings,
} from "../security/index.js";

import {
  DEFAULT_TRAKT_API_SETTINGS,
  TRAKT_RATE_LIMITS,
  httpsSettingsFor,
  type TraktApiSettings,
} from "./api-settings.js";
import type { RetryPolicy, TraktApiEvent, TraktClock } from "./api-events.js";
import type { ClientCredentials, TokenStore } from "./tokens.js";
import { TraktTransport } from "./transport.js";

export const SYSTEM_CLOCK: TraktClock = {
  now: Date.now,
  sleep: sleepWithTimer,
  random: Math.random,
};

export interface TraktClientOptions {
  settings?: Partial<TraktApiSettings>;
  /** The configured HTTPS policy; the base URLs narrow it to their hosts. */
  https?: HttpsSettings;
  /** The configured pacing (`trakt_api` and `auth` services). */
  rateLimits?: RateLimitSettings;
  /** Told about every 429 Trakt answers, for the audit log. */
  onServerLimit?: (hit: RateLimitHit) => void;
  /** Extra certificate authority to trust (a sandbox with --tls). */
  caFile?: string;
  /** Folder that a relative `caFile` is taken from. */
  baseDir: string;
  credentials: ClientCredentials;
  tokens: TokenStore | undefined;
  clock?: TraktClock;
  retry?: RetryPolicy;
  onEvent?: (event: TraktApiEvent) => void;
}

export interface TraktClient {
  transport: TraktTransport;
  settings: TraktApiSettings;
  rateLimiter: RateLimiter;
  close: () => Promise<void>;
}

/** Creates the transport; call `close()` when done to free connections. */
export async function createTraktClient(
  options: TraktClientOptions,
): Promise<TraktClient> {
  const settings = { ...DEFAULT_TRAKT_API_SETTINGS, ...options.settings };
  const clock = options.clock ?? SYSTEM_CLOCK;
  const rateLimiter = new RateLimiter(options.rateLimits ?? TRAKT_RATE_LIMITS, {
    now: clock.now,
    sleep: clock.sleep,
    ...(options.onServerLimit === undefined
      ? {}
      : { onServerLimit: options.onServerLimit }),
  });
  const https = httpsSettingsFor(settings, options.caFile, options.https);
  const http = await HttpClient.create({
    settings: https,
    rateLimiter,
    pathGuard: new PathGuard(DEFAULT_FILESYSTEM_SETTINGS, {
      baseDir: options.baseDir,
    }),
    now: clock.now,
  });
  const transport = new TraktTransport({
    settings,
    http,
    credentials: options.credentials,
    tokens: options.tokens,
    clock,
    timeoutMs: https.timeoutMs,
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
  });
  return { transport, settings, rateLimiter, close: () => http.close() };
}
