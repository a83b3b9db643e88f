import * as assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { englishOf } from "../../i18n/index.js";
import { OutputError, UsageError } from "../../shared/index.js";

import {
  type AtomicWriter,
  FileCredentialStore,
  writeAtomically,
} from "./file-store.js";
import { rotateKey } from "./rotate-key.js";
import type { CredentialEvent, StoredCredentials } from "./types.js";

const CREDENTIALS: StoredCredentials = {
  clientId: "client-id-0001",
  clientSecret: "client-secret-value-9876",
  accessToken: "access-token-value-ABCD",
};
const CHEAP_SCRYPT = { log2N: 14, r: 8, p: 1 };

let root = "";
let caseNumber = 0;

before(async () => {
  root = await mkdtemp(join(tmpdir(), "export-trakt-rotate-"));
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

function storeAt(
  filePath: string,
  env: Record<string, string>,
  writeFile: AtomicWriter = writeAtomically,
  events: CredentialEvent[] = [],
) {
  const keys = { env, keyFilePath: `${filePath}.key`, scrypt: CHEAP_SCRYPT };
  const store = new FileCredentialStore({
    filePath,
    keys,
    writeFile,
    onEvent: (event) => events.push(event),
  });
  return { store, keys };
}

function newPath(): string {
  return join(root, `case-${++caseNumber}`, "credentials.enc");
}

const failingWriter =
  (path: string): AtomicWriter =>
  (target, data, mode) =>
    target === path
      ? Promise.reject(new Error("disk full (simulated)"))
      : writeAtomically(target, data, mode);

describe("rotateKey", () => {
  it("re-encrypts under a new key file and retires the old key", async () => {
    const path = newPath();
    const { store, keys } = storeAt(path, {});
    await store.set(CREDENTIALS);
    const oldKeyFile = await readFile(keys.keyFilePath, "utf8");

    const result = await rotateKey({ store, keys });
    const newKeyFile = await readFile(keys.keyFilePath, "utf8");

    assert.deepEqual(result, {
      from: "key-file",
      to: "key-file",
      warnings: [],
    });
    assert.notEqual(newKeyFile, oldKeyFile);
    assert.equal(newKeyFile.trim().split("\n").length, 1);
    assert.deepEqual(await store.get(), CREDENTIALS);
  });

  it("keeps the old file valid when writing the new one fails", async () => {
    const path = newPath();
    const setup = storeAt(path, {});
    await setup.store.set(CREDENTIALS);
    const before = await readFile(path);
    const events: CredentialEvent[] = [];
    const { store, keys } = storeAt(path, {}, failingWriter(path), events);

    await assert.rejects(
      rotateKey({ store, keys, onEvent: (event) => events.push(event) }),
      OutputError,
    );

    assert.deepEqual(await readFile(path), before);
    assert.deepEqual(await setup.store.get(), CREDENTIALS);
    assert.deepEqual(events.at(-1), {
      kind: "credential_rotation",
      backend: "file",
      target: path,
      fromKeySource: "key-file",
      toKeySource: "key-file",
      result: "failure",
    });
  });

  it("moves from ENCRYPTION_KEY to NEW_ENCRYPTION_KEY, old file valid on failure", async () => {
    const path = newPath();
    const oldKey = randomBytes(32).toString("base64");
    const newKey = randomBytes(32).toString("base64");
    await storeAt(path, { ENCRYPTION_KEY: oldKey }).store.set(CREDENTIALS);
    const env = { ENCRYPTION_KEY: oldKey, NEW_ENCRYPTION_KEY: newKey };

    const failing = storeAt(path, env, failingWriter(path));
    await assert.rejects(rotateKey(failing));
    assert.deepEqual(
      await storeAt(path, { ENCRYPTION_KEY: oldKey }).store.get(),
      CREDENTIALS,
    );

    const result = await rotateKey(storeAt(path, env));
    assert.equal(result.to, "env-key");
    assert.deepEqual(
      await storeAt(path, { ENCRYPTION_KEY: newKey }).store.get(),
      CREDENTIALS,
    );
  });

  it("moves from a key file to a passphrase", async () => {
    const path = newPath();
    await storeAt(path, {}).store.set(CREDENTIALS);
    const { store, keys } = storeAt(path, {
      NEW_ENCRYPTION_PASSPHRASE: "a new passphrase",
    });

    const result = await rotateKey({ store, keys, to: "passphrase" });
    const reopened = storeAt(path, {
      ENCRYPTION_PASSPHRASE: "a new passphrase",
    });

    assert.deepEqual(result.warnings.map(englishOf), [
      `The key file "${path}.key" is no longer needed for the credentials; keep it only if exported .enc files still use it.`,
    ]);
    assert.deepEqual(await reopened.store.get(), CREDENTIALS);
  });

  it("refuses a new passphrase too short to resist guessing, changing nothing", async () => {
    const path = newPath();
    await storeAt(path, {}).store.set(CREDENTIALS);
    const before = await readFile(path);
    const { store, keys } = storeAt(path, {
      NEW_ENCRYPTION_PASSPHRASE: "short",
    });

    await assert.rejects(
      rotateKey({ store, keys, to: "passphrase" }),
      (error: unknown) =>
        error instanceof UsageError &&
        error.message ===
          "The new passphrase has 5 characters; use at least 12, since a short one falls to guessing even through scrypt. Nothing was changed.",
    );
    assert.deepEqual(await readFile(path), before);
  });
});
