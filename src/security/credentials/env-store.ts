import { localize } from "../../i18n/index.js";
import { CredentialError } from "../../shared/index.js";

import {
  type CredentialEventSink,
  type CredentialStore,
  type DeleteResult,
  type SetResult,
  type StoredCredentials,
  StoredCredentialsSchema,
  emitEvent,
} from "./types.js";

export interface EnvStoreOptions {
  env: Readonly<Record<string, string | undefined>>;
  onEvent?: CredentialEventSink | undefined;
}

const VARIABLES = {
  clientId: "TRAKT_CLIENT_ID",
  clientSecret: "TRAKT_CLIENT_SECRET",
  accessToken: "TRAKT_ACCESS_TOKEN",
  refreshToken: "TRAKT_REFRESH_TOKEN",
} as const;

export const ENV_CANNOT_PERSIST = localize("store.envCannotPersist");

/**
 * The `env` backend: reads TRAKT_* variables from the environment passed in.
 * It cannot write, so `set` and `delete` only report that.
 */
export class EnvCredentialStore implements CredentialStore {
  readonly backend = "env";
  readonly location =
    "environment (TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN, TRAKT_REFRESH_TOKEN)";
  readonly #options: EnvStoreOptions;

  constructor(options: EnvStoreOptions) {
    this.#options = options;
  }

  get(): Promise<StoredCredentials | undefined> {
    const read = (name: string): string | undefined => {
      const value = this.#options.env[name];
      return value === undefined || value.trim() === "" ? undefined : value;
    };
    const values = {
      clientId: read(VARIABLES.clientId),
      clientSecret: read(VARIABLES.clientSecret),
      accessToken: read(VARIABLES.accessToken),
      refreshToken: read(VARIABLES.refreshToken),
    };
    const event = {
      kind: "credential_access",
      backend: "env",
      target: "environment",
    } as const;

    if (Object.values(values).every((value) => value === undefined)) {
      emitEvent(this.#options.onEvent, { ...event, result: "not_found" });
      return Promise.resolve(undefined);
    }
    const missing = (["clientId", "clientSecret"] as const)
      .filter((field) => values[field] === undefined)
      .map((field) => VARIABLES[field]);
    const [variable, ...others] = missing;
    if (variable !== undefined) {
      emitEvent(this.#options.onEvent, { ...event, result: "failure" });
      return Promise.reject(
        new CredentialError(
          others.length === 0
            ? localize("store.envMissingOne", { variable })
            : localize("store.envMissingBoth"),
        ),
      );
    }

    emitEvent(this.#options.onEvent, { ...event, result: "success" });
    return Promise.resolve(StoredCredentialsSchema.parse(values));
  }

  // Takes no record: nothing is kept, whatever is passed in.
  set(): Promise<SetResult> {
    emitEvent(this.#options.onEvent, {
      kind: "credential_store",
      backend: "env",
      target: "environment",
      result: "not_persisted",
    });
    return Promise.resolve({
      persisted: false,
      warnings: [ENV_CANNOT_PERSIST],
    });
  }

  delete(): Promise<DeleteResult> {
    emitEvent(this.#options.onEvent, {
      kind: "credential_delete",
      backend: "env",
      target: "environment",
      result: "not_persisted",
    });
    return Promise.resolve({
      deleted: false,
      warnings: [localize("store.envNothingToDelete")],
    });
  }
}
