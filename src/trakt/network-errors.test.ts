import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { createTranslator, type Language } from "../i18n/index.js";
import { NetworkError } from "../shared/index.js";

import { isCertificateFailure, toNetworkError } from "./network-errors.js";

const REQUEST = {
  method: "GET",
  url: "https://api.trakt.tv/sync/history/movies?page=2&limit=250",
  timeoutMs: 30000,
};

/** What the HTTP client throws: its own NetworkError around the stack's. */
function clientError(cause: Error): NetworkError {
  return new NetworkError(`GET failed: ${cause.message}`, { cause });
}

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

function translated(error: NetworkError, language: Language): string {
  const localized = error.localized;
  assert.ok(localized !== undefined, `${error.message} has no message key`);
  return createTranslator(language).t(localized.key, localized.params);
}

describe("network errors of Trakt requests", () => {
  it("names the host whose name cannot be resolved, in German", () => {
    const cause = withCode("getaddrinfo ENOTFOUND api.trakt.tv", "ENOTFOUND");
    const error = toNetworkError(REQUEST, clientError(cause));

    assert.equal(
      error.message,
      "GET https://api.trakt.tv/sync/history/movies failed: the name api.trakt.tv could not be resolved. Check the network connection, the DNS settings and the spelling of the address.",
    );
    assert.equal(
      translated(error, "de"),
      "GET https://api.trakt.tv/sync/history/movies ist fehlgeschlagen: Der Name api.trakt.tv konnte nicht aufgelöst werden. Prüfen Sie die Netzwerkverbindung, die DNS-Einstellungen und die Schreibweise der Adresse.",
    );
    assert.equal(isCertificateFailure(error), false);
  });

  it("keeps the HTTP client's English for a timeout and translates it into Spanish", () => {
    const cause = new DOMException(
      "The operation was aborted due to timeout",
      "TimeoutError",
    );
    const error = toNetworkError(REQUEST, clientError(cause));

    assert.equal(
      error.message,
      "GET https://api.trakt.tv/sync/history/movies timed out after 30000 ms. Check the connection, or raise security.https.timeout.",
    );
    assert.equal(
      translated(error, "es"),
      "GET https://api.trakt.tv/sync/history/movies no respondió en 30000 ms. Compruebe la conexión, o aumente security.https.timeout.",
    );
  });

  it("quotes the stack's reason, masked, for any other failure, in French", () => {
    const cause = new Error("proxy said no to Bearer abcdef0123456789abcdef");
    const error = toNetworkError(REQUEST, clientError(cause));

    assert.doesNotMatch(error.message, /abcdef0123456789abcdef/);
    assert.match(
      translated(error, "fr"),
      /^GET https:\/\/api\.trakt\.tv\/sync\/history\/movies a échoué : proxy said no to .+\. Vérifiez la connexion réseau et que le serveur est joignable\.$/,
    );
  });

  it("says which certificate is not trusted, in German, and marks it final", () => {
    const cause = withCode("certificate has expired", "CERT_HAS_EXPIRED");
    const original = clientError(cause);
    const error = toNetworkError({ ...REQUEST, method: "POST" }, original);

    assert.equal(isCertificateFailure(original), true);
    assert.equal(error.cause, original);
    assert.equal(
      translated(error, "de"),
      "POST https://api.trakt.tv/sync/history/movies: Dem Zertifikat des Servers wird nicht vertraut (certificate has expired). Übergeben Sie bei einer mit --tls gestarteten Sandbox mit --ca-file die CA-Datei, die sie ausgegeben hat; prüfen Sie sonst die Systemuhr und jeden Proxy, der HTTPS abfängt.",
    );
  });
});
