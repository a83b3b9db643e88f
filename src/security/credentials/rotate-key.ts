import { randomBytes } from "node:crypto";

import { localize, type LocalizedText } from "../../i18n/index.js";
import {
  CredentialError,
  UsageError,
  writeFileAtomic,
} from "../../shared/index.js";

import {
  EncryptionKey,
  KEY_LENGTH_BYTES,
  type KeySourceKind,
} from "./encryption-key.js";
import type { FileCredentialStore } from "./file-store.js";
import {
  DEFAULT_SCRYPT,
  type KeyEnvironment,
  formatKeyFile,
  newPassphraseKey,
  parseBase64Key,
  readKeyFile,
} from "./key-sources.js";
import { type CredentialEventSink, emitEvent } from "./types.js";

export interface RotateKeyOptions {
  store: FileCredentialStore;
  keys: KeyEnvironment;
  /** The new key's source; defaults to the current one. */
  to?: KeySourceKind | undefined;
  onEvent?: CredentialEventSink | undefined;
}

export interface RotateKeyResult {
  from: KeySourceKind;
  to: KeySourceKind;
  warnings: LocalizedText[];
}

/**
 * Re-encrypts the credentials file under a new key. The old file stays
 * valid until the new one has been renamed into place; for the key file,
 * the new key is added beside the old one first and the old one is removed
 * only after the credentials file has been replaced.
 */
export async function rotateKey(
  options: RotateKeyOptions,
): Promise<RotateKeyResult> {
  const opened = await options.store.open();
  if (opened === undefined) {
    throw new CredentialError(
      localize("store.nothingToRotate", { path: options.store.location }),
    );
  }
  const from = opened.key.source;
  const to = options.to ?? from;
  const target = options.store.location;
  const report = (result: "success" | "failure"): void => {
    emitEvent(options.onEvent, {
      kind: "credential_rotation",
      backend: "file",
      target,
      fromKeySource: from,
      toKeySource: to,
      result,
    });
  };

  try {
    const newKey = await createNewKey(to, options.keys);
    await options.store.writeWithKey(opened.credentials, newKey);
    if (to === "key-file") {
      await writeKeyFile(options.keys.keyFilePath, [newKey.revealBytes()]);
    }
  } catch (error) {
    report("failure");
    throw error;
  }
  report("success");

  return { from, to, warnings: warningsAfter(from, to, options.keys) };
}

async function createNewKey(
  to: KeySourceKind,
  keys: KeyEnvironment,
): Promise<EncryptionKey> {
  switch (to) {
    case "env-key": {
      const value = keys.env.NEW_ENCRYPTION_KEY;
      if (value === undefined || value === "") {
        throw new CredentialError(localize("store.newKeyMissing"));
      }
      const bytes = parseBase64Key(value, "NEW_ENCRYPTION_KEY");
      return new EncryptionKey(bytes, "env-key", undefined);
    }
    case "passphrase": {
      const fromEnv = keys.env.NEW_ENCRYPTION_PASSPHRASE;
      const passphrase =
        fromEnv !== undefined && fromEnv !== ""
          ? fromEnv
          : await promptNew(keys);
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
        throw new UsageError(
          localize("store.passphraseTooShort", {
            count: passphrase.length,
            minimum: String(MIN_PASSPHRASE_LENGTH),
          }),
        );
      }
      return newPassphraseKey(passphrase, keys.scrypt ?? DEFAULT_SCRYPT);
    }
    case "key-file": {
      const bytes = randomBytes(KEY_LENGTH_BYTES);
      const existing = (await readKeyFile(keys.keyFilePath)) ?? [];
      // Both keys are kept until the credentials file is replaced, so a
      // crash in between leaves a file that still opens.
      await writeKeyFile(keys.keyFilePath, [bytes, ...existing.slice(0, 1)]);
      return new EncryptionKey(bytes, "key-file", undefined);
    }
    default: {
      const unreachable: never = to;
      return unreachable;
    }
  }
}

const MIN_PASSPHRASE_LENGTH = 12;

async function promptNew(keys: KeyEnvironment): Promise<string> {
  if (keys.promptPassphrase === undefined) {
    throw new CredentialError(localize("store.noNewPassphrase"));
  }
  return keys.promptPassphrase("new");
}

async function writeKeyFile(path: string, keys: Buffer[]): Promise<void> {
  await writeFileAtomic(path, formatKeyFile(keys), { mode: 0o600 });
}

function warningsAfter(
  from: KeySourceKind,
  to: KeySourceKind,
  keys: KeyEnvironment,
): LocalizedText[] {
  const warnings: LocalizedText[] = [];
  if (to === "env-key") warnings.push(localize("store.replaceEnvKey"));
  if (to === "passphrase" && keys.env.ENCRYPTION_PASSPHRASE !== undefined) {
    warnings.push(localize("store.replacePassphrase"));
  }
  if (from === "key-file" && to !== "key-file") {
    warnings.push(localize("store.keyFileUnused", { path: keys.keyFilePath }));
  }
  return warnings;
}
