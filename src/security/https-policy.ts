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
    throw new SecurityError(
      `Refusing to contact "${toPrintable(target.split("?")[0] ?? "")}": it is not a valid absolute URL. Give a URL such as https://api.trakt.tv/.`,
      { cause: error },
    );
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
  const shown = `"${describeUrl(url)}"`;
  const host = normalizeHost(url.hostname);

  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SecurityError(
      `Refusing to contact ${shown}: only https URLs are allowed, not "${toPrintable(url.protocol)}". Use an https:// URL.`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new SecurityError(
      `Refusing to contact ${shown}: the URL carries a user name or password. Remove them from the URL; credentials are sent in headers.`,
    );
  }
  if (
    settings.blockedHosts.some((blocked) => normalizeHost(blocked) === host)
  ) {
    throw new SecurityError(
      `Refusing to contact ${shown}: the host "${toPrintable(host)}" is in security.https.blocked_hosts.`,
    );
  }
  if (
    !settings.allowedHosts.some((allowed) => normalizeHost(allowed) === host)
  ) {
    throw new SecurityError(
      `Refusing to contact ${shown}: the host "${toPrintable(host)}" is not in security.https.allowed_hosts. Add the exact host name there if it is trusted.`,
    );
  }
  if (url.protocol === "http:" && !isPlainHttpAllowed(settings)) {
    throw new SecurityError(
      `Refusing to contact ${shown}: plain http is not allowed. Use https://, or set security.https.require_https = false for a development server.`,
    );
  }
  return url;
}

/** Plain http is a development escape hatch that needs an explicit setting. */
export function isPlainHttpAllowed(settings: HttpsSettings): boolean {
  return !settings.requireHttps || settings.allowInsecure;
}
