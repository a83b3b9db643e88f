import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { maskUrlPasswords } from "./url-password.js";

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
