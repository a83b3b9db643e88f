import { createHmac } from "node:crypto";
import { inspect } from "node:util";

export type KeySourceKind = "env-key" | "passphrase" | "key-file";

/** scrypt cost: N = 2^log2N, block size r, parallelism p. */
export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

export const KEY_LENGTH_BYTES = 32;
const KEY_CHECK_LABEL = "export-trakt key check v1";

/**
 * A 256-bit key plus where it came from. The bytes are held in a private
 * field and the object prints as "[EncryptionKey env-key]", so logging or
 * serialising it by mistake shows no key material.
 */
export class EncryptionKey {
  readonly #bytes: Buffer;

  constructor(
    bytes: Buffer,
    readonly source: KeySourceKind,
    /** Set for passphrase keys: what the header must record to re-derive. */
    readonly derivation: { salt: Buffer; scrypt: ScryptParams } | undefined,
  ) {
    this.#bytes = Buffer.from(bytes);
  }

  /** The raw key, for node:crypto calls only. */
  revealBytes(): Buffer {
    return this.#bytes;
  }

  /**
   * A short fingerprint stored in the header, so a wrong key is reported as
   * such instead of as a damaged file. Eight bytes of an HMAC say nothing
   * useful about a 256-bit key.
   */
  checkValue(): Buffer {
    return createHmac("sha256", this.#bytes)
      .update(KEY_CHECK_LABEL)
      .digest()
      .subarray(0, 8);
  }

  toJSON(): string {
    return this.toString();
  }

  toString(): string {
    return `[EncryptionKey ${this.source}]`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}
