/**
 * Settings of the Trakt client: where the API and OAuth hosts are, how the
 * HTTPS policy follows from them, and the pacing that keeps a normal export
 * under Trakt's GET budget.
 */
import { isIPv4 } from "node:net";

import { localize } from "../i18n/index.js";
import {
  DEFAULT_HTTPS_SETTINGS,
  DEFAULT_RATE_LIMIT_SETTINGS,
  normalizeHost,
  type HttpsSettings,
  type RateLimitSettings,
} from "../security/index.js";
import { UsageError, describeUrlValue, toPrintable } from "../shared/index.js";

export const DEFAULT_API_BASE_URL = "https://api.trakt.tv";
export const DEFAULT_AUTH_BASE_URL = "https://auth.trakt.tv";
/** Trakt's largest page since 2026; larger limits are clamped silently. */
export const TRAKT_PAGE_LIMIT = 250;

export interface TraktApiSettings {
  apiBaseUrl: string;
  authBaseUrl: string;
  /** The `limit` sent on every page, the first included. */
  pageLimit: number;
  /** Requests in flight at once. */
  maxConcurrentRequests: number;
}

export const DEFAULT_TRAKT_API_SETTINGS: Readonly<TraktApiSettings> = {
  apiBaseUrl: DEFAULT_API_BASE_URL,
  authBaseUrl: DEFAULT_AUTH_BASE_URL,
  pageLimit: TRAKT_PAGE_LIMIT,
  maxConcurrentRequests: 4,
};

/**
 * Trakt allows 1000 GETs per 5 minutes. A bucket of 350 that refills at 120
 * a minute lets through at most 350 + 600 = 950 in any 5-minute window, so
 * the client never meets the limit, while an export of up to 350 pages (over
 * 80,000 items) goes out without any pause.
 */
export const TRAKT_RATE_LIMITS: RateLimitSettings = {
  ...DEFAULT_RATE_LIMIT_SETTINGS,
  limits: {
    ...DEFAULT_RATE_LIMIT_SETTINGS.limits,
    trakt_api: { requestsPerMinute: 120, burstCapacity: 350 },
    // Trakt allows one POST a second; device polling runs slower anyway.
    auth: { requestsPerMinute: 60, burstCapacity: 5 },
  },
};

/** True for `localhost`, `::1` and the whole 127.0.0.0/8 range. */
export function isLoopbackHostname(hostname: string): boolean {
  const bare = normalizeHost(hostname);
  if (bare === "localhost" || bare === "::1") return true;
  return isIPv4(bare) && bare.startsWith("127.");
}

function parseBaseUrl(value: string, flag: string): URL {
  // The value is quoted back, but never a password someone put in it.
  const details = { flag, value: toPrintable(describeUrlValue(value)) };
  const example = DEFAULT_API_BASE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new UsageError(localize("baseUrl.notUrl", { ...details, example }), {
      cause: error,
    });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(localize("baseUrl.notHttps", details));
  }
  if (
    url.username !== "" ||
    url.password !== "" ||
    url.search !== "" ||
    url.hash !== "" ||
    (url.pathname !== "/" && url.pathname !== "")
  ) {
    throw new UsageError(localize("baseUrl.notBare", { ...details, example }));
  }
  if (url.protocol === "http:" && !isLoopbackHostname(url.hostname)) {
    throw new UsageError(localize("baseUrl.plainHttp", details));
  }
  return url;
}

/** The base URL without a trailing slash, checked. */
export function normalizeBaseUrl(value: string, flag: string): string {
  return parseBaseUrl(value, flag).href.replace(/\/+$/, "");
}

/**
 * The HTTPS policy for these base URLs: only their hosts may be contacted,
 * and only if the base policy already allows them (the two Trakt hosts by
 * default). A loopback base URL (a sandbox on this machine) is the one
 * exception: its host is allowed, taken off the blocked list, and, when the
 * URL says `http:`, plain HTTP is accepted. No other host is ever added, so
 * a typo cannot send tokens somewhere unexpected.
 */
export function httpsSettingsFor(
  settings: Pick<TraktApiSettings, "apiBaseUrl" | "authBaseUrl">,
  caFile: string | undefined,
  base: HttpsSettings = DEFAULT_HTTPS_SETTINGS,
): HttpsSettings {
  const urls = [
    parseBaseUrl(settings.apiBaseUrl, "--api-base-url"),
    parseBaseUrl(settings.authBaseUrl, "--auth-base-url"),
  ];
  const loopback = urls.filter((url) => isLoopbackHostname(url.hostname));
  const loopbackHosts = loopback.map((url) => normalizeHost(url.hostname));
  const allowedHosts = urls
    .map((url) => normalizeHost(url.hostname))
    .filter(
      (host) =>
        loopbackHosts.includes(host) ||
        base.allowedHosts.some((allowed) => normalizeHost(allowed) === host),
    );

  return {
    ...base,
    allowedHosts: [...new Set(allowedHosts)],
    blockedHosts: base.blockedHosts.filter(
      (host) => !loopbackHosts.includes(normalizeHost(host)),
    ),
    requireHttps:
      base.requireHttps && !loopback.some((url) => url.protocol === "http:"),
    ...(caFile === undefined ? {} : { caFile }),
  };
}
