import { rootCertificates } from "node:tls";

import { Agent, request } from "undici";
import type { Dispatcher } from "undici";

import { localize, type LocalizedText } from "../i18n/index.js";
import {
  InternalError,
  NetworkError,
  SecurityError,
  USER_AGENT,
  describeError,
} from "../shared/index.js";

import { checkOutgoingUrl, describeUrl } from "./https-policy.js";
import type { PathGuard } from "./path-guard.js";
import type { RateLimiter } from "./rate-limiter.js";
import { redactText } from "./redact.js";
import type { HttpsSettings } from "./settings.js";

export interface HttpRequest {
  method?: string;
  url: string | URL;
  headers?: Readonly<Record<string, string>>;
  body?: string | Uint8Array;
  signal?: AbortSignal;
  /** Rate-limit bucket for this request; `default` when missing. */
  serviceKey?: string;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
  /** The URL that answered, after redirects. */
  url: string;
  redirects: number;
}

/** Things worth a warning or an audit line; never carries header values. */
export type HttpClientEvent =
  | { kind: "hsts_missing"; url: string }
  | { kind: "redirect"; from: string; to: string; status: number }
  | { kind: "refused"; url: string; reason: string };

export interface HttpClientOptions {
  settings: HttpsSettings;
  rateLimiter: RateLimiter;
  /** Needed only to read `caFile`. */
  pathGuard?: PathGuard;
  onEvent?: (event: HttpClientEvent) => void;
  userAgent?: string;
  /** Clock for Retry-After dates; `Date.now` by default. */
  now?: () => number;
  /** Answers larger than this are refused; 50 MB by default. */
  maxResponseBytes?: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Node's codes for a certificate the client does not trust. Retrying cannot
 * help: the certificate stays the same.
 */
export const CERTIFICATE_ERROR_CODES: ReadonlySet<string> = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_UNTRUSTED",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);
// OpenSSL's codes for a handshake with no TLS version both sides accept.
const TLS_VERSION_ERROR_CODES = new Set([
  "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION",
  "ERR_SSL_UNSUPPORTED_PROTOCOL",
  "ERR_SSL_NO_PROTOCOLS_AVAILABLE",
]);
// Headers that identify the caller to one origin and must not follow a
// redirect to another one.
const CREDENTIAL_HEADER =
  /^(authorization|proxy-authorization|cookie)$|token|api-key/i;

function flattenHeaders(
  headers: Dispatcher.ResponseData["headers"],
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

/** The message of the first error in the cause chain with one of `codes`. */
function findCodedCause(
  error: unknown,
  codes: ReadonlySet<string>,
): string | undefined {
  let cause = error;
  for (let depth = 0; depth < 5 && cause instanceof Error; depth += 1) {
    const code = "code" in cause ? cause.code : undefined;
    if (typeof code === "string" && codes.has(code)) return cause.message;
    cause = cause.cause;
  }
  return undefined;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfterMs(
  value: string | undefined,
  nowMs: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

async function readCappedBody(
  body: Dispatcher.ResponseData["body"],
  maxBytes: number,
  url: string,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) {
      body.destroy();
      throw new SecurityError(
        localize("https.tooLarge", { url, limit: String(maxBytes) }),
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The one HTTP client for traffic leaving the machine. Every hop passes the
 * HTTPS policy and the rate limiter; redirects are followed by hand.
 */
export class HttpClient {
  readonly #options: HttpClientOptions;
  readonly #agent: Agent;

  private constructor(options: HttpClientOptions, agent: Agent) {
    this.#options = options;
    this.#agent = agent;
  }

  /** Builds the client; reads `caFile` through the path guard when set. */
  static async create(options: HttpClientOptions): Promise<HttpClient> {
    const { settings } = options;
    let ca: string[] | undefined;
    if (settings.caFile !== undefined) {
      if (options.pathGuard === undefined) {
        throw new InternalError("A path guard is needed to read caFile.");
      }
      const pem = await options.pathGuard.readFile(settings.caFile, "config");
      // An extra authority adds to the system ones; it does not replace them.
      ca = [...rootCertificates, pem.toString("utf8")];
    }

    const agent = new Agent({
      connect: {
        minVersion: settings.tlsMinVersion,
        rejectUnauthorized: true,
        timeout: settings.timeoutMs,
        ...(ca === undefined ? {} : { ca }),
      },
      headersTimeout: settings.timeoutMs,
      bodyTimeout: settings.timeoutMs,
    });
    return new HttpClient(options, agent);
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }

  /**
   * Sends a request and returns the final answer, whatever its status.
   * Throws SecurityError for a refused URL or hop, NetworkError when the
   * server cannot be reached or the time runs out, and the signal's reason
   * when the caller cancels.
   */
  async request(input: HttpRequest): Promise<HttpResponse> {
    const { settings } = this.#options;
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal =
      input.signal === undefined
        ? timeout
        : AbortSignal.any([input.signal, timeout]);

    let url = this.#checkHop(input.url);
    let method = (input.method ?? "GET").toUpperCase();
    let body = input.body;
    let headers: Record<string, string> = {
      "user-agent": this.#options.userAgent ?? USER_AGENT,
      ...Object.fromEntries(
        Object.entries(input.headers ?? {}).map(([k, v]) => [
          k.toLowerCase(),
          v,
        ]),
      ),
    };

    for (let redirects = 0; ; redirects += 1) {
      const response = await this.#send(
        url,
        method,
        headers,
        body,
        signal,
        input,
      );
      const location = response.headers.location;
      const isRedirect =
        REDIRECT_STATUSES.has(response.statusCode) && location !== undefined;
      if (!isRedirect) {
        return this.#finish(url, response, redirects, input);
      }

      await response.body.dump();
      if (redirects >= settings.maxRedirects) {
        throw new SecurityError(
          localize("https.tooManyRedirects", {
            limit: String(settings.maxRedirects),
            url: describeUrl(url),
          }),
        );
      }
      const next = this.#checkHop(new URL(String(location), url));
      this.#options.onEvent?.({
        kind: "redirect",
        from: describeUrl(url),
        to: describeUrl(next),
        status: response.statusCode,
      });

      if (next.origin !== url.origin) {
        headers = Object.fromEntries(
          Object.entries(headers).filter(
            ([name]) => !CREDENTIAL_HEADER.test(name),
          ),
        );
      }
      const becomesGet =
        response.statusCode === 303 ||
        ((response.statusCode === 301 || response.statusCode === 302) &&
          method === "POST");
      if (becomesGet && method !== "HEAD") {
        method = "GET";
        body = undefined;
        delete headers["content-type"];
        delete headers["content-length"];
      }
      url = next;
    }
  }

  #checkHop(target: string | URL): URL {
    try {
      return checkOutgoingUrl(target, this.#options.settings);
    } catch (error) {
      if (error instanceof SecurityError) {
        this.#options.onEvent?.({
          kind: "refused",
          url: String(target).split("?")[0] ?? "",
          reason: error.message,
        });
      }
      throw error;
    }
  }

  async #send(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
    signal: AbortSignal,
    input: HttpRequest,
  ): Promise<Dispatcher.ResponseData> {
    const { rateLimiter, settings } = this.#options;
    await rateLimiter.acquire(input.serviceKey ?? "default", {
      signal,
      timeoutMs: settings.timeoutMs,
    });

    try {
      return await request(url, {
        dispatcher: this.#agent,
        method,
        headers,
        body: body ?? null,
        signal,
      });
    } catch (error) {
      if (input.signal?.aborted === true) throw input.signal.reason;

      const request = `${method} ${describeUrl(url)}`;
      if (signal.aborted) {
        const timeout = String(settings.timeoutMs);
        throw new NetworkError(
          localize("https.timeout", { request, timeout }),
          {
            cause: error,
          },
        );
      }
      throw new NetworkError(this.#describeFailure(request, error), {
        cause: error,
      });
    }
  }

  /** Names a TLS refusal as such; other failures keep the stack's reason. */
  #describeFailure(request: string, error: unknown): LocalizedText {
    // The cause text comes from the network stack, in English; masking
    // keeps any echoed credential out of the message.
    const mask = (text: string): string =>
      redactText(text, { includeSensitive: true });
    const certificate = findCodedCause(error, CERTIFICATE_ERROR_CODES);
    if (certificate !== undefined) {
      return localize("https.untrustedCertificate", {
        request,
        reason: mask(certificate),
      });
    }
    // OpenSSL's own text for this says nothing more than the code.
    if (findCodedCause(error, TLS_VERSION_ERROR_CODES) !== undefined) {
      return localize("https.tlsVersion", {
        request,
        version: this.#options.settings.tlsMinVersion,
      });
    }
    const reason = mask(describeError(error));
    return localize("https.failed", { request, reason });
  }

  async #finish(
    url: URL,
    response: Dispatcher.ResponseData,
    redirects: number,
    input: HttpRequest,
  ): Promise<HttpResponse> {
    const headers = flattenHeaders(response.headers);
    const shown = describeUrl(url);
    const maxBytes = this.#options.maxResponseBytes ?? 50 * 1024 * 1024;
    let body: string;
    try {
      body = await readCappedBody(response.body, maxBytes, shown);
    } catch (error) {
      if (error instanceof SecurityError) throw error;
      if (input.signal?.aborted === true) throw input.signal.reason;
      throw new NetworkError(localize("https.readFailed", { url: shown }), {
        cause: error,
      });
    }

    const isHttps = url.protocol === "https:";
    if (
      isHttps &&
      this.#options.settings.enableHsts &&
      !("strict-transport-security" in headers)
    ) {
      this.#options.onEvent?.({ kind: "hsts_missing", url: describeUrl(url) });
    }
    if (response.statusCode === 429) {
      this.#options.rateLimiter.recordServerLimit(
        input.serviceKey ?? "default",
        parseRetryAfterMs(
          headers["retry-after"],
          (this.#options.now ?? Date.now)(),
        ),
        describeUrl(url),
      );
    }
    return {
      status: response.statusCode,
      headers,
      body,
      url: url.href,
      redirects,
    };
  }
}
