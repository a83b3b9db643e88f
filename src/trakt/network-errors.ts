/**
 * Turns a failure to reach Trakt into one NetworkError that says what
 * happened (refused, unknown name, timeout, dropped connection, untrusted
 * certificate) on which request, and what to do, in the catalogue's words.
 * The HTTP client's own error stays as the cause.
 */
import { localize, type LocalizedText } from "../i18n/index.js";
import {
  CERTIFICATE_ERROR_CODES,
  describeUrl,
  redactText,
} from "../security/index.js";
import { NetworkError, describeError } from "../shared/index.js";

const REFUSED_CODES = new Set(["ECONNREFUSED"]);
const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME"]);
const TIMEOUT_CODES = new Set([
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);
const DROPPED_CODES = new Set([
  "ECONNRESET",
  "EPIPE",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
]);

/** The errors under `error`, itself first; a cycle or a deep chain stops. */
function causesOf(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (chain.includes(cause) || chain.length >= 6) break;
    chain.push(cause);
  }
  return chain;
}

function codeOf(error: Error): string | undefined {
  const code = "code" in error ? error.code : undefined;
  return typeof code === "string" ? code : undefined;
}

function findCause(error: unknown, codes: ReadonlySet<string>) {
  return causesOf(error).find((cause) => codes.has(codeOf(cause) ?? ""));
}

/** True when `error` comes from a certificate the client does not trust. */
export function isCertificateFailure(error: unknown): boolean {
  return findCause(error, CERTIFICATE_ERROR_CODES) !== undefined;
}

function isTimeout(error: unknown): boolean {
  // AbortSignal.timeout() rejects with a DOMException named TimeoutError.
  const causes = causesOf(error);
  return (
    causes.some((cause) => cause.name === "TimeoutError") ||
    findCause(error, TIMEOUT_CODES) !== undefined
  );
}

/** What the failed request was: its method, full URL and time limit. */
export interface FailedRequest {
  method: string;
  url: string;
  timeoutMs: number;
}

function describeFailure(
  request: FailedRequest,
  error: NetworkError,
): LocalizedText {
  const target = new URL(request.url);
  const shown = {
    method: request.method,
    url: describeUrl(target),
    host: target.host,
  };
  const certificate = findCause(error, CERTIFICATE_ERROR_CODES);
  if (certificate !== undefined) {
    const problem = certificate.message;
    return localize("network.untrustedCertificate", { ...shown, problem });
  }
  if (findCause(error, REFUSED_CODES) !== undefined) {
    return localize("network.refused", shown);
  }
  if (findCause(error, DNS_CODES) !== undefined) {
    return localize("network.dns", shown);
  }
  if (isTimeout(error)) {
    // As typed in the config: no grouping, like the setting itself.
    const timeoutMs = String(request.timeoutMs);
    return localize("network.timeout", { ...shown, timeoutMs });
  }
  if (findCause(error, DROPPED_CODES) !== undefined) {
    return localize("network.dropped", shown);
  }
  // The text comes from the network stack; masking keeps any echoed
  // credential out of the message.
  const reason = redactText(describeError(error.cause ?? error), {
    includeSensitive: true,
  });
  return localize("network.failed", { ...shown, reason });
}

/** The NetworkError to show for a request that could not reach Trakt. */
export function toNetworkError(
  request: FailedRequest,
  error: NetworkError,
): NetworkError {
  return new NetworkError(describeFailure(request, error), { cause: error });
}
