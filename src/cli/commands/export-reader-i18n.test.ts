import assert from "node:assert/strict";
import { readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { ALIEN, HEAT } from "../../../test/support/films.js";
import { makeTempDir, writeTree } from "../../../test/support/temp.js";
import { historyItem } from "../../../test/support/trakt-json.js";
import { writeZipBomb } from "../../../test/support/zip.js";
import { readTraktExport } from "../../offline/index.js";
import { InputError } from "../../shared/index.js";

const DUPLICATED = historyItem(1, HEAT, "2020-01-01T20:00:00Z");
const ALSO_DUPLICATED = historyItem(2, ALIEN, "2020-01-02T20:00:00Z");

/**
 * A folder export with two history entries present twice (across split
 * parts) and a list whose items file is missing.
 */
async function writeFlawedExport(dir: string): Promise<void> {
  await writeTree(dir, {
    "watched-history-1.json": [DUPLICATED, ALSO_DUPLICATED],
    "watched-history-2.json": [DUPLICATED, ALSO_DUPLICATED],
    "lists-lists.json": [
      {
        name: "Films d'été",
        privacy: "private",
        item_count: 3,
        ids: { trakt: 42, slug: "summer" },
      },
    ],
  });
}

const TRANSLATED_WARNINGS = [
  {
    language: "fr",
    env: { LANG: "fr_FR.UTF-8" },
    lines: [
      "Avertissement : 2 entrées d'historique figuraient en double (mêmes identifiants d'historique Trakt) et n'ont été comptées qu'une fois.",
      "Avertissement : La liste « Films d'été » figure dans lists-lists.json, mais son fichier d'éléments (lists-list-42-summer.json) est absent ; elle n'a pas été exportée.",
    ],
  },
  {
    language: "de",
    env: { LC_ALL: "de_DE.UTF-8" },
    lines: [
      "Warnung: 2 Verlaufseinträge kamen doppelt vor (gleiche Trakt-Verlaufs-IDs) und wurden jeweils einmal gezählt.",
      "Warnung: Die Liste „Films d'été“ steht in lists-lists.json, aber ihre Datei mit den Einträgen (lists-list-42-summer.json) fehlt; sie wurde nicht exportiert.",
    ],
  },
  {
    language: "es",
    env: { LANG: "es_ES.UTF-8" },
    lines: [
      "Aviso: 2 entradas del historial aparecían dos veces (mismos ids de historial de Trakt) y se contaron una sola vez.",
      "Aviso: La lista «Films d'été» figura en lists-lists.json, pero falta su archivo de elementos (lists-list-42-summer.json); no se exportó.",
    ],
  },
] as const;

const ENGLISH_WARNINGS = [
  "2 history entries appeared twice (same Trakt history ids) and were counted once.",
  `The list "Films d'été" is in lists-lists.json but its items file (lists-list-42-summer.json) is missing; it was not exported.`,
  "The export has no watchlist file; no watchlist.csv was written.",
];

describe("export: reading warnings and errors in the user's language", () => {
  for (const { language, env, lines } of TRANSLATED_WARNINGS) {
    it(`prints the duplicate and missing-list warnings in "${language}"`, async () => {
      const cwd = await makeTempDir();
      await writeFlawedExport(join(cwd, "trakt"));

      const result = await runCliForTest(
        ["export", "--from", "trakt", "--output", "out"],
        { cwd, env: { ...env, HOME: cwd } },
      );

      assert.equal(result.code, 0, result.stderr);
      const printed = result.stderr.split("\n");
      for (const line of lines) {
        assert.ok(printed.includes(line), `missing: ${line}\n${result.stderr}`);
      }
    });
  }

  it("keeps the English warnings in report.json, with their keys and values", async () => {
    const cwd = await makeTempDir();
    await writeFlawedExport(join(cwd, "trakt"));

    const result = await runCliForTest(
      ["export", "--from", "trakt", "--output", "out"],
      { cwd, env: { LANG: "fr_FR.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(
      await readFile(join(cwd, "out", "report.json"), "utf8"),
    ) as { warnings: unknown; warningMessages: unknown };
    assert.deepEqual(report.warnings, ENGLISH_WARNINGS);
    assert.deepEqual(report.warningMessages, [
      { key: "reader.warning.duplicateHistory", params: { count: 2 } },
      {
        key: "reader.warning.listWithoutItems",
        params: { name: "Films d'été", file: "lists-list-42-summer.json" },
      },
      { key: "warning.noWatchlist", params: {} },
    ]);
  });

  it("refuses a ZIP bomb in German, naming the file and its ratio", async () => {
    const cwd = await makeTempDir();
    const zip = join(cwd, "bomb.zip");
    await writeZipBomb(zip, "watched-history.json", 32 * 1024 ** 2);

    const error = await readTraktExport(zip).then(
      () => assert.fail("the bomb was read"),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof InputError);
    const ratio = error.localized?.params.ratio;
    assert.equal(typeof ratio, "number");
    assert.ok(Number(ratio) > 200);
    assert.equal(
      error.message,
      `"watched-history.json" inflates ${new Intl.NumberFormat("en").format(Number(ratio))} times its compressed size, over the limit of 200 (a ZIP bomb). Replace it with the file from your Trakt export; nothing was written.`,
    );

    const result = await runCliForTest(["export", "--from", zip], {
      cwd,
      env: { LANG: "de_DE.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 1);
    const times = new Intl.NumberFormat("de").format(Number(ratio));
    assert.equal(
      result.stderr.trimEnd(),
      `Fehler: „watched-history.json“ wird beim Entpacken ${times}-mal so groß wie komprimiert, mehr als die Grenze von 200 (eine ZIP-Bombe). Ersetzen Sie sie durch die Datei aus Ihrem Trakt-Export; es wurde nichts geschrieben.`,
    );
  });

  it("refuses a ZIP that unpacks past the total limit in Spanish", async () => {
    const cwd = await makeTempDir();
    const zip = join(cwd, "huge.zip");
    await writeZipBomb(zip, "watched-history.json", 2 * 1024 ** 3);

    const result = await runCliForTest(["export", "--from", zip], {
      cwd,
      env: { LANG: "es_ES.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      `Error: «${zip}» ocuparía 2048 MiB al descomprimirse, por encima del límite de 512 MiB; no es una exportación de Trakt plausible (o es una bomba ZIP). No se ha escrito nada.`,
    );
  });

  it("refuses a symbolic link in a folder export in French, naming it", async () => {
    const cwd = await makeTempDir();
    await writeTree(cwd, {
      "elsewhere/history.json": [DUPLICATED],
      "trakt/ratings-movies.json": [],
    });
    await symlink(
      join(cwd, "elsewhere/history.json"),
      join(cwd, "trakt/watched-history.json"),
    );

    const result = await runCliForTest(["export", "--from", "trakt"], {
      cwd,
      env: { LANG: "fr_FR.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      "Erreur : « watched-history.json » n'est pas un fichier ordinaire (les liens et les fichiers spéciaux ne sont pas suivis). Remplacez-le par le fichier de votre export Trakt ; rien n'a été écrit.",
    );
  });

  it("explains in French that the output path is a file, not a folder", async () => {
    const cwd = await makeTempDir();
    await writeFlawedExport(join(cwd, "trakt"));
    await writeFile(join(cwd, "out"), "not a folder");

    const result = await runCliForTest(
      ["export", "--from", "trakt", "--output", "out"],
      { cwd, env: { LANG: "fr_FR.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.split("\n").at(-2),
      `Erreur : Impossible d'écrire l'export dans « ${join(cwd, "out")} » : ce chemin existe et n'est pas un dossier. Passez à --output le chemin d'un dossier.`,
    );
    assert.equal(await readFile(join(cwd, "out"), "utf8"), "not a folder");
  });
});
