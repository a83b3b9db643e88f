import { localize, type LocalizedText, type UserText } from "../i18n/index.js";
import type { CredentialStore, StoredCredentials } from "../security/index.js";
import { CredentialError, errorTextOf } from "../shared/index.js";

import type { DashboardSecretStore } from "./secret-store.js";

/** The app's id and secret, which every stored record must hold. */
export interface AppCredentials {
  clientId: string;
  clientSecret: string | undefined;
}

export interface CredentialSecretStoreOptions {
  store: CredentialStore;
  /** Where the app's id and secret come from when nothing is stored yet. */
  loadAppCredentials: () => Promise<AppCredentials | undefined>;
  /** The secret file, used only while the store cannot hold the secret. */
  fallback: DashboardSecretStore & { remove(): Promise<void> };
  /** Told once each time the fallback file is used or left behind. */
  onNotice: (message: LocalizedText) => void;
}

/** Where the secret is kept: the credential store, or the fallback file. */
export type SecretPlacement =
  { kind: "store"; location: string } | { kind: "file"; path: string };

/**
 * Keeps the dashboard secret in the credential store's `dashboardSecret`
 * slot. A stored record must carry the Trakt app's client id and secret, so
 * until those are known (or when the store cannot be reached or written, as
 * with the `env` backend or a machine without a keyring service) the secret
 * stays in the fallback file, and a notice says why. Once the store can hold
 * it, the secret moves there and the file is deleted.
 */
export class CredentialSecretStore implements DashboardSecretStore {
  readonly #options: CredentialSecretStoreOptions;
  #isUsingFallback = false;

  constructor(options: CredentialSecretStoreOptions) {
    this.#options = options;
  }

  get location(): string {
    const placement = this.placement;
    return placement.kind === "file"
      ? placement.path
      : `the credential store (${placement.location})`;
  }

  get placement(): SecretPlacement {
    return this.#isUsingFallback
      ? { kind: "file", path: this.#options.fallback.location }
      : { kind: "store", location: this.#options.store.location };
  }

  async load(): Promise<string | undefined> {
    const record = await this.#readRecord();
    if (record === "unreachable") return this.#options.fallback.load();
    if (record?.dashboardSecret !== undefined) return record.dashboardSecret;

    const fromFile = await this.#options.fallback.load();
    if (fromFile === undefined) return undefined;
    if (await this.#trySave(record, fromFile)) {
      await this.#options.fallback.remove();
      this.#options.onNotice(
        localize("serve.secretMoved", {
          path: this.#options.fallback.location,
          location: this.#options.store.location,
        }),
      );
    }
    return fromFile;
  }

  async save(secret: string): Promise<void> {
    const record = await this.#readRecord();
    const isSaved =
      record !== "unreachable" && (await this.#trySave(record, secret));
    if (!isSaved) await this.#options.fallback.save(secret);
  }

  async #readRecord(): Promise<StoredCredentials | undefined | "unreachable"> {
    try {
      return await this.#options.store.get();
    } catch (error) {
      // A keyring that cannot be reached must not stop the dashboard: the
      // secret file keeps it usable, and the notice carries the store's own
      // advice (such as keyring_backend = "file").
      if (!(error instanceof CredentialError)) throw error;
      this.#useFallback("serve.secretStoreUnreadable", errorTextOf(error));
      return "unreachable";
    }
  }

  async #trySave(
    record: StoredCredentials | undefined,
    secret: string,
  ): Promise<boolean> {
    const app = record ?? (await this.#options.loadAppCredentials());
    if (app?.clientSecret === undefined) {
      this.#useFallback("serve.secretNeedsApp");
      return false;
    }

    let result;
    try {
      result = await this.#options.store.set({
        ...record,
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        dashboardSecret: secret,
      });
    } catch (error) {
      if (!(error instanceof CredentialError)) throw error;
      this.#useFallback("serve.secretStoreUnwritable", errorTextOf(error));
      return false;
    }
    if (!result.persisted) {
      this.#useFallback("serve.secretNotPersisted");
    }
    return result.persisted;
  }

  /** Switches to the file once, with a notice that says why. */
  #useFallback(
    key:
      | "serve.secretStoreUnreadable"
      | "serve.secretStoreUnwritable"
      | "serve.secretNeedsApp"
      | "serve.secretNotPersisted",
    reason: UserText = "",
  ): void {
    if (this.#isUsingFallback) return;
    this.#isUsingFallback = true;
    this.#options.onNotice(
      localize(key, {
        path: this.#options.fallback.location,
        backend: this.#options.store.backend,
        reason,
      }),
    );
  }
}
