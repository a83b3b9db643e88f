import { strict as assert } from "node:assert";
import { describe, it } from "node:test";

import { checkOutgoingUrl } from "./https-policy.js";
import { DEFAULT_HTTPS_SETTINGS } from "./settings.js";

const TRAKT_ONLY = {
  ...DEFAULT_HTTPS_SETTINGS,
  allowedHosts: ["api.trakt.tv"],
};

describe("checkOutgoingUrl", () => {
  const refused: [string, string][] = [
    [
      "https://api.trakt.tv.evil.example/",
      'Refusing to contact "https://api.trakt.tv.evil.example/": the host "api.trakt.tv.evil.example" is not in security.https.allowed_hosts. Add the exact host name there if it is trusted.',
    ],
    [
      "https://evil-api.trakt.tv/",
      'Refusing to contact "https://evil-api.trakt.tv/": the host "evil-api.trakt.tv" is not in security.https.allowed_hosts. Add the exact host name there if it is trusted.',
    ],
    [
      "https://trakt.tv/",
      'Refusing to contact "https://trakt.tv/": the host "trakt.tv" is not in security.https.allowed_hosts. Add the exact host name there if it is trusted.',
    ],
    [
      "http://api.trakt.tv/",
      'Refusing to contact "http://api.trakt.tv/": plain http is not allowed. Use https://, or set security.https.require_https = false for a development server.',
    ],
    [
      "https://user:pw@api.trakt.tv/",
      'Refusing to contact "https://api.trakt.tv/": the URL carries a user name or password. Remove them from the URL; credentials are sent in headers.',
    ],
    [
      "file:///etc/passwd",
      'Refusing to contact "file:///etc/passwd": only https URLs are allowed, not "file:". Use an https:// URL.',
    ],
    [
      "not a url?token=abc",
      'Refusing to contact "not a url": it is not a valid absolute URL. Give a URL such as https://api.trakt.tv/.',
    ],
  ];
  for (const [url, message] of refused) {
    it(`refuses ${url}`, () => {
      assert.throws(() => checkOutgoingUrl(url, TRAKT_ONLY), {
        name: "SecurityError",
        message,
      });
    });
  }

  it("accepts the exact host, in any case and with a trailing dot", () => {
    for (const url of [
      "https://api.trakt.tv/sync/history?page=2",
      "https://API.Trakt.TV/",
      "https://api.trakt.tv./",
    ]) {
      assert.equal(checkOutgoingUrl(url, TRAKT_ONLY).protocol, "https:");
    }
  });

  it("refuses a blocked host even when it is also allowed", () => {
    const settings = {
      ...TRAKT_ONLY,
      allowedHosts: ["127.0.0.1"],
      blockedHosts: ["127.0.0.1"],
      requireHttps: false,
    };
    assert.throws(() => checkOutgoingUrl("http://127.0.0.1:8080/", settings), {
      message:
        'Refusing to contact "http://127.0.0.1:8080/": the host "127.0.0.1" is in security.https.blocked_hosts.',
    });
  });

  it("normalises numeric host forms before matching the block list", () => {
    const settings = {
      ...DEFAULT_HTTPS_SETTINGS,
      allowedHosts: ["127.0.0.1"],
      allowInsecure: true,
    };
    // 2130706433 and 0x7f.1 are other spellings of 127.0.0.1.
    for (const url of [
      "http://2130706433/",
      "http://0x7f.1/",
      "http://[::1]/",
    ]) {
      assert.throws(() => checkOutgoingUrl(url, settings), {
        name: "SecurityError",
      });
    }
  });

  it("allows plain http only through an explicit setting", () => {
    const loopback = {
      ...DEFAULT_HTTPS_SETTINGS,
      allowedHosts: ["127.0.0.1"],
      blockedHosts: [],
    };
    assert.throws(() => checkOutgoingUrl("http://127.0.0.1/", loopback));
    assert.ok(
      checkOutgoingUrl("http://127.0.0.1/", {
        ...loopback,
        requireHttps: false,
      }),
    );
    assert.ok(
      checkOutgoingUrl("http://127.0.0.1/", {
        ...loopback,
        allowInsecure: true,
      }),
    );
  });
});
