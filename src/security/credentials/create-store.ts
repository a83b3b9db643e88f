import type { KeyringBackend, SecurityConfig } from "../../config/index.js";

import { EnvCredentialStore } from "./env-store.js";
import { FileCredentialStore, type AtomicWriter } from "./file-store.js";
import type { KeyEnvironment } from "./key-sources.js";
import {
  type OpenKeyringEntry,
  SystemCredentialStore,
} from "./system-store.js";
import type { CredentialEventSink, CredentialStore } from "./types.js";

export interface CreateStoreOptions {
  security: SecurityConfig;
  env: Readonly<Record<string, string | undefined>>;
  /** Overrides `security.keyringBackend`, for `credentials migrate`. */
  backend?: KeyringBackend | undefined;
  promptPassphrase?: KeyEnvironment["promptPassphrase"];
  onEvent?: CredentialEventSink | undefined;
  openKeyringEntry?: OpenKeyringEntry | undefined;
  writeFile?: AtomicWriter | undefined;
  scrypt?: KeyEnvironment["scrypt"];
}

/** The key file sits beside the credentials file: `credentials.enc.key`. */
export function keyFilePathFor(credentialsPath: string): string {
  return `${credentialsPath}.key`;
}

/** Where keys come from for this config and environment. */
export function keyEnvironmentFor(options: CreateStoreOptions): KeyEnvironment {
  return {
    env: options.env,
    keyFilePath: keyFilePathFor(options.security.keyring.filePath),
    promptPassphrase: options.promptPassphrase,
    scrypt: options.scrypt,
  };
}

/** Builds the configured backend (or the one named by `backend`). */
export function createCredentialStore(
  options: CreateStoreOptions,
): CredentialStore {
  const backend = options.backend ?? options.security.keyringBackend;
  switch (backend) {
    case "system":
      return new SystemCredentialStore({
        serviceName: options.security.keyring.serviceName,
        username: options.security.keyring.username,
        onEvent: options.onEvent,
        openEntry: options.openKeyringEntry,
      });
    case "env":
      return new EnvCredentialStore({
        env: options.env,
        onEvent: options.onEvent,
      });
    case "file":
      return new FileCredentialStore({
        filePath: options.security.keyring.filePath,
        keys: keyEnvironmentFor(options),
        onEvent: options.onEvent,
        writeFile: options.writeFile,
      });
    default: {
      const unreachable: never = backend;
      return unreachable;
    }
  }
}
