import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  CATALOGUES,
  LANGUAGES,
  createTranslator,
  listPlaceholders,
  negotiateLanguage,
} from "./index.js";

describe("dashboard message catalogue", () => {
  const reference = CATALOGUES.en;
  const referenceKeys = Object.keys(reference).sort();

  for (const language of LANGUAGES) {
    it(`has exactly the English keys in "${language}"`, () => {
      const keys = Object.keys(CATALOGUES[language]).sort();
      assert.deepEqual(keys, referenceKeys);
    });

    it(`uses the English placeholders in every "${language}" message`, () => {
      const catalogue: Readonly<Record<string, string>> = CATALOGUES[language];
      for (const [key, message] of Object.entries(reference)) {
        assert.deepEqual(
          listPlaceholders(catalogue[key] ?? ""),
          listPlaceholders(message),
          `${language} ${key}`,
        );
      }
    });

    it(`has no empty message in "${language}"`, () => {
      for (const [key, message] of Object.entries(CATALOGUES[language])) {
        assert.notEqual(message.trim(), "", `${language} ${key}`);
      }
    });
  }

  it("fills placeholders", () => {
    const translate = createTranslator("en");
    assert.equal(
      translate("job.summary", { rows: 45, files: 3, folder: "export_1" }),
      "Wrote 45 rows in 3 files to export_1.",
    );
  });

  it("picks the preferred supported language from Accept-Language", () => {
    assert.equal(negotiateLanguage("de-CH,de;q=0.9,en;q=0.8"), "de");
    assert.equal(negotiateLanguage("it-IT,es;q=0.5,fr;q=0.7"), "fr");
    assert.equal(negotiateLanguage("ja"), "en");
    assert.equal(negotiateLanguage(undefined), "en");
  });
});
