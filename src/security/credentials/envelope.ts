import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

import { localize, type LocalizedText } from "../../i18n/index.js";

import type {
  EncryptionKey,
  KeySourceKind,
  ScryptParams,
} from "./encryption-key.js";

/*
 * The encrypted file format, shared by the credentials file and exported
 * `.enc` files. A fixed 48-byte header, then AES-256-GCM ciphertext, then the
 * 16-byte tag. The whole header is the GCM associated data, so changing any
 * header byte (version, kind, KDF parameters, nonce) fails authentication.
 *
 *   0  magic "ETKENC"        12  salt (16 bytes, zero unless passphrase)
 *   6  format version (1)    28  key check (8 bytes)
 *   7  content kind          36  nonce (12 bytes, fresh on every write)
 *   8  key source            48  ciphertext
 *   9  scrypt log2 N, r, p   end tag (16 bytes)
 */

export const ENVELOPE_MAGIC = Buffer.from("ETKENC", "ascii");
export const ENVELOPE_VERSION = 1;
export const HEADER_LENGTH = 48;
const TAG_LENGTH = 16;
const NONCE_LENGTH = 12;
export const SALT_LENGTH = 16;

export type ContentKind = "credentials" | "data";

const CONTENT_KIND_CODES: Record<ContentKind, number> = {
  credentials: 1,
  data: 2,
};
const KEY_SOURCE_CODES: Record<KeySourceKind, number> = {
  "env-key": 1,
  passphrase: 2,
  "key-file": 3,
};

export interface EnvelopeHeader {
  version: number;
  contentKind: ContentKind;
  keySource: KeySourceKind;
  /** Present only for passphrase keys. */
  derivation: { salt: Buffer; scrypt: ScryptParams } | undefined;
  keyCheck: Buffer;
}

export type DecryptFailureReason =
  | "not_encrypted"
  | "unsupported_version"
  | "wrong_content"
  | "truncated"
  | "wrong_key"
  | "damaged"
  | "invalid_contents";

/**
 * Why a file could not be opened; `detail` is a `store.reason.` message
 * that completes "Could not decrypt X: ".
 */
export interface EnvelopeFailure {
  reason: DecryptFailureReason;
  detail: LocalizedText;
}

export type HeaderResult =
  | { ok: true; header: EnvelopeHeader }
  | { ok: false; failure: EnvelopeFailure };

