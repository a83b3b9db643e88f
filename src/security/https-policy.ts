import { localize, type MessageKey } from "../i18n/index.js";
import { SecurityError, toPrintable } from "../shared/index.js";

import type { HttpsSettings } from "./settings.js";

/** Host name as compared: lower case, no IPv6 brackets, no trailing dot. */
export function normalizeHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
}

/** A URL for messages: origin and path only, since queries can hold codes. */
export function describeUrl(url: URL): string {
  return toPrintable(`${url.protocol}//${url.host}${url.pathname}`);
}

function parseUrl(target: string | URL): URL {
  if (target instanceof URL) return new URL(target.href);
  try {
    return new URL(target);
  } catch (error) {
    const shown = toPrintable(target.split("?")[0] ?? "");
    throw new SecurityError(localize("https.invalidUrl", { url: shown }), {
      cause: error,
    });
  }
}

/**
 * Checks one outgoing URL against the HTTPS settings and returns it parsed.
 * Throws SecurityError, before any connection is made, when the scheme, the
 * host or embedded credentials are not acceptable.
 */
export function checkOutgoingUrl(
  target: string | URL,
  settings: HttpsSettings,
): URL {
  const url = parseUrl(target);
  const shown = describeUrl(url);
  const host = normalizeHost(url.hostname);
  const refuse = (key: MessageKey): SecurityError =>
    new SecurityError(localize(key, { url: shown, host: toPrintable(host) }));

  if (url.protocol !== "https:" && url.protocol !== "http:") {
    const scheme = toPrintable(url.protocol);
    throw new SecurityError(localize("https.scheme", { url: shown, scheme }));
  }
  if (url.username !== "" || url.password !== "") {
    throw refuse("https.credentialsInUrl");
  }
  if (
    settings.blockedHosts.some((blocked) => normalizeHost(blocked) === host)
  ) {
    throw refuse("https.blockedHost");
  }
  if (
    !settings.allowedHosts.some((allowed) => normalizeHost(allowed) === host)
  ) {
    throw refuse("https.hostNotAllowed");
  }
  if (url.protocol === "http:" && !isPlainHttpAllowed(settings)) {
    throw refuse("https.plainHttp");
  }
  return url;
}

/** Plain http is a development escape hatch that needs an explicit setting. */
export function isPlainHttpAllowed(settings: HttpsSettings): boolean {
  return !settings.requireHttps || settings.allowInsecure;
}
