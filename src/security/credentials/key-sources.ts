import { randomBytes, scrypt as scryptCallback } from "node:crypto";
import { constants } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";
import { promisify } from "node:util";

import { localize, type LocalizedText } from "../../i18n/index.js";
import {
  CredentialError,
  OutputError,
  writeFileAtomic,
} from "../../shared/index.js";

import {
  EncryptionKey,
  KEY_LENGTH_BYTES,
  type KeySourceKind,
  type ScryptParams,
} from "./encryption-key.js";
import {
  type EnvelopeHeader,
  SALT_LENGTH,
  scryptMemoryBytes,
} from "./envelope.js";

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** 128 MiB of memory per derivation: slow to brute-force, quick once. */
export const DEFAULT_SCRYPT: ScryptParams = { log2N: 17, r: 8, p: 1 };

export type PassphrasePurpose = "unlock" | "new";

/** Where keys come from; every field is passed in, nothing read globally. */
export interface KeyEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  /** The generated key file, beside the credentials file. */
  keyFilePath: string;
  /** Asks the person for a passphrase; absent when nobody can answer. */
  promptPassphrase?:
    ((purpose: PassphrasePurpose) => Promise<string>) | undefined;
  /** scrypt cost for new passphrase keys; tests use a cheaper one. */
  scrypt?: ScryptParams | undefined;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
// Messages show the length as a plain figure, the way "openssl rand" takes it.
const length = String(KEY_LENGTH_BYTES);

/**
 * Parses a base64 key from an environment variable. The message names the
 * variable and the decoded length, never the value.
 */
export function parseBase64Key(value: string, variable: string): Buffer {
  return decodeKey(value, {
    notBase64: () => localize("store.keyNotBase64", { variable, length }),
    wrongLength: (bytes) =>
      localize("store.keyWrongLength", { variable, bytes, length }),
  });
}

/** Parses one line of the key file; messages name the file, never the key. */
function parseKeyFileLine(line: string, path: string): Buffer {
  return decodeKey(line, {
    notBase64: () => localize("store.keyFileNotBase64", { path, length }),
    wrongLength: (bytes) =>
      localize("store.keyFileWrongLength", { path, bytes, length }),
  });
}

function decodeKey(
  value: string,
  messages: {
    notBase64: () => LocalizedText;
    wrongLength: (bytes: string) => LocalizedText;
  },
): Buffer {
  const trimmed = value.trim();
  if (!BASE64.test(trimmed) || trimmed.length % 4 !== 0) {
    throw new CredentialError(messages.notBase64());
  }
  const bytes = Buffer.from(trimmed, "base64");
  if (bytes.length !== KEY_LENGTH_BYTES) {
    throw new CredentialError(messages.wrongLength(String(bytes.length)));
  }
  return bytes;
}

/** Derives a key from a passphrase with scrypt and the given salt. */
export async function deriveFromPassphrase(
  passphrase: string,
  salt: Buffer,
  params: ScryptParams,
): Promise<EncryptionKey> {
  if (passphrase === "") {
    throw new CredentialError(localize("store.emptyPassphrase"));
  }
  const bytes = await scrypt(
    passphrase.normalize("NFC"),
    salt,
    KEY_LENGTH_BYTES,
    {
      N: 2 ** params.log2N,
      r: params.r,
      p: params.p,
      maxmem: scryptMemoryBytes(params) * 2,
    },
  );
  return new EncryptionKey(bytes, "passphrase", { salt, scrypt: params });
}

/** A passphrase key with a fresh salt, for writing. */
export async function newPassphraseKey(
  passphrase: string,
  params: ScryptParams,
): Promise<EncryptionKey> {
  return deriveFromPassphrase(passphrase, randomBytes(SALT_LENGTH), params);
}

async function askPassphrase(
  keys: KeyEnvironment,
  purpose: PassphrasePurpose,
  variable: string,
): Promise<string> {
  const fromEnv = keys.env[variable];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (keys.promptPassphrase === undefined) {
    throw new CredentialError(localize("store.noPassphrase", { variable }));
  }
  return keys.promptPassphrase(purpose);
}

/** Reads the key file's keys, newest first; `undefined` if it is missing. */
export async function readKeyFile(path: string): Promise<Buffer[] | undefined> {
  let text: string;
  try {
    // Never through a link: a key file swapped for a link would let another
    // file decide which key opens (or seals) the credentials.
    const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      if (!(await handle.stat()).isFile()) {
        throw new Error("it is not a regular file");
      }
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      return undefined;
    }
    const isLink =
      error instanceof Error && "code" in error && error.code === "ELOOP";
    throw new CredentialError(
      localize(isLink ? "store.keyFileLink" : "store.keyFileUnreadable", {
        path,
      }),
      { cause: error },
    );
  }
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length === 0 || lines.length > 8) {
    throw new CredentialError(localize("store.keyFileEmpty", { path }));
  }
  return lines.map((line) => parseKeyFileLine(line, path));
}

