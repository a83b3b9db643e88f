import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  createTranslator,
  englishOf,
  localize,
  translateText,
} from "./translator.js";

describe("translator", () => {
  it("fills placeholders", () => {
    const { t } = createTranslator("en");

    assert.equal(
      t("job.summary", { rows: 45, files: 3, folder: "export_1" }),
      "Wrote 45 rows in 3 files to export_1.",
    );
  });

  it("writes numbers the language's way", () => {
    const params = { rows: 12345, files: 2, folder: "out" };

    assert.equal(
      createTranslator("en").t("job.summary", params),
      "Wrote 12,345 rows in 2 files to out.",
    );
    assert.equal(
      createTranslator("de").t("job.summary", params),
      "12.345 Zeilen in 2 Dateien nach out geschrieben.",
    );
  });

  it("chooses the plural form by count and language", () => {
    const english = createTranslator("en");
    const french = createTranslator("fr");

    assert.equal(english.t("count.rows", { count: 1 }), "1 row");
    assert.equal(english.t("count.rows", { count: 0 }), "0 rows");
    assert.equal(french.t("count.rows", { count: 0 }), "0 ligne");
    assert.equal(french.t("count.rows", { count: 2 }), "2 lignes");
    assert.equal(
      french.t("count.rows", { count: 1000000 }),
      "1\u202f000\u202f000 lignes",
    );
  });

  it("leaves a placeholder without a value visible", () => {
    assert.equal(
      createTranslator("en").t("exports.empty"),
      "No exports yet in {folder}.",
    );
  });

  it("keeps the English text of a localized message", () => {
    const text = localize("exports.deleted", { folder: "export_1" });

    assert.equal(text.key, "exports.deleted");
    assert.deepEqual(text.params, { folder: "export_1" });
    assert.equal(text.english, "Deleted export_1.");
    assert.equal(JSON.stringify({ text }), '{"text":"Deleted export_1."}');
  });

  it("renders a keyed export warning in the reader's language", () => {
    const warning = localize("warning.unchanged", { kinds: "watched, lists" });

    assert.equal(
      englishOf(warning),
      "Unchanged on Trakt since the last export, so not written again: watched, lists.",
    );
    assert.equal(JSON.stringify([warning]), JSON.stringify([warning.english]));
    assert.equal(
      translateText(warning, createTranslator("fr").t),
      "Inchangé sur Trakt depuis le dernier export, donc pas réécrit : watched, lists.",
    );
    assert.equal(
      translateText(warning, createTranslator("de").t),
      "Seit dem letzten Export auf Trakt unverändert, daher nicht erneut geschrieben: watched, lists.",
    );
    assert.equal(translateText("plain", createTranslator("de").t), "plain");
  });

  it("renders a localized text inside a message in the same language", () => {
    const text = localize("config.notString", {
      path: "trakt.client_secret",
      value: localize("config.value.number"),
    });

    assert.equal(
      text.english,
      "trakt.client_secret: must be a quoted string; got a number.",
    );
    assert.equal(
      translateText(text, createTranslator("de").t),
      "trakt.client_secret: muss ein Text in Anführungszeichen sein; erhalten: eine Zahl.",
    );
  });

  it("writes a list parameter one item a line, each rendered in the language", () => {
    const problems = [
      localize("config.emptyPath", { path: "export.output_dir" }),
      "schedule.cron: an English detail kept as it is.",
    ];
    const text = localize("config.problems", { count: 2, problems });

    assert.equal(
      text.english,
      "The configuration has 2 problems:\n  - export.output_dir: must be a non-empty path.\n  - schedule.cron: an English detail kept as it is.\nFix them and run the command again.",
    );
    assert.equal(
      translateText(text, createTranslator("es").t),
      "La configuración tiene 2 problemas:\n  - export.output_dir: debe ser una ruta no vacía.\n  - schedule.cron: an English detail kept as it is.\nCorríjalos y vuelva a ejecutar el comando.",
    );
  });
});
