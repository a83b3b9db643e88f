import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  languageOfLocale,
  negotiateLanguage,
  selectLanguage,
} from "./select-language.js";

describe("language selection", () => {
  it("reads the language from a locale name", () => {
    const cases: [string | undefined, string | undefined][] = [
      ["fr_FR.UTF-8", "fr"],
      ["de_DE", "de"],
      ["es-MX", "es"],
      ["en_GB.UTF-8@euro", "en"],
      ["C", undefined],
      ["POSIX", undefined],
      ["it_IT.UTF-8", undefined],
      ["", undefined],
      [undefined, undefined],
    ];
    for (const [locale, language] of cases) {
      assert.equal(languageOfLocale(locale), language, String(locale));
    }
  });

  it("prefers the configured language to the environment", () => {
    const env = { LANG: "de_DE.UTF-8" };

    assert.equal(selectLanguage({ configured: "fr", env }), "fr");
  });

  it("falls back to English for an unsupported configured language", () => {
    const env = { LANG: "de_DE.UTF-8" };

    assert.equal(selectLanguage({ configured: "pt-BR", env }), "en");
  });

  it("reads LC_ALL, then LC_MESSAGES, then LANG", () => {
    assert.equal(
      selectLanguage({ env: { LC_ALL: "es_ES", LANG: "fr_FR" } }),
      "es",
    );
    assert.equal(
      selectLanguage({ env: { LC_MESSAGES: "de_DE", LANG: "fr_FR" } }),
      "de",
    );
    assert.equal(selectLanguage({ env: { LC_ALL: "", LANG: "fr_FR" } }), "fr");
    assert.equal(selectLanguage({ env: { LANG: "C.UTF-8" } }), "en");
    assert.equal(selectLanguage({ env: {} }), "en");
  });

  it("picks the preferred supported language from Accept-Language", () => {
    assert.equal(negotiateLanguage("de-CH,de;q=0.9,en;q=0.8"), "de");
    assert.equal(negotiateLanguage("it-IT,es;q=0.5,fr;q=0.7"), "fr");
    assert.equal(negotiateLanguage("ja"), "en");
    assert.equal(negotiateLanguage(undefined), "en");
  });
});
