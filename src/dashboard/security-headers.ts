import type { ServerResponse } from "node:http";

// Everything the pages need is served by the dashboard itself, so every
// source is 'self' or nothing; no inline script or style is ever allowed.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

/**
 * Sets the headers every dashboard response carries, errors and event
 * streams included. There are deliberately no CORS headers: the dashboard
 * is only ever used from its own origin.
 */
export function setSecurityHeaders(
  response: ServerResponse,
  isTls: boolean,
): void {
  response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("X-Frame-Options", "DENY");
  // same-origin rather than no-referrer: with no-referrer, browsers send
  // "Origin: null" on form posts and the same-origin check could not work.
  response.setHeader("Referrer-Policy", "same-origin");
  response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
  response.setHeader(
    "Permissions-Policy",
    "camera=(), microphone=(), geolocation=()",
  );
  // Every page shows private data (exports, audit events), so nothing is cached.
  response.setHeader("Cache-Control", "no-store");
  if (isTls) {
    response.setHeader("Strict-Transport-Security", "max-age=31536000");
  }
}
