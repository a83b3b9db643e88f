import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { createTranslator, type Language } from "../i18n/index.js";
import type { AppError } from "../shared/index.js";

import {
  toNotJsonError,
  toRateLimitTooLongError,
  toRateLimitedError,
  toSchemaError,
  toStatusError,
  type FailedAnswer,
} from "./api-errors.js";

function translated(error: AppError, language: Language): string {
  const localized = error.localized;
  assert.ok(localized !== undefined, `${error.message} has no message key`);
  return createTranslator(language).t(localized.key, localized.params);
}

function answer(
  status: number,
  body = "",
  path = "/sync/history/movies",
): FailedAnswer {
  return { method: "GET", path, status, headers: {}, body };
}

describe("Trakt status errors in other languages", () => {
  it("keeps the method, path, status and next step of a 423", () => {
    const error = toStatusError(answer(423));

    assert.equal(
      translated(error, "fr"),
      "GET /sync/history/movies a échoué avec HTTP 423. Le compte Trakt est verrouillé ou désactivé ; connectez-vous sur trakt.tv pour régler cela, puis réessayez.",
    );
    assert.equal(
      translated(error, "de"),
      "GET /sync/history/movies ist mit HTTP 423 fehlgeschlagen. Das Trakt-Konto ist gesperrt oder deaktiviert; melden Sie sich auf trakt.tv an, um das zu klären, und versuchen Sie es dann erneut.",
    );
  });

  const cases: readonly {
    status: number;
    english: string;
    language: Language;
    text: string;
  }[] = [
    {
      status: 403,
      english:
        "GET /sync/history/movies failed with HTTP 403 (forbidden). Trakt refused the client id: check the client id in the credential store, the config ([trakt] client_id) or TRAKT_CLIENT_ID. Since 2026 only apps of Trakt VIP members keep working.",
      language: "es",
      text: "GET /sync/history/movies falló con HTTP 403 (forbidden). Trakt rechazó el id de cliente: compruebe el id de cliente en el almacén de credenciales, en la configuración ([trakt] client_id) o en TRAKT_CLIENT_ID. Desde 2026 solo siguen funcionando las aplicaciones de miembros de Trakt VIP.",
    },
    {
      status: 404,
      english:
        "GET /sync/history/movies failed with HTTP 404 (forbidden). Trakt does not know this address; check --api-base-url.",
      language: "de",
      text: "GET /sync/history/movies ist mit HTTP 404 (forbidden) fehlgeschlagen. Trakt kennt diese Adresse nicht; prüfen Sie --api-base-url.",
    },
    {
      status: 405,
      english:
        "GET /sync/history/movies failed with HTTP 405 (forbidden). The server does not accept this method at this address; check that --api-base-url names the Trakt API, and report it if it does.",
      language: "fr",
      text: "GET /sync/history/movies a échoué avec HTTP 405 (forbidden). Le serveur n'accepte pas cette méthode à cette adresse ; vérifiez que --api-base-url désigne bien l'API Trakt, et signalez le problème si c'est le cas.",
    },
    {
      status: 409,
      english:
        "GET /sync/history/movies failed with HTTP 409 (forbidden). Trakt reports a conflict: what this request creates already exists. Try again; if it persists, please report it.",
      language: "es",
      text: "GET /sync/history/movies falló con HTTP 409 (forbidden). Trakt indica un conflicto: lo que crea esta solicitud ya existe. Vuelva a intentarlo; si persiste, informe del problema.",
    },
    {
      status: 412,
      english:
        "GET /sync/history/movies failed with HTTP 412 (forbidden). Trakt refused the form of the request (its content type or API version); this is a bug in export-trakt, please report it.",
      language: "de",
      text: "GET /sync/history/movies ist mit HTTP 412 (forbidden) fehlgeschlagen. Trakt hat die Form der Anfrage abgelehnt (Inhaltstyp oder API-Version); das ist ein Fehler in export-trakt, bitte melden Sie ihn.",
    },
    {
      status: 420,
      english:
        "GET /sync/history/movies failed with HTTP 420 (forbidden). The Trakt account is over one of its limits; remove some items on trakt.tv and try again.",
      language: "fr",
      text: "GET /sync/history/movies a échoué avec HTTP 420 (forbidden). Le compte Trakt dépasse l'une de ses limites ; supprimez des éléments sur trakt.tv, puis réessayez.",
    },
    {
      status: 502,
      english:
        "GET /sync/history/movies failed with HTTP 502 (forbidden). Trakt is having trouble; try again later.",
      language: "de",
      text: "GET /sync/history/movies ist mit HTTP 502 (forbidden) fehlgeschlagen. Trakt hat gerade Probleme; versuchen Sie es später erneut.",
    },
    {
      status: 418,
      english:
        "GET /sync/history/movies failed with HTTP 418 (forbidden). This is unexpected; please report it.",
      language: "es",
      text: "GET /sync/history/movies falló con HTTP 418 (forbidden). Esto no es lo esperado; informe del problema, por favor.",
    },
  ];
  for (const { status, english, language, text } of cases) {
    it(`translates HTTP ${status} into "${language}" and keeps its English message`, () => {
      const error = toStatusError(answer(status, '{"error":"forbidden"}'));

      assert.equal(error.message, english);
      assert.equal(error.status, status);
      assert.equal(translated(error, language), text);
    });
  }

  it("names the unknown user of a 404 in German", () => {
    const error = toStatusError(
      answer(404, "", "/users/d%C3%A9j%C3%A0/history/movies"),
    );

    assert.equal(
      error.message,
      'GET /users/d%C3%A9j%C3%A0/history/movies failed with HTTP 404. There is no Trakt user "déjà", or the profile is private. Check --user, or log in with "export-trakt auth" to export your own private profile.',
    );
    assert.equal(
      translated(error, "de"),
      "GET /users/d%C3%A9j%C3%A0/history/movies ist mit HTTP 404 fehlgeschlagen. Es gibt keinen Trakt-Benutzer „déjà“, oder das Profil ist privat. Prüfen Sie --user, oder melden Sie sich mit „export-trakt auth“ an, um Ihr eigenes privates Profil zu exportieren.",
    );
  });
});