export function formatKeyFile(keys: Buffer[]): string {
  return keys.map((key) => `${key.toString("base64")}\n`).join("");
}

/** The key that opens a file with this header, from the source it names. */
export async function unlockKey(
  header: EnvelopeHeader,
  keys: KeyEnvironment,
): Promise<EncryptionKey> {
  switch (header.keySource) {
    case "env-key": {
      const value = keys.env.ENCRYPTION_KEY;
      if (value === undefined || value === "") {
        throw new CredentialError(localize("store.envKeyMissing"));
      }
      return new EncryptionKey(
        parseBase64Key(value, "ENCRYPTION_KEY"),
        "env-key",
        undefined,
      );
    }
    case "passphrase": {
      const derivation = header.derivation;
      if (derivation === undefined) {
        throw new CredentialError(localize("store.noSalt"));
      }
      const passphrase = await askPassphrase(
        keys,
        "unlock",
        "ENCRYPTION_PASSPHRASE",
      );
      return deriveFromPassphrase(
        passphrase,
        derivation.salt,
        derivation.scrypt,
      );
    }
    case "key-file": {
      const candidates = (await readKeyFile(keys.keyFilePath)) ?? [];
      const keyObjects = candidates.map(
        (bytes) => new EncryptionKey(bytes, "key-file", undefined),
      );
      // During a rotation the file briefly holds two keys; pick by check value.
      const match = keyObjects.find((key) =>
        key.checkValue().equals(header.keyCheck),
      );
      const fallback = keyObjects[0];
      if (match !== undefined) return match;
      if (fallback !== undefined) return fallback;
      throw new CredentialError(
        localize("store.keyFileMissing", { path: keys.keyFilePath }),
      );
    }
    default: {
      const unreachable: never = header.keySource;
      return unreachable;
    }
  }
}

/**
 * Chooses the key for a new file: ENCRYPTION_KEY, else ENCRYPTION_PASSPHRASE,
 * else the key that opened the previous file, else the key file (created
 * with mode 0600 on first use by `createKeyFile`).
 */
export async function chooseWriteKey(
  keys: KeyEnvironment,
  previous: EncryptionKey | undefined,
): Promise<EncryptionKey> {
  const envKey = keys.env.ENCRYPTION_KEY;
  if (envKey !== undefined && envKey !== "") {
    return new EncryptionKey(
      parseBase64Key(envKey, "ENCRYPTION_KEY"),
      "env-key",
      undefined,
    );
  }
  const passphrase = keys.env.ENCRYPTION_PASSPHRASE;
  if (passphrase !== undefined && passphrase !== "") {
    if (previous?.source === "passphrase") return previous;
    return newPassphraseKey(passphrase, keys.scrypt ?? DEFAULT_SCRYPT);
  }
  if (previous !== undefined) return previous;

  const existing = await readKeyFile(keys.keyFilePath);
  const current = existing?.[0];
  if (current !== undefined)
    return new EncryptionKey(current, "key-file", undefined);
  const generated = randomBytes(KEY_LENGTH_BYTES);
  await createKeyFile(keys.keyFilePath, generated);
  return new EncryptionKey(generated, "key-file", undefined);
}

/** Creates the key file with mode 0600; refuses to replace an existing one. */
export async function createKeyFile(path: string, key: Buffer): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFileAtomic(path, formatKeyFile([key]), {
      mode: 0o600,
      overwrite: false,
    });
  } catch (error) {
    throw new OutputError(
      localize("store.keyFileCreateFailed", { path }),
      path,
      { cause: error },
    );
  }
}

/**
 * Why a file did not open with the key it names: a different key than the
 * one from `source`.
 */
export function describeWrongKey(
  source: KeySourceKind,
  keyFilePath: string,
): LocalizedText {
  switch (source) {
    case "env-key":
      return localize("store.reason.wrongEnvKey");
    case "passphrase":
      return localize("store.reason.wrongPassphrase");
    case "key-file":
      return localize("store.reason.wrongKeyFile", { keyFile: keyFilePath });
    default: {
      const unreachable: never = source;
      return unreachable;
    }
  }
}

/** Describes a key source for `credentials status`, in English. */
export function describeKeySource(
  source: KeySourceKind,
  keyFilePath: string,
): string {
  switch (source) {
    case "env-key":
      return "ENCRYPTION_KEY";
    case "passphrase":
      return "a passphrase (scrypt)";
    case "key-file":
      return `the key file "${keyFilePath}"`;
    default: {
      const unreachable: never = source;
      return unreachable;
    }
  }
}
