import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname } from "node:path";

import { localize } from "../../i18n/index.js";
import {
  CredentialError,
  OutputError,
  writeFileAtomic,
} from "../../shared/index.js";

import type { EncryptionKey } from "./encryption-key.js";
import {
  type EnvelopeFailure,
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
import {
  type CredentialEventSink,
  type CredentialStore,
  type DeleteResult,
  type SetResult,
  type StoredCredentials,
  StoredCredentialsSchema,
  emitEvent,
} from "./types.js";

/** Writes bytes atomically with a mode; replaceable so tests can fail it. */
export type AtomicWriter = (
  path: string,
  data: Uint8Array | string,
  mode: number,
) => Promise<void>;

export const writeAtomically: AtomicWriter = (path, data, mode) =>
  writeFileAtomic(path, data, { mode });

export interface FileStoreOptions {
  filePath: string;
  keys: KeyEnvironment;
  onEvent?: CredentialEventSink | undefined;
  writeFile?: AtomicWriter | undefined;
}

// A credentials record is well under a kilobyte; refuse to load anything huge.
const MAX_FILE_BYTES = 64 * 1024;
const SECRET_FILE_MODE = 0o600;

/** What an opened file yields: the record and the key that opened it. */
export interface OpenedCredentials {
  credentials: StoredCredentials;
  key: EncryptionKey;
}

/**
 * The `file` backend: one AES-256-GCM file, written atomically with mode
 * 0600. A file that cannot be opened is reported and left untouched, never
 * read as empty and never overwritten.
 */
export class FileCredentialStore implements CredentialStore {
  readonly backend = "file";
  readonly location: string;
  readonly #options: FileStoreOptions;
  readonly #writeFile: AtomicWriter;

  constructor(options: FileStoreOptions) {
    this.#options = options;
    this.location = options.filePath;
    this.#writeFile = options.writeFile ?? writeAtomically;
  }

  async get(): Promise<StoredCredentials | undefined> {
    return (await this.open())?.credentials;
  }

  /** Like `get`, but also returns the key, for re-encryption. */
  async open(): Promise<OpenedCredentials | undefined> {
    const event = { kind: "credential_access", backend: "file" } as const;
    const target = this.location;
    let opened: OpenedCredentials | undefined;
    try {
      opened = await this.#read();
    } catch (error) {
      emitEvent(this.#options.onEvent, { ...event, target, result: "failure" });
      throw error;
    }
    const result = opened === undefined ? "not_found" : "success";
    emitEvent(this.#options.onEvent, { ...event, target, result });
    return opened;
  }

  async set(credentials: StoredCredentials): Promise<SetResult> {
    const record = StoredCredentialsSchema.parse(credentials);
    // Opening first proves an existing file is ours and readable, so a
    // damaged or foreign file is reported instead of silently replaced.
    const previous = await this.#read();
    const key = await chooseWriteKey(this.#options.keys, previous?.key);

    await this.writeWithKey(record, key);
    return { persisted: true, warnings: [] };
  }

  /** Encrypts `credentials` under `key` and replaces the file atomically. */
  async writeWithKey(
    credentials: StoredCredentials,
    key: EncryptionKey,
  ): Promise<void> {
    const bytes = encryptBytes(
      Buffer.from(JSON.stringify(credentials), "utf8"),
      key,
      "credentials",
    );
    const target = this.location;
    try {
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await this.#writeFile(target, bytes, SECRET_FILE_MODE);
    } catch (error) {
      emitEvent(this.#options.onEvent, {
        kind: "credential_store",
        backend: "file",
        target,
        result: "failure",
      });
      throw new OutputError(
        localize("store.writeFailed", { path: target }),
        target,
        { cause: error },
      );
    }
    emitEvent(this.#options.onEvent, {
      kind: "credential_store",
      backend: "file",
      target,
      result: "success",
    });
  }

  async delete(): Promise<DeleteResult> {
    const target = this.location;
    let existed = true;
    try {
      await rm(target);
    } catch (error) {
      if (!isCode(error, "ENOENT")) {
        emitEvent(this.#options.onEvent, {
          kind: "credential_delete",
          backend: "file",
          target,
          result: "failure",
        });
        throw new CredentialError(
          localize("store.deleteFailed", { path: target }),
          { cause: error },
        );
      }
      existed = false;
    }
    emitEvent(this.#options.onEvent, {
      kind: "credential_delete",
      backend: "file",
      target,
      result: existed ? "success" : "not_found",
    });
    return { deleted: existed, warnings: [] };
  }

  async #read(): Promise<OpenedCredentials | undefined> {
    const bytes = await this.#readBytes();
    if (bytes === undefined) return undefined;

    const header = readHeader(bytes);
    if (!header.ok) throw this.#failure(header.failure);
    if (header.header.contentKind !== "credentials") {
      throw this.#failure({
        reason: "wrong_content",
        detail: localize("store.reason.holdsData"),
      });
    }
    const key = await unlockKey(header.header, this.#options.keys);
    const opened = openEnvelope(bytes, key);
    if (!opened.ok) {
      const { keyFilePath } = this.#options.keys;
      const failure =
        opened.failure.reason === "wrong_key"
          ? {
              ...opened.failure,
              detail: describeWrongKey(key.source, keyFilePath),
            }
          : opened.failure;
      throw this.#failure(failure);
    }

    return { credentials: this.#parseRecord(opened.plaintext), key };
  }

  async #readBytes(): Promise<Buffer | undefined> {
    try {
      const bytes = await readFile(this.location);
      if (bytes.length > MAX_FILE_BYTES) {
        throw this.#failure({
          reason: "not_encrypted",
          detail: localize("store.reason.tooLarge", {
            size: String(bytes.length),
          }),
        });
      }
      return bytes;
    } catch (error) {
      if (error instanceof CredentialError) throw error;
      if (isCode(error, "ENOENT")) return undefined;
      throw new CredentialError(
        localize("store.readFailed", { path: this.location }),
        { cause: error },
      );
    }
  }

  #parseRecord(plaintext: Buffer): StoredCredentials {
    let json: unknown;
    try {
      json = JSON.parse(plaintext.toString("utf8"));
    } catch {
      json = undefined;
    }
    const parsed = StoredCredentialsSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    // Name the fields only: their values are secrets.
    const fields = [
      ...new Set(parsed.error.issues.map((issue) => issue.path.join("."))),
    ].join(", ");
    throw this.#failure({
      reason: "invalid_contents",
      detail:
        fields === ""
          ? localize("store.reason.notJsonRecord")
          : localize("store.reason.invalidRecord", { fields }),
    });
  }

  #failure(failure: EnvelopeFailure): CredentialError {
    emitEvent(this.#options.onEvent, {
      kind: "decrypt_failure",
      target: this.location,
      reason: failure.reason,
    });
    return new CredentialError(
      localize("store.decryptFailed", {
        path: this.location,
        reason: failure.detail,
      }),
    );
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
