import { readFile } from "node:fs/promises";

import { localize, type LocalizedText } from "../../i18n/index.js";
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
  describeWrongKey,
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
    throw new InputError(localize("decrypt.readFailed", { path }), path, {
      cause: error,
    });
  }
  if (bytes.length > MAX_DATA_FILE_BYTES) {
    throw new InputError(
      localize("decrypt.tooLarge", {
        path,
        size: String(bytes.length),
        limit: String(MAX_DATA_FILE_BYTES),
      }),
      path,
    );
  }

  const fail = (
    reason: DecryptFailureReason,
    detail: LocalizedText,
  ): CredentialError => failure(path, reason, detail, options.onEvent);
  const header = readHeader(bytes);
  if (!header.ok) throw fail(header.failure.reason, header.failure.detail);
  if (header.header.contentKind !== "data") {
    throw fail("wrong_content", localize("decrypt.holdsCredentials"));
  }
  const key = await unlockKey(header.header, options.keys);
  const opened = openEnvelope(bytes, key);
  if (opened.ok) return opened.plaintext;

  const detail =
    opened.failure.reason === "wrong_key"
      ? describeWrongKey(key.source, options.keys.keyFilePath)
      : opened.failure.detail;
  throw fail(opened.failure.reason, detail);
}

function failure(
  path: string,
  reason: DecryptFailureReason,
  detail: LocalizedText,
  onEvent: CredentialEventSink | undefined,
): CredentialError {
  emitEvent(onEvent, { kind: "decrypt_failure", target: path, reason });
  return new CredentialError(
    localize("decrypt.failed", { path, reason: detail }),
  );
}
