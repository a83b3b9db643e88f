import { strict as assert } from "node:assert";
import { describe, it } from "node:test";

import { redactText, redactValue } from "./redact.js";

const ACCESS_TOKEN =
  "3f9a1c0b7d2e4f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a";

describe("redactText", () => {
  const cases: [string, string, boolean][] = [
    [
      `Authorization: Bearer ${ACCESS_TOKEN}`,
      "Authorization: Bearer [secret]",
      true,
    ],
    [`token is ${ACCESS_TOKEN}`, "token is [secret]", true],
    ["client_secret=abc123&x=1", "client_secret=[secret]&x=1", true],
    ['{"refresh_token":"r-1"}', '{"refresh_token":"[secret]"}', true],
    ["/oauth?code=9d8c7b&state=1", "/oauth?code=[secret]&state=1", true],
    ["from 192.168.1.20", "from [personal]", false],
    ["from 192.168.1.20", "from 192.168.1.20", true],
    ["peer ::1 and fe80::1", "peer [personal] and [personal]", false],
    ["wrote /home/alice/exports/diary.csv", "wrote [personal]", false],
    ["mail alice@example.org", "mail [personal]", false],
    ["at 10:30:00 status code 401", "at 10:30:00 status code 401", false],
    [
      "base http://alice:hunter2secretpw@127.0.0.1:1/",
      "base http://alice:[secret]@127.0.0.1:1/",
      true,
    ],
    [
      "proxy https://bob:p@ss:w0rd@proxy.example:8443?x=1",
      "proxy https://bob:[secret]@proxy.example:8443?x=1",
      true,
    ],
  ];
  for (const [input, expected, includeSensitive] of cases) {
    it(`masks ${JSON.stringify(input)} (include_sensitive=${includeSensitive})`, () => {
      assert.equal(redactText(input, { includeSensitive }), expected);
    });
  }

  it("masks a known secret value wherever it appears", () => {
    assert.equal(
      redactText("secret is hunter22!", {
        includeSensitive: true,
        knownSecrets: ["hunter22!"],
      }),
      "secret is [secret]",
    );
  });

  it("removes terminal escape sequences", () => {
    assert.equal(
      redactText("bad\u001b[31mred", { includeSensitive: true }),
      "badred",
    );
  });
});

describe("redactValue", () => {
  it("masks values by key name, secrets always and personal data on request", () => {
    const input = {
      client_secret: "s",
      headers: { Authorization: "Bearer x", Accept: "json" },
      username: "alice",
      count: 3,
      nested: [{ accessToken: "t" }],
    };

    assert.deepEqual(redactValue(input, { includeSensitive: false }), {
      client_secret: "[secret]",
      headers: { Authorization: "[secret]", Accept: "json" },
      username: "[personal]",
      count: 3,
      nested: [{ accessToken: "[secret]" }],
    });
    assert.deepEqual(redactValue(input, { includeSensitive: true }), {
      client_secret: "[secret]",
      headers: { Authorization: "[secret]", Accept: "json" },
      username: "alice",
      count: 3,
      nested: [{ accessToken: "[secret]" }],
    });
  });
});
