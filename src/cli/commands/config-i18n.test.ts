import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { loadConfig } from "../../config/index.js";
import { createTranslator } from "../../i18n/index.js";
import { UsageError } from "../../shared/index.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { makeTempDir } from "../../../test/support/temp.js";
import { translateError } from "../run.js";

// Three wrong values; the file itself asks for German.
const BROKEN_CONFIG = `[i18n]
language = "de"

[export]
history_mode = "weekly"

[logging]
max_files = 5000

[security.https]
timeout = "forever"
`;

async function writeConfig(
  text: string,
): Promise<{ cwd: string; path: string }> {
  const cwd = await makeTempDir();
  const path = join(cwd, "broken.toml");
  await writeFile(path, text, { mode: 0o600 });
  return { cwd, path };
}

describe("configuration errors in the user's language", () => {
  it("gives a bad [schedule] cron under its key path, in German", async () => {
    const { cwd, path } = await writeConfig(
      '[i18n]\nlanguage = "de"\n[schedule]\ncron = "61 * * * *"\n',
    );

    const result = await runCliForTest(["validate", "--config", path], {
      cwd,
      env: { HOME: cwd },
    });

    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^ {2}- schedule\.cron: Der Zeitplan „61 \* \* \* \*“ ist ungültig: .*61.*@yearly\.$/m,
    );
  });

  it("lists every problem in German, the language the broken file asks for", async () => {
    const { cwd, path } = await writeConfig(BROKEN_CONFIG);

    const result = await runCliForTest(["validate", "--config", path], {
      cwd,
      // The file's own [i18n] language wins over the locale.
      env: { LANG: "fr_FR.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      [
        `Fehler: Die Konfigurationsdatei „${path}“ hat 3 Probleme:`,
        '  - export.history_mode: muss einer der Werte "individual", "aggregated" sein; erhalten: "weekly".',
        "  - logging.max_files: muss eine ganze Zahl von 0 bis 1000 sein; erhalten: 5000.",
        '  - security.https.timeout: muss eine Dauer in Anführungszeichen sein, etwa "30s", "5m" oder "1m30s" (Einheiten ms, s, m, h), von 1s bis 10m; erhalten: "forever".',
        "Beheben Sie sie und führen Sie den Befehl erneut aus.",
        "",
      ].join("\n"),
    );
  });

  it("keeps the English text in error.message and renders it in French", async () => {
    const { cwd, path } = await writeConfig(BROKEN_CONFIG);
    const english = [
      `The config file "${path}" has 3 problems:`,
      '  - export.history_mode: must be one of "individual", "aggregated"; got "weekly".',
      "  - logging.max_files: must be a whole number from 0 to 1000; got 5000.",
      '  - security.https.timeout: must be a quoted duration such as "30s", "5m" or "1m30s" (units ms, s, m, h), from 1s to 10m; got "forever".',
      "Fix them and run the command again.",
    ].join("\n");

    const error: unknown = await loadConfig({
      explicitPath: path,
      env: {},
      cwd,
      homeDir: cwd,
    }).catch((thrown: unknown) => thrown);

    assert.ok(error instanceof UsageError);
    assert.equal(error.message, english);
    assert.equal(
      translateError(error, createTranslator("fr").t),
      [
        `Le fichier de configuration « ${path} » comporte 3 problèmes :`,
        '  - export.history_mode : doit être l\'une des valeurs "individual", "aggregated" ; reçu "weekly".',
        "  - logging.max_files : doit être un nombre entier de 0 à 1000 ; reçu 5000.",
        '  - security.https.timeout : doit être une durée entre guillemets comme "30s", "5m" ou "1m30s" (unités ms, s, m, h), de 1s à 10m ; reçu "forever".',
        "Corrigez-les et relancez la commande.",
      ].join("\n"),
    );
  });

  it("uses the singular for one problem and names a missing ${VAR} in French", async () => {
    const { cwd, path } = await writeConfig(
      '[trakt]\nclient_id = "${TRAKT_APP_ID}"\n',
    );

    const result = await runCliForTest(["validate", "--config", path], {
      cwd,
      env: { LANG: "fr_FR.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      [
        `Erreur : Le fichier de configuration « ${path} » comporte 1 problème :`,
        "  - trakt.client_id : la variable d'environnement TRAKT_APP_ID n'est pas définie ; définissez-la ou remplacez ${TRAKT_APP_ID} par une valeur.",
        "Corrigez-le et relancez la commande.",
        "",
      ].join("\n"),
    );
  });

  it("refuses a secret variable in a key that is not secret, in French", async () => {
    const { cwd, path } = await writeConfig(
      '[export]\noutput_dir = "${TRAKT_CLIENT_SECRET}"\n',
    );

    const result = await runCliForTest(["validate", "--config", path], {
      cwd,
      env: { LANG: "fr_FR.UTF-8", HOME: cwd, TRAKT_CLIENT_SECRET: "s3cret" },
    });

    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^ {2}- export\.output_dir : \$\{TRAKT_CLIENT_SECRET\} contient un secret et ne peut pas servir ici, où il apparaîtrait dans les messages ; écrivez la valeur elle-même\.$/m,
    );
    assert.doesNotMatch(result.stderr, /s3cret/);
  });

  it("reports broken TOML with the file-mode hint in the locale's language", async () => {
    const { cwd, path } = await writeConfig(
      "[security.filesystem]\nconfig_file_mode = 0600\n",
    );

    const result = await runCliForTest(["validate", "--config", path], {
      cwd,
      env: { LANG: "es_ES.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 2);
    assert.ok(
      result.stderr.startsWith(`Error: No se pudo leer «${path}» como TOML: `),
      result.stderr,
    );
    assert.match(result.stderr, / \(línea 2, columna \d+\)\. /);
    assert.ok(
      result.stderr.endsWith(
        ' Un número con un cero delante, como un modo de archivo escrito 0600, no es TOML válido: escríbalo entre comillas ("0600") o en octal de TOML (0o600).\n',
      ),
      result.stderr,
    );
  });

  it("reports a missing --config file in German", async () => {
    const cwd = await makeTempDir();
    const path = join(cwd, "missing.toml");

    const result = await runCliForTest(["validate", "--config", path], {
      cwd,
      env: { LC_ALL: "de_DE.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      `Fehler: Die mit --config angegebene Konfigurationsdatei „${path}“ konnte nicht gelesen werden: Datei nicht gefunden. Prüfen Sie den Pfad, oder führen Sie „export-trakt config init“ aus, um eine anzulegen.\n`,
    );
  });
});
