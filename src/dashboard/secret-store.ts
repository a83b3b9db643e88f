import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";

import type { PathGuard } from "../security/index.js";
import { InputError } from "../shared/index.js";

/** Where the dashboard keeps its access secret. */
export interface DashboardSecretStore {
  /** The stored secret, or `undefined` before the first start. */
  load(): Promise<string | undefined>;
  save(secret: string): Promise<void>;
  /** Where the secret lives, for the login page; never the secret itself. */
  readonly location: string;
}

const SECRET_BYTES = 32;

/** A fresh URL-safe random secret. */
export function createSecret(): string {
  return randomBytes(SECRET_BYTES).toString("base64url");
}

/**
 * Keeps the secret in a file of its own, mode 0600, written atomically
 * through the path guard: the fallback while the credential store cannot
 * hold it. Never the config file.
 */
export class FileSecretStore implements DashboardSecretStore {
  readonly #path: string;
  readonly #guard: PathGuard;
  readonly #earlierPath: string | undefined;

  /**
   * `earlierPath` is where an older version kept the file: a secret found
   * only there is moved to `path`, so existing logins keep working.
   */
  constructor(path: string, guard: PathGuard, earlierPath?: string) {
    this.#path = path;
    this.#guard = guard;
    this.#earlierPath = earlierPath;
  }

  get location(): string {
    return this.#path;
  }

  async load(): Promise<string | undefined> {
    const secret = await this.#read(this.#path);
    if (secret !== undefined || this.#earlierPath === undefined) return secret;

    const earlier = await this.#read(this.#earlierPath);
    if (earlier === undefined) return undefined;
    await this.save(earlier);
    await this.#remove(this.#earlierPath);
    return earlier;
  }

  async save(secret: string): Promise<void> {
    await this.#guard.writeFileAtomic(this.#path, `${secret}\n`, {
      origin: "cli",
      kind: "config",
    });
  }

  /** Deletes the file (and any copy at the earlier place); gone is fine. */
  async remove(): Promise<void> {
    await this.#remove(this.#path);
    if (this.#earlierPath !== undefined) await this.#remove(this.#earlierPath);
  }

  async #read(path: string): Promise<string | undefined> {
    try {
      const text = (await this.#guard.readFile(path, "cli")).toString("utf8");
      const secret = text.trim();
      return secret === "" ? undefined : secret;
    } catch (error) {
      if (error instanceof InputError && isMissing(error.cause)) {
        return undefined;
      }
      throw error;
    }
  }

  async #remove(path: string): Promise<void> {
    const absolute = await this.#guard.checkPath(path, "cli", "write");
    await rm(absolute, { force: true });
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

/** Loads the secret, creating and saving one on the first start. */
export async function loadOrCreateSecret(
  store: DashboardSecretStore,
): Promise<{ secret: string; isNew: boolean }> {
  const existing = await store.load();
  if (existing !== undefined) return { secret: existing, isNew: false };

  const secret = createSecret();
  await store.save(secret);
  return { secret, isNew: true };
}
