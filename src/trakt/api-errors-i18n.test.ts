import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { createTranslator } from "../i18n/index.js";

import { toStatusError } from "./api-errors.js";

describe("Trakt status errors in other languages", () => {
  it("keeps the method, path, status and next step of a 423", () => {
    const error = toStatusError({
      method: "GET",
      path: "/sync/history/movies",
      status: 423,
      headers: {},
      body: "",
    });
    const localized = error.localized;
    assert.ok(localized !== undefined);

    assert.equal(
      createTranslator("fr").t(localized.key, localized.params),
      "GET /sync/history/movies a échoué avec HTTP 423. Le compte Trakt est verrouillé ou désactivé ; connectez-vous sur trakt.tv pour régler cela, puis réessayez.",
    );
    assert.equal(
      createTranslator("de").t(localized.key, localized.params),
      "GET /sync/history/movies ist mit HTTP 423 fehlgeschlagen. Das Trakt-Konto ist gesperrt oder deaktiviert; melden Sie sich auf trakt.tv an, um das zu klären, und versuchen Sie es dann erneut.",
    );
  });
});