/** Encrypts `plaintext` under `key` with a fresh random nonce. */
export function encryptBytes(
  plaintext: Uint8Array,
  key: EncryptionKey,
  contentKind: ContentKind,
): Buffer {
  const header = Buffer.alloc(HEADER_LENGTH);
  ENVELOPE_MAGIC.copy(header, 0);
  header[6] = ENVELOPE_VERSION;
  header[7] = CONTENT_KIND_CODES[contentKind];
  header[8] = KEY_SOURCE_CODES[key.source];
  if (key.derivation !== undefined) {
    header[9] = key.derivation.scrypt.log2N;
    header[10] = key.derivation.scrypt.r;
    header[11] = key.derivation.scrypt.p;
    key.derivation.salt.copy(header, 12);
  }
  key.checkValue().copy(header, 28);
  randomBytes(NONCE_LENGTH).copy(header, 36);

  const cipher = createCipheriv(
    "aes-256-gcm",
    key.revealBytes(),
    header.subarray(36, 48),
  );
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** Reads and checks the header without any key. */
export function readHeader(bytes: Buffer): HeaderResult {
  const isOurs =
    bytes.length >= ENVELOPE_MAGIC.length &&
    bytes.subarray(0, ENVELOPE_MAGIC.length).equals(ENVELOPE_MAGIC);
  if (!isOurs) {
    return failure("not_encrypted", localize("store.reason.notEncrypted"));
  }
  if (bytes.length < HEADER_LENGTH + TAG_LENGTH) {
    return failure(
      "truncated",
      localize("store.reason.truncated", {
        size: String(bytes.length),
        minimum: String(HEADER_LENGTH + TAG_LENGTH),
      }),
    );
  }
  const version = bytes[6] ?? 0;
  if (version !== ENVELOPE_VERSION) {
    return failure(
      "unsupported_version",
      localize("store.reason.version", {
        version: String(version),
        supported: String(ENVELOPE_VERSION),
      }),
    );
  }

  const contentKind = decode(CONTENT_KIND_CODES, bytes[7]);
  const keySource = decode(KEY_SOURCE_CODES, bytes[8]);
  const salt = Buffer.from(bytes.subarray(12, 28));
  const scrypt = { log2N: bytes[9] ?? 0, r: bytes[10] ?? 0, p: bytes[11] ?? 0 };
  const isPassphrase = keySource === "passphrase";
  const hasKdfFields = scrypt.log2N + scrypt.r + scrypt.p > 0 || !isZero(salt);
  if (
    contentKind === undefined ||
    keySource === undefined ||
    (isPassphrase ? !isSafeScrypt(scrypt) : hasKdfFields)
  ) {
    return failure("damaged", localize("store.reason.headerDamaged"));
  }

  return {
    ok: true,
    header: {
      version,
      contentKind,
      keySource,
      derivation: isPassphrase ? { salt, scrypt } : undefined,
      keyCheck: Buffer.from(bytes.subarray(28, 36)),
    },
  };
}

/**
 * Decrypts bytes whose header was read by readHeader. Returns a failure for a
 * wrong key or any change to the file; never returns partial plaintext.
 */
export function openEnvelope(
  bytes: Buffer,
  key: EncryptionKey,
): { ok: true; plaintext: Buffer } | { ok: false; failure: EnvelopeFailure } {
  const header = bytes.subarray(0, HEADER_LENGTH);
  if (!key.checkValue().equals(header.subarray(28, 36))) {
    return failure("wrong_key", localize("store.reason.keyMismatch"));
  }

  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      key.revealBytes(),
      header.subarray(36, 48),
    );
    decipher.setAAD(header);
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_LENGTH));
    const body = bytes.subarray(HEADER_LENGTH, bytes.length - TAG_LENGTH);
    const plaintext = Buffer.concat([decipher.update(body), decipher.final()]);
    return { ok: true, plaintext };
  } catch {
    // GCM reports every authentication failure the same way; with the key
    // check already passed, it means the bytes were changed or cut.
    return failure("damaged", localize("store.reason.damaged"));
  }
}

// The header is outside data: these bounds keep a hostile file from asking
// for gigabytes of memory or minutes of CPU before authentication fails.
const MIN_LOG2N = 14;
const MAX_LOG2N = 20;
const MAX_SCRYPT_MEMORY_BYTES = 256 * 1024 * 1024;

export function isSafeScrypt(params: ScryptParams): boolean {
  return (
    params.log2N >= MIN_LOG2N &&
    params.log2N <= MAX_LOG2N &&
    params.r >= 1 &&
    params.r <= 32 &&
    params.p >= 1 &&
    params.p <= 4 &&
    scryptMemoryBytes(params) <= MAX_SCRYPT_MEMORY_BYTES
  );
}

export function scryptMemoryBytes(params: ScryptParams): number {
  return 128 * 2 ** params.log2N * params.r;
}

function decode<Name extends string>(
  codes: Record<Name, number>,
  code: number | undefined,
): Name | undefined {
  const entries = Object.entries(codes) as [Name, number][];
  return entries.find(([, value]) => value === code)?.[0];
}

function isZero(bytes: Buffer): boolean {
  return bytes.every((byte) => byte === 0);
}

function failure(
  reason: DecryptFailureReason,
  detail: LocalizedText,
): { ok: false; failure: EnvelopeFailure } {
  return { ok: false, failure: { reason, detail } };
}
