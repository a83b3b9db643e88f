import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { chmod } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";

import { runCliForTest } from "../../../test/support/cli.js";
import { CLI_ENTRY, SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir, writeTree } from "../../../test/support/temp.js";

const run = promisify(execFile);

/** The summary lines that depend on the language, not on paths. */
function summaryLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => !line.includes(SAMPLE_ZIP));
}

describe("export: in the user's language", () => {
  it("prints the sample's summary in French when LANG is fr_FR.UTF-8", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out"],
      { cwd, env: { LANG: "fr_FR.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    const lines = summaryLines(result.stderr);
    for (const line of [
      "  watched.csv                   42 lignes → https://letterboxd.com/import/",
      "  watchlist.csv                  3 lignes → https://letterboxd.com/watchlist/ (uniquement là : l'import du profil marquerait tous les films comme vus)",
      "- 34 films pour 41 visionnages",
      "- 1 visionnage du même jour regroupé en une seule entrée de journal (Letterboxd n'en garde qu'une par film et par jour)",
      "- Non exportés : 4 épisodes de série dans l'historique",
      "- Non exportés : 1 série dans la liste « sci-fi-essentials »",
      "- 1 note de la liste à voir n'a pas été reprise : l'import de liste à voir de Letterboxd n'accepte pas de notes.",
      "Les imports Letterboxd sont irréversibles : vérifiez les correspondances sur chaque page avant de confirmer.",
      `Export terminé : 49 lignes réparties en 3 fichiers dans ${join(cwd, "out")}`,
    ]) {
      assert.ok(
        lines.includes(line),
        `missing line: ${line}\n${result.stderr}`,
      );
    }
    assert.match(
      result.stderr,
      /^Lecture de 12 fichiers depuis .* \(fuseau horaire Europe\/Paris, celui du compte Trakt\)\.$/m,
    );
  });

  it("prints the summary in German when the config sets [i18n] language", async () => {
    const cwd = await makeTempDir();
    await writeTree(cwd, { "config/config.toml": '[i18n]\nlanguage = "de"\n' });
    await chmod(join(cwd, "config/config.toml"), 0o600);

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out"],
      // The config wins over the locale.
      { cwd, env: { LANG: "fr_FR.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    const lines = summaryLines(result.stderr);
    for (const line of [
      "- 34 Filme aus 41 Sichtungen",
      "- Nicht exportiert: 1 Antwort auf einen Kommentar aus den Kommentaren",
      "Warnung: 1 Verlaufseintrag kam doppelt vor (gleiche Trakt-Verlaufs-ID) und wurde einmal gezählt.",
      `49 Zeilen in 3 Dateien nach ${join(cwd, "out")} geschrieben`,
    ]) {
      assert.ok(
        lines.includes(line),
        `missing line: ${line}\n${result.stderr}`,
      );
    }
  });

  it("translates an error and keeps its folder and next step in German", async () => {
    const cwd = await makeTempDir();
    await writeTree(cwd, {
      "config/config.toml": '[i18n]\nlanguage = "de"\n',
      "out/notes.txt": "mine",
    });
    await chmod(join(cwd, "config/config.toml"), 0o600);

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      `Fehler: Der Ausgabeordner „${join(cwd, "out")}“ enthält bereits Dateien. Wählen Sie ein anderes --output, oder übergeben Sie --force, um seinen Inhalt zu ersetzen.`,
    );
  });

  it("translates usage errors with the flag and the value kept", async () => {
    const cwd = await makeTempDir();
    const env = { LANG: "fr_FR.UTF-8", HOME: cwd };

    const rows = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--max-rows", "0"],
      { cwd, env },
    );
    const since = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--since", "2024-02-30"],
      { cwd, env: { LANG: "de_DE.UTF-8", HOME: cwd } },
    );

    assert.equal(rows.code, 2);
    assert.equal(
      rows.stderr,
      "Erreur : --max-rows doit être un nombre entier supérieur à 0, pas « 0 ».\n",
    );
    assert.equal(since.code, 2);
    assert.equal(
      since.stderr,
      "Fehler: --since „2024-02-30“ ist kein Kalenderdatum. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2024-01-31.\n",
    );
  });

  it("translates a missing input with its path in German", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["export", "--from", "missing.zip"], {
      cwd,
      env: { LANG: "de_DE.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      `Fehler: „${join(cwd, "missing.zip")}“ lässt sich nicht öffnen: Der Pfad existiert nicht. Übergeben Sie mit --from den Pfad Ihres Trakt-Datenexports (eine .zip-Datei oder der daraus entpackte Ordner).`,
    );
  });

  it("keeps the variable names in the Spanish missing client id error", async () => {
    const cwd = await makeTempDir();
    await writeTree(cwd, {
      "config/config.toml":
        '[i18n]\nlanguage = "es"\n[security]\nkeyring_backend = "env"\n',
    });
    await chmod(join(cwd, "config/config.toml"), 0o600);

    const result = await runCliForTest(["export"], {
      cwd,
      env: { HOME: cwd },
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr.trimEnd(),
      "Error: No hay ningún id de cliente de Trakt configurado. Ponga los valores de su aplicación, que están en https://app.trakt.tv/settings/apps, en el almacén de credenciales («export-trakt credentials set»), en el archivo de configuración ([trakt] client_id) o en TRAKT_CLIENT_ID y TRAKT_CLIENT_SECRET; o use en su lugar --from con una exportación de datos de Trakt.",
    );
  });

  it("prints help in the language of LANG from the built command", async () => {
    const cwd = await makeTempDir();

    const { stdout } = await run(process.execPath, [CLI_ENTRY, "--help"], {
      cwd,
      env: { LANG: "es_ES.UTF-8", HOME: cwd, PATH: process.env.PATH ?? "" },
    });

    assert.match(stdout, /^Uso: export-trakt \[opciones\] \[comando\]$/m);
    assert.match(stdout, /^Convierte su historial de películas de Trakt\.tv/m);
    assert.match(stdout, /^ {2}-V, --version +muestra la versión y sale$/m);
    assert.match(stdout, /^Comandos:$/m);
  });
});
