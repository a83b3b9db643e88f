import { localize, type MessageKey } from "../../i18n/index.js";
import { CredentialError, toPrintable } from "../../shared/index.js";

import {
  type CredentialEventSink,
  type CredentialStore,
  type DeleteResult,
  type SetResult,
  type StoredCredentials,
  StoredCredentialsSchema,
  emitEvent,
} from "./types.js";

/** The part of a keyring entry this store uses; tests pass a fake one. */
export interface KeyringEntry {
  getPassword(): Promise<string | null>;
  setPassword(password: string): Promise<void>;
  deletePassword(): Promise<boolean>;
}

export type OpenKeyringEntry = (
  serviceName: string,
  username: string,
) => Promise<KeyringEntry>;

/**
 * Opens an entry in the OS keyring (Secret Service, Keychain, Credential
 * Manager). The native module is loaded only when this backend is used.
 */
export const openSystemKeyringEntry: OpenKeyringEntry = async (
  serviceName,
  username,
) => {
  const { AsyncEntry } = await import("@napi-rs/keyring");
  // Pinned to Secret Service on Linux: the kernel keyring fallback forgets
  // everything at logout, which would look like lost credentials.
  return new AsyncEntry(serviceName, username, {
    linux: { store: "secret-service" },
  });
};

export interface SystemStoreOptions {
  serviceName: string;
  username: string;
  onEvent?: CredentialEventSink | undefined;
  openEntry?: OpenKeyringEntry | undefined;
}

/** The `system` backend: one JSON record in the OS keyring. */
export class SystemCredentialStore implements CredentialStore {
  readonly backend = "system";
  readonly location: string;
  readonly #options: SystemStoreOptions;

  constructor(options: SystemStoreOptions) {
    this.#options = options;
    this.location = `system keyring, service "${options.serviceName}", user "${options.username}"`;
  }

  async get(): Promise<StoredCredentials | undefined> {
    const text = await this.#call("access", (entry) => entry.getPassword());
    if (text === null) {
      this.#emit("credential_access", "not_found");
      return undefined;
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = StoredCredentialsSchema.safeParse(json);
    if (!parsed.success) {
      this.#emit("credential_access", "failure");
      throw new CredentialError(
        localize("store.keyringInvalid", {
          service: this.#options.serviceName,
          user: this.#options.username,
        }),
      );
    }
    this.#emit("credential_access", "success");
    return parsed.data;
  }

  async set(credentials: StoredCredentials): Promise<SetResult> {
    const text = JSON.stringify(StoredCredentialsSchema.parse(credentials));
    await this.#call("store", (entry) => entry.setPassword(text));
    this.#emit("credential_store", "success");
    return { persisted: true, warnings: [] };
  }

  async delete(): Promise<DeleteResult> {
    const deleted = await this.#call("delete", (entry) =>
      entry.deletePassword(),
    );
    this.#emit("credential_delete", deleted ? "success" : "not_found");
    return { deleted, warnings: [] };
  }

  async #call<Result>(
    action: "access" | "store" | "delete",
    run: (entry: KeyringEntry) => Promise<Result>,
  ): Promise<Result> {
    const open = this.#options.openEntry ?? openSystemKeyringEntry;
    try {
      const entry = await open(
        this.#options.serviceName,
        this.#options.username,
      );
      return await run(entry);
    } catch (error) {
      this.#emit(`credential_${action}`, "failure");
      const reason = describeNativeError(error);
      throw new CredentialError(
        localize(KEYRING_FAILURES[action], { reason }),
        {
          cause: error,
        },
      );
    }
  }

  #emit(
    kind: "credential_access" | "credential_store" | "credential_delete",
    result: "success" | "not_found" | "failure",
  ): void {
    emitEvent(this.#options.onEvent, {
      kind,
      backend: "system",
      target: `keyring:${this.#options.serviceName}/${this.#options.username}`,
      result,
    });
  }
}

const KEYRING_FAILURES: Readonly<
  Record<"access" | "store" | "delete", MessageKey>
> = {
  access: "store.keyringReadFailed",
  store: "store.keyringStoreFailed",
  delete: "store.keyringDeleteFailed",
};

// Platform messages describe the keyring ("no D-Bus session"), never the
// stored value; they are still trimmed and stripped of control characters.
function describeNativeError(error: unknown): string {
  const message = error instanceof Error ? error.message : "unknown error";
  const oneLine = toPrintable(message.split("\n")[0] ?? "");
  return oneLine.length > 160 ? `${oneLine.slice(0, 157)}...` : oneLine;
}
