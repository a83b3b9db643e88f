import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

import type { UserText } from "../i18n/index.js";

export interface Session {
  id: string;
  /** Synchronizer token that every state-changing request must repeat. */
  csrfToken: string;
  lastSeenMs: number;
  /**
   * A one-time message for the next page (after a redirect), rendered in
   * that page's language.
   */
  notice?: UserText | undefined;
}

const TOKEN_BYTES = 32;

function randomToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** Compares two secrets in constant time, whatever their lengths. */
export function isSameSecret(expected: string, actual: string): boolean {
  return timingSafeEqual(digest(expected), digest(actual));
}

export interface SessionStoreOptions {
  now: () => number;
  /** A session unused for this long is forgotten. */
  idleTimeoutMs: number;
}

/** In-memory sessions: a restart logs everybody out, which is intended. */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #options: SessionStoreOptions;

  constructor(options: SessionStoreOptions) {
    this.#options = options;
  }

  create(): Session {
    this.#dropExpired();
    const session: Session = {
      id: randomToken(),
      csrfToken: randomToken(),
      lastSeenMs: this.#options.now(),
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, refreshed; `undefined` otherwise. */
  find(id: string | undefined): Session | undefined {
    if (id === undefined) return undefined;
    const session = this.#sessions.get(id);
    if (session === undefined) return undefined;

    const now = this.#options.now();
    if (now - session.lastSeenMs > this.#options.idleTimeoutMs) {
      this.#sessions.delete(id);
      return undefined;
    }
    session.lastSeenMs = now;
    return session;
  }

  delete(id: string): void {
    this.#sessions.delete(id);
  }

  #dropExpired(): void {
    const now = this.#options.now();
    for (const [id, session] of this.#sessions) {
      if (now - session.lastSeenMs > this.#options.idleTimeoutMs) {
        this.#sessions.delete(id);
      }
    }
  }
}

/**
 * One-time login tokens for the links printed in the terminal. Only their
 * hashes are kept; each works once and expires after `lifetimeMs`.
 */
export class LoginTokens {
  readonly #expiries = new Map<string, number>();
  readonly #now: () => number;
  readonly #lifetimeMs: number;

  constructor(now: () => number, lifetimeMs: number) {
    this.#now = now;
    this.#lifetimeMs = lifetimeMs;
  }

  mint(): string {
    const token = randomToken();
    const key = digest(token).toString("hex");
    this.#expiries.set(key, this.#now() + this.#lifetimeMs);
    return token;
  }

  /** True once for a minted, unexpired token; the token is then spent. */
  redeem(token: string): boolean {
    const key = digest(token).toString("hex");
    const expiresAt = this.#expiries.get(key);
    this.#expiries.delete(key);
    return expiresAt !== undefined && this.#now() <= expiresAt;
  }
}
