import * as assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { inspect } from "node:util";

import { EncryptionKey } from "./encryption-key.js";
import { encryptBytes, openEnvelope, readHeader } from "./envelope.js";
import { newPassphraseKey, parseBase64Key } from "./key-sources.js";

const KEY = new EncryptionKey(randomBytes(32), "env-key", undefined);
const PLAINTEXT = Buffer.from("Title,Year\nAlien,1979\n");

function headerFailure(bytes: Buffer): string {
  const result = readHeader(bytes);
  assert.ok(!result.ok);
  return `${result.failure.reason}: ${result.failure.detail.english}`;
}

describe("envelope format", () => {
  it("round-trips data and marks its kind", () => {
    const bytes = encryptBytes(PLAINTEXT, KEY, "data");
    const header = readHeader(bytes);

    assert.ok(header.ok);
    assert.equal(header.header.contentKind, "data");
    assert.equal(header.header.keySource, "env-key");
    assert.deepEqual(openEnvelope(bytes, KEY), {
      ok: true,
      plaintext: PLAINTEXT,
    });
  });

  it("refuses a passphrase header asking for an absurd scrypt cost", async () => {
    const key = await newPassphraseKey("pass", { log2N: 14, r: 8, p: 1 });
    const bytes = encryptBytes(PLAINTEXT, key, "data");
    bytes[9] = 40;

    assert.equal(
      headerFailure(bytes),
      "damaged: its header is damaged or was altered (unknown field values)",
    );
  });

  it("refuses an unknown key source", () => {
    const bytes = encryptBytes(PLAINTEXT, KEY, "data");
    bytes[8] = 9;

    assert.equal(
      headerFailure(bytes),
      "damaged: its header is damaged or was altered (unknown field values)",
    );
  });

  it("refuses KDF fields on a key that is not a passphrase", () => {
    const bytes = encryptBytes(PLAINTEXT, KEY, "data");
    bytes[15] = 1;

    assert.equal(
      headerFailure(bytes),
      "damaged: its header is damaged or was altered (unknown field values)",
    );
  });

  it("reports an empty file as not encrypted", () => {
    assert.equal(
      headerFailure(Buffer.alloc(0)),
      "not_encrypted: it is not an export-trakt encrypted file",
    );
  });
});

describe("parseBase64Key", () => {
  const cases: [string, string, string][] = [
    [
      "31 bytes",
      randomBytes(31).toString("base64"),
      'X decodes to 31 bytes, but it must be the base64 encoding of exactly 32 bytes; create one with "openssl rand -base64 32".',
    ],
    [
      "33 bytes",
      randomBytes(33).toString("base64"),
      'X decodes to 33 bytes, but it must be the base64 encoding of exactly 32 bytes; create one with "openssl rand -base64 32".',
    ],
    [
      "text that is not base64",
      "correct horse battery staple",
      'X is not valid base64. It must be the base64 encoding of exactly 32 random bytes; create one with "openssl rand -base64 32".',
    ],
  ];
  for (const [name, value, message] of cases) {
    it(`refuses ${name} without echoing the value`, () => {
      assert.throws(() => parseBase64Key(value, "X"), {
        name: "CredentialError",
        message,
      });
    });
  }

  it("accepts exactly 32 bytes, with surrounding whitespace", () => {
    const bytes = randomBytes(32);

    assert.deepEqual(
      parseBase64Key(` ${bytes.toString("base64")}\n`, "X"),
      bytes,
    );
  });
});

describe("EncryptionKey", () => {
  it("never shows its bytes when printed or serialised", () => {
    const bytes = randomBytes(32);
    const key = new EncryptionKey(bytes, "key-file", undefined);
    const shown = [inspect(key), JSON.stringify({ key }), String(key)].join(
      " ",
    );

    assert.equal(inspect(key), "[EncryptionKey key-file]");
    assert.ok(!shown.includes(bytes.toString("base64")));
    assert.ok(!shown.includes(bytes.toString("hex")));
  });
});
