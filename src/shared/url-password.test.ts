import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { describeUrlValue, maskUrlPasswords } from "./url-password.js";

describe("maskUrlPasswords", () => {
  const cases: [string, string][] = [
    [
      "http://alice:hunter2secretpw@127.0.0.1:1/?token=abc",
      "http://alice:[secret]@127.0.0.1:1/?token=abc",
    ],
    // A password may hold "@" and ":"; the host starts after the last "@".
    ["https://u:a@b:c@host/path", "https://u:[secret]@host/path"],
    ["https://:only-password@host", "https://:[secret]@host"],
    [
      '--api-base-url "https://a:x@one" and ftp://b:y@two',
      '--api-base-url "https://a:[secret]@one" and ftp://b:[secret]@two',
    ],
    // Forms URL parsers accept without "//".
    ["http:/\\alice:Sup3r@127.0.0.1:1", "http:/\\alice:[secret]@127.0.0.1:1"],
    ["http:alice:pw@host", "http:alice:[secret]@host"],
    ["http:///alice:pw@host", "http:///alice:[secret]@host"],
    // No password: a user name alone, a port, an "@" after the path.
    ["https://alice@host/", "https://alice@host/"],
    ["http://127.0.0.1:8080/users/@me", "http://127.0.0.1:8080/users/@me"],
    [
      "http://host:8080 mail me@example.org",
      "http://host:8080 mail me@example.org",
    ],
    ["no url here: a:b@c", "no url here: a:b@c"],
  ];
  for (const [input, expected] of cases) {
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () => {
      assert.equal(maskUrlPasswords(input), expected);
    });
  }
});

describe("describeUrlValue", () => {
  const cases: [string, string][] = [
    ["https://api.trakt.tv", "https://api.trakt.tv"],
    ["http://alice:pw@127.0.0.1:1", "http://[secret]@127.0.0.1:1"],
    ["http:/\\alice:pw@127.0.0.1:1", "http://[secret]@127.0.0.1:1"],
    // No parser accepts these; the password is masked all the same.
    ["http://alice:Pa#ss@127.0.0.1:1", "http://[secret]@127.0.0.1:1"],
    ["alice:pw@host", "alice://[secret]@host"],
  ];
  for (const [input, expected] of cases) {
    it(`quotes ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => {
      assert.equal(describeUrlValue(input), expected);
    });
  }
});
