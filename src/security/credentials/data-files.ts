import { readFile } from "node:fs/promises";

import { CredentialError, InputError } from "../../shared/index.js";

import {
  type DecryptFailureReason,
  encryptBytes,
  openEnvelope,
  readHeader,
} from "./envelope.js";
import {
  type KeyEnvironment,
  chooseWriteKey,
  describeKeySource,
  unlockKey,
} from "./key-sources.js";
import { type CredentialEventSink, emitEvent } from "./types.js";

export interface DataFileKeys {
  keys: KeyEnvironment;
  onEvent?: CredentialEventSink | undefined;
}

/**
 * Encrypts exported data (a CSV) in the same format as the credentials
 * file, marked as data so the two cannot be swapped.
 */
export async function encryptDataBytes(
  plaintext: Uint8Array,
  options: DataFileKeys,
): Promise<Buffer> {
  const key = await chooseWriteKey(options.keys, undefined);
  return encryptBytes(plaintext, key, "data");
}

// Exports are CSV files of a few megabytes; this leaves a wide margin.
const MAX_DATA_FILE_BYTES = 512 * 1024 * 1024;

/** Reads and decrypts an `.enc` data file; errors name the file. */
export async function decryptDataFile(
  path: string,
  options: DataFileKeys,
): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(
      `Could not read "${path}". Check the path and that you can read the file.`,
      path,
      { cause: error },
    );
  }
  if (bytes.length > MAX_DATA_FILE_BYTES) {
    throw new InputError(
      `"${path}" is ${bytes.length} bytes, larger than any export this tool writes (${MAX_DATA_FILE_BYTES}). Check the path.`,
      path,
    );
  }

  const fail = (
    reason: DecryptFailureReason,
    detail: string,
  ): CredentialError => failure(path, reason, detail, options.onEvent);
  const header = readHeader(bytes);
  if (!header.ok) throw fail(header.failure.reason, header.failure.detail);
  if (header.header.contentKind !== "data") {
    throw fail(
      "wrong_content",
      'it is a credentials file, not an exported data file; use "export-trakt credentials status" to inspect credentials',
    );
  }
  const key = await unlockKey(header.header, options.keys);
  const opened = openEnvelope(bytes, key);
  if (opened.ok) return opened.plaintext;

  const source = describeKeySource(key.source, options.keys.keyFilePath);
  const detail =
    opened.failure.reason === "wrong_key"
      ? `it was encrypted with a different key than ${source}`
      : opened.failure.detail;
  throw fail(opened.failure.reason, detail);
}

function failure(
  path: string,
  reason: DecryptFailureReason,
  detail: string,
  onEvent: CredentialEventSink | undefined,
): CredentialError {
  emitEvent(onEvent, { kind: "decrypt_failure", target: path, reason });
  return new CredentialError(
    `Could not decrypt "${path}": ${detail}. The file was left untouched.`,
  );
}
