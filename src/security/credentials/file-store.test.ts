import * as assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { CredentialError } from "../../shared/index.js";

import { FileCredentialStore } from "./file-store.js";
import type { CredentialEvent, StoredCredentials } from "./types.js";

const CREDENTIALS: StoredCredentials = {
  clientId: "client-id-0001",
  clientSecret: "client-secret-value-9876",
  accessToken: "access-token-value-ABCD",
  refreshToken: "refresh-token-value-WXYZ",
  expiresAt: "2030-01-01T00:00:00.000Z",
  scope: "public",
};
const SECRETS = [
  CREDENTIALS.clientSecret,
  CREDENTIALS.accessToken,
  CREDENTIALS.refreshToken,
];
const CHEAP_SCRYPT = { log2N: 14, r: 8, p: 1 };

let root = "";
let caseNumber = 0;

before(async () => {
  root = await mkdtemp(join(tmpdir(), "export-trakt-store-"));
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

function storeFor(
  env: Record<string, string>,
  events: CredentialEvent[] = [],
  filePath = join(root, `case-${++caseNumber}`, "credentials.enc"),
): FileCredentialStore {
  return new FileCredentialStore({
    filePath,
    keys: { env, keyFilePath: `${filePath}.key`, scrypt: CHEAP_SCRYPT },
    onEvent: (event) => events.push(event),
  });
}

const KEY_A = randomBytes(32).toString("base64");
const KEY_B = randomBytes(32).toString("base64");

async function expectCredentialError(
  promise: Promise<unknown>,
  expected: string,
): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof CredentialError);
    assert.equal(error.message, expected);
    for (const secret of SECRETS) {
      assert.ok(secret !== undefined && !error.message.includes(secret));
    }
    return true;
  });
}

const ADVICE =
  'The file was left untouched. Restore it from a backup, or remove it with "export-trakt credentials delete" and store the credentials again with "export-trakt credentials set".';

