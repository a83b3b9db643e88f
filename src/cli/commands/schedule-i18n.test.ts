import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";
import { createTranslator } from "../../i18n/index.js";
import { parseCronSchedule } from "../../schedule/index.js";
import { UsageError } from "../../shared/index.js";
import { translateError } from "../run.js";

function languageEnv(cwd: string, lang: string): NodeJS.ProcessEnv {
  return { LANG: lang, HOME: cwd };
}

describe("schedule errors in the user's language", () => {
  it("rejects a cron field out of range in German, with croner's detail and the hint", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(
      ["schedule", "61 * * * *", "--timezone", "UTC", "--from", SAMPLE_ZIP],
      { cwd, env: languageEnv(cwd, "de_DE.UTF-8") },
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      "Fehler: Der Zeitplan „61 * * * *“ ist ungültig: Invalid value for minute: 61. Geben Sie fünf Felder an (Minute Stunde Tag-des-Monats Monat Wochentag), etwa „30 2 * * *“ für jede Nacht um 02:30, oder eines von @hourly, @daily, @weekly, @monthly, @yearly.\n",
    );
  });

  it("rejects six fields in Spanish and keeps the English message", () => {
    const { t } = createTranslator("es");

    assert.throws(
      () => parseCronSchedule("0 0 * * * *", "UTC"),
      (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.equal(
          error.message,
          'The schedule "0 0 * * * *" is not a cron expression this tool reads. Use five fields (minute hour day-of-month month day-of-week), such as "30 2 * * *" for 02:30 every night, or one of @hourly, @daily, @weekly, @monthly, @yearly.',
        );
        assert.equal(
          translateError(error, t),
          "La programación «0 0 * * * *» no es una expresión cron que esta herramienta sepa leer. Indique cinco campos (minuto hora día-del-mes mes día-de-la-semana), como «30 2 * * *» para las 02:30 cada noche, o uno de @hourly, @daily, @weekly, @monthly, @yearly.",
        );
        return true;
      },
    );
  });

  it("names an unknown time zone in French", () => {
    const { t } = createTranslator("fr");

    assert.throws(
      () => parseCronSchedule("@daily", "Mars/Olympus"),
      (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.equal(
          error.message,
          'The time zone "Mars/Olympus" is not a known IANA time zone. Use a name such as "Europe/Paris", "America/New_York" or "UTC".',
        );
        assert.equal(
          translateError(error, t),
          "Le fuseau horaire « Mars/Olympus » n'est pas un fuseau IANA connu. Utilisez un nom comme « Europe/Paris », « America/New_York » ou « UTC ».",
        );
        return true;
      },
    );
  });

  it("says how to give a schedule in French when there is none", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["schedule", "--from", SAMPLE_ZIP], {
      cwd,
      env: languageEnv(cwd, "fr_FR.UTF-8"),
    });

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      "Erreur : Aucune planification indiquée : passez une expression cron comme « 30 2 * * * », ou définissez cron dans la section [schedule] du fichier de configuration.\n",
    );
  });
});

describe("scheduler status errors in the user's language", () => {
  async function folderWithStatus(content: string | undefined) {
    const cwd = await makeTempDir();
    const exports = join(cwd, "exports");
    await mkdir(exports);
    const path = join(exports, ".schedule-status.json");
    // A folder where the file should be makes it unreadable as a file.
    if (content === undefined) await mkdir(path);
    else await writeFile(path, content);
    return { cwd, path };
  }

  it("reports a damaged status file in Spanish, naming it", async () => {
    const { cwd, path } = await folderWithStatus('{"version": 1, "pid": "x"}');

    const result = await runCliForTest(["health"], {
      cwd,
      env: languageEnv(cwd, "es_ES.UTF-8"),
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Error: El estado del planificador «${path}» está dañado. Se vuelve a escribir cuando el planificador arranca de nuevo.\n`,
    );
  });

  it("reports a status path that is not a file in German", async () => {
    const { cwd, path } = await folderWithStatus(undefined);

    const result = await runCliForTest(["health"], {
      cwd,
      env: languageEnv(cwd, "de_DE.UTF-8"),
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Fehler: Der Status des Planers „${path}“ kann nicht gelesen werden: es ist keine normale Datei.\n`,
    );
  });
});