describe("Trakt answers that are not the JSON expected, in other languages", () => {
  it("says a success answer is not JSON, in French", () => {
    const error = toNotJsonError(answer(200, "ok"), undefined);

    assert.equal(
      error.message,
      "GET /sync/history/movies answered HTTP 200 with a body that is not JSON where JSON was expected. A proxy or firewall may be in the way; try again later, and report it if it persists.",
    );
    assert.equal(
      translated(error, "fr"),
      "GET /sync/history/movies a répondu HTTP 200 avec un contenu qui n'est pas du JSON, là où du JSON était attendu. Un proxy ou un pare-feu fait peut-être obstacle ; réessayez plus tard, et signalez le problème s'il persiste.",
    );
  });

  it("lists each schema problem in German", () => {
    const error = toSchemaError(
      { method: "POST", path: "/oauth/token", status: 200 },
      ["access_token: expected string", "(body): too small"],
      undefined,
    );

    assert.equal(
      error.message,
      "POST /oauth/token answered with JSON this program does not understand:\n  - access_token: expected string\n  - (body): too small\nTrakt may have changed its format; please report it.",
    );
    assert.equal(
      translated(error, "de"),
      "POST /oauth/token hat mit JSON geantwortet, das dieses Programm nicht versteht:\n  - access_token: expected string\n  - (body): too small\nVielleicht hat Trakt sein Format geändert; bitte melden Sie es.",
    );
  });
});

describe("rate limits that outlast the wait allowed, in other languages", () => {
  const retryAtMs = Date.parse("2026-01-02T03:05:00.000Z");

  it("counts the attempts in Spanish", () => {
    const error = toRateLimitedError("GET", "/sync/ratings", retryAtMs, 4);

    assert.equal(
      error.message,
      "GET /sync/ratings is still rate limited by Trakt (HTTP 429) after 4 attempts. Nothing was written; try again after 2026-01-02T03:05:00.000Z.",
    );
    assert.equal(
      translated(error, "es"),
      "Trakt sigue limitando GET /sync/ratings (HTTP 429) tras 4 intentos. No se escribió nada; vuelva a intentarlo después de 2026-01-02T03:05:00.000Z.",
    );
  });

  it("names the longest wait in French", () => {
    const error = toRateLimitTooLongError(
      "GET",
      "/sync/ratings",
      retryAtMs,
      1_200_000,
    );

    assert.equal(
      error.message,
      "GET /sync/ratings is rate limited by Trakt (HTTP 429) until 2026-01-02T03:05:00.000Z, longer than the 1,200 s this program waits. Nothing was written; try again after 2026-01-02T03:05:00.000Z.",
    );
    assert.equal(
      translated(error, "fr"),
      "Trakt limite le débit de GET /sync/ratings (HTTP 429) jusqu'à 2026-01-02T03:05:00.000Z, soit plus que les 1\u202f200 s que ce programme accepte d'attendre. Rien n'a été écrit ; réessayez après 2026-01-02T03:05:00.000Z.",
    );
  });
});