describe("FileCredentialStore", () => {
  it("returns undefined when no file exists", async () => {
    assert.equal(await storeFor({ ENCRYPTION_KEY: KEY_A }).get(), undefined);
  });

  it("round-trips a record under ENCRYPTION_KEY, with mode 0600 and no plaintext on disk", async () => {
    const store = storeFor({ ENCRYPTION_KEY: KEY_A });

    await store.set(CREDENTIALS);
    const bytes = await readFile(store.location);

    assert.deepEqual(await store.get(), CREDENTIALS);
    assert.equal((await stat(store.location)).mode & 0o777, 0o600);
    for (const secret of SECRETS) {
      assert.ok(!bytes.toString("latin1").includes(secret ?? ""));
    }
  });

  it("uses a fresh nonce for every write", async () => {
    const store = storeFor({ ENCRYPTION_KEY: KEY_A });

    await store.set(CREDENTIALS);
    const first = await readFile(store.location);
    await store.set(CREDENTIALS);
    const second = await readFile(store.location);

    assert.notDeepEqual(first.subarray(36, 48), second.subarray(36, 48));
  });

  it("generates a 0600 key file on first use when no key is given", async () => {
    const store = storeFor({});

    await store.set(CREDENTIALS);
    const keyFile = `${store.location}.key`;

    assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
    assert.equal(
      Buffer.from((await readFile(keyFile, "utf8")).trim(), "base64").length,
      32,
    );
    assert.deepEqual(await store.get(), CREDENTIALS);
  });

  it("derives the key from ENCRYPTION_PASSPHRASE with scrypt", async () => {
    const path = join(root, "passphrase", "credentials.enc");
    await storeFor({ ENCRYPTION_PASSPHRASE: "correct horse" }, [], path).set(
      CREDENTIALS,
    );

    const bytes = await readFile(path);
    const reopened = storeFor(
      { ENCRYPTION_PASSPHRASE: "correct horse" },
      [],
      path,
    );

    assert.equal(bytes[8], 2);
    assert.deepEqual([bytes[9], bytes[10], bytes[11]], [14, 8, 1]);
    assert.deepEqual(await reopened.get(), CREDENTIALS);
    await expectCredentialError(
      storeFor({ ENCRYPTION_PASSPHRASE: "wrong horse" }, [], path).get(),
      `Could not decrypt the credentials file "${path}": it was encrypted with a different key than a passphrase (scrypt). ${ADVICE}`,
    );
  });

  it("reports a wrong key by name, leaves the file untouched and refuses to overwrite it", async () => {
    const events: CredentialEvent[] = [];
    const path = join(root, "wrong-key", "credentials.enc");
    await storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).set(CREDENTIALS);
    const before = await readFile(path);
    const store = storeFor({ ENCRYPTION_KEY: KEY_B }, events, path);

    const expected = `Could not decrypt the credentials file "${path}": it was encrypted with a different key than ENCRYPTION_KEY. ${ADVICE}`;
    await expectCredentialError(store.get(), expected);
    await expectCredentialError(store.set(CREDENTIALS), expected);

    assert.deepEqual(await readFile(path), before);
    assert.deepEqual(events[0], {
      kind: "decrypt_failure",
      target: path,
      reason: "wrong_key",
    });
  });

  it("reports a flipped byte as damage and leaves the file untouched", async () => {
    const path = join(root, "flipped", "credentials.enc");
    await storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).set(CREDENTIALS);
    const bytes = await readFile(path);
    bytes[60] = (bytes[60] ?? 0) ^ 0x01;
    await writeFile(path, bytes);

    await expectCredentialError(
      storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).get(),
      `Could not decrypt the credentials file "${path}": it is damaged, cut short or was altered (the integrity check failed). ${ADVICE}`,
    );
    assert.deepEqual(await readFile(path), bytes);
  });

  it("reports a changed header byte as damage", async () => {
    const path = join(root, "header", "credentials.enc");
    await storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).set(CREDENTIALS);
    const bytes = await readFile(path);
    bytes[40] = (bytes[40] ?? 0) ^ 0x80;
    await writeFile(path, bytes);

    await expectCredentialError(
      storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).get(),
      `Could not decrypt the credentials file "${path}": it is damaged, cut short or was altered (the integrity check failed). ${ADVICE}`,
    );
  });

  it("reports a file cut in half and leaves it untouched", async () => {
    const path = join(root, "half", "credentials.enc");
    await storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).set(CREDENTIALS);
    const bytes = await readFile(path);
    const half = bytes.subarray(0, Math.floor(bytes.length / 2));
    await writeFile(path, half);

    await expectCredentialError(
      storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).get(),
      `Could not decrypt the credentials file "${path}": it is damaged, cut short or was altered (the integrity check failed). ${ADVICE}`,
    );
    assert.deepEqual(await readFile(path), half);
  });

  it("reports a file cut inside the header", async () => {
    const path = join(root, "short", "credentials.enc");
    await storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).set(CREDENTIALS);
    await writeFile(path, (await readFile(path)).subarray(0, 20));

    await expectCredentialError(
      storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).get(),
      `Could not decrypt the credentials file "${path}": it is cut short (20 bytes, while even an empty encrypted file has 64). ${ADVICE}`,
    );
  });

  it("reports a newer format version", async () => {
    const path = join(root, "version", "credentials.enc");
    await storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).set(CREDENTIALS);
    const bytes = await readFile(path);
    bytes[6] = 2;
    await writeFile(path, bytes);

    await expectCredentialError(
      storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).get(),
      `Could not decrypt the credentials file "${path}": it uses format version 2, and this version of export-trakt reads only format 1; use the export-trakt version that wrote it. ${ADVICE}`,
    );
  });

  it("reports a plaintext file as not encrypted", async () => {
    const path = join(root, "plain.enc");
    await writeFile(path, JSON.stringify(CREDENTIALS));

    await expectCredentialError(
      storeFor({ ENCRYPTION_KEY: KEY_A }, [], path).get(),
      `Could not decrypt the credentials file "${path}": it is not an export-trakt encrypted file. ${ADVICE}`,
    );
  });

  it("refuses a 31-byte ENCRYPTION_KEY and names the expected length", async () => {
    const shortKey = randomBytes(31).toString("base64");

    await expectCredentialError(
      storeFor({ ENCRYPTION_KEY: shortKey }).set(CREDENTIALS),
      'ENCRYPTION_KEY decodes to 31 bytes, but it must be the base64 encoding of exactly 32 bytes; create one with "openssl rand -base64 32".',
    );
  });

  it("refuses an ENCRYPTION_KEY that is not base64 without echoing it", async () => {
    await expectCredentialError(
      storeFor({ ENCRYPTION_KEY: "not a key!" }).set(CREDENTIALS),
      'ENCRYPTION_KEY is not valid base64. It must be the base64 encoding of exactly 32 random bytes; create one with "openssl rand -base64 32".',
    );
  });

  it("reports access, store and delete events without secrets", async () => {
    const events: CredentialEvent[] = [];
    const store = storeFor({ ENCRYPTION_KEY: KEY_A }, events);

    await store.set(CREDENTIALS);
    await store.get();
    const deleted = await store.delete();

    assert.equal(deleted.deleted, true);
    assert.deepEqual(
      events.map((event) => [
        event.kind,
        "result" in event ? event.result : "",
      ]),
      [
        ["credential_store", "success"],
        ["credential_access", "success"],
        ["credential_delete", "success"],
      ],
    );
    const text = JSON.stringify(events);
    for (const secret of SECRETS) assert.ok(!text.includes(secret ?? ""));
  });
});
