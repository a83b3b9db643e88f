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

  constructor(path: string, guard: PathGuard) {
    this.#path = path;
    this.#guard = guard;
  }

  get location(): string {
    return this.#path;
  }

  async load(): Promise<string | undefined> {
    try {
      const text = (await this.#guard.readFile(this.#path, "cli")).toString(
        "utf8",
      );
      const secret = text.trim();
      return secret === "" ? undefined : secret;
    } catch (error) {
      if (error instanceof InputError && isMissing(error.cause)) {
        return undefined;
      }
      throw error;
    }
  }

  async save(secret: string): Promise<void> {
    await this.#guard.writeFileAtomic(this.#path, `${secret}\n`, {
      origin: "cli",
      kind: "config",
    });
  }

  /** Deletes the file; a file that is already gone is fine. */
  async remove(): Promise<void> {
    const absolute = await this.#guard.checkPath(this.#path, "cli", "write");
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
