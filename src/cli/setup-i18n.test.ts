import assert from "node:assert/strict";
import { chmod, copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";

import { Command } from "commander";
import { z } from "zod";

import { runCliForTest } from "../../test/support/cli.js";
import { REPO_ROOT, SAMPLE_ZIP } from "../../test/support/paths.js";
import { makeTempDir, writeTree } from "../../test/support/temp.js";
import { createTranslator } from "../i18n/index.js";
import { parseByteSize } from "../logging/index.js";
import { UsageError, type AppError } from "../shared/index.js";

import { parseFlags } from "./flags.js";
import { createPrompter } from "./prompt.js";
import { translateError } from "./run.js";

/** Runs `action`, which must throw an AppError, and returns that error. */
function catchAppError(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error;
  }
  assert.fail("nothing was thrown");
}

describe("logging problems in the user's language", () => {
  it("rejects a log size in French, quoting the key and the value", () => {
    const error = catchAppError(() =>
      parseByteSize("12 parsecs", "logging.max_size"),
    );

    assert.equal(
      error.message,
      'logging.max_size must be a size such as "10MB", "512KB" or a number of bytes, not "12 parsecs".',
    );
    assert.equal(
      translateError(error, createTranslator("fr").t),
      "logging.max_size doit être une taille comme « 10MB », « 512KB » ou un nombre d'octets, pas « 12 parsecs ».",
    );
  });

  it("warns in German when the configured log file cannot be written, naming it", async () => {
    const cwd = await makeTempDir();
    const logFile = join(cwd, "logs", "export-trakt.log");
    // A folder where the log file should be: opening it for writing fails.
    await mkdir(logFile, { recursive: true });
    await writeTree(cwd, {
      "config/config.toml": `[logging]\nfile = "${logFile}"\n`,
    });
    await chmod(join(cwd, "config/config.toml"), 0o600);

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out"],
      { cwd, env: { LANG: "de_DE.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    assert.ok(
      result.stderr
        .split("\n")
        .includes(
          `Warnung: Die Logdatei „${logFile}“ konnte nicht geschrieben werden (Can't write on: ${logFile} (it is not a file)); der Befehl läuft ohne sie weiter.`,
        ),
      result.stderr,
    );
    const english = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out-en"],
      { cwd, env: { HOME: cwd } },
    );
    assert.ok(
      english.stderr.startsWith(
        `Warning: the log file "${logFile}" could not be written (Can't write on: ${logFile} (it is not a file)); the command goes on without it.\n`,
      ),
      english.stderr,
    );
  });
});

describe("Trakt base URL checks in the user's language", () => {
  it("refuses plain http to a remote host in Spanish before any request", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(
      ["auth", "--api-base-url", "http://api.example.invalid"],
      { cwd, env: { LANG: "es_ES.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      "Error: --api-base-url «http://api.example.invalid» usa http sin cifrar hacia un host que no es de bucle local. Use https://, o una dirección de bucle local (127.0.0.1) para un servidor de pruebas local.\n",
    );
  });

  it("refuses a base URL with a path in French, quoting it", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(
      ["auth", "--auth-base-url", "https://auth.example.invalid/v2"],
      { cwd, env: { LANG: "fr_FR.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      "Erreur : --auth-base-url « https://auth.example.invalid/v2 » doit être une adresse seule comme https://api.trakt.tv : sans utilisateur, chemin, requête ni fragment.\n",
    );
  });

  it("refuses what is not a URL in German", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(
      ["auth", "--api-base-url", "api.trakt.tv"],
      { cwd, env: { LANG: "de_DE.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      "Fehler: --api-base-url „api.trakt.tv“ ist keine URL. Geben Sie eine an wie https://api.trakt.tv.\n",
    );
  });
});

describe("config migrate output in the user's language", () => {
  const GO_CONFIG = join(REPO_ROOT, "test/fixtures/go-config.toml");

  it("refuses to replace an existing file in French, then names a missing folder in Spanish", async () => {
    const cwd = await makeTempDir();
    await copyFile(GO_CONFIG, join(cwd, "config.toml"));
    await writeFile(join(cwd, "new.toml"), "keep me\n");

    const refused = await runCliForTest(
      ["config", "migrate", "config.toml", "--output", "new.toml"],
      { cwd, env: { LANG: "fr_FR.UTF-8", HOME: cwd } },
    );
    const missing = join(cwd, "missing", "new.toml");
    const unwritable = await runCliForTest(
      ["config", "migrate", "config.toml", "--output", missing],
      { cwd, env: { LANG: "es_ES.UTF-8", HOME: cwd } },
    );

    assert.equal(refused.code, 1);
    assert.equal(
      refused.stderr,
      `Erreur : Refus de remplacer « ${join(cwd, "new.toml")} » : le fichier existe. Passez --force pour le remplacer, ou --output avec un autre chemin.\n`,
    );
    assert.equal(await readFile(join(cwd, "new.toml"), "utf8"), "keep me\n");
    assert.equal(unwritable.code, 1);
    // The detail names the temporary file beside the target.
    const [start = "", end = ""] = unwritable.stderr.split(
      ": ENOENT: no such file or directory, open ",
    );
    assert.equal(start, `Error: No se pudo escribir «${missing}»`);
    assert.ok(
      end.startsWith(`'${join(cwd, "missing")}/.new.toml.`) &&
        end.endsWith(
          ".tmp'. Compruebe que su carpeta existe y admite escritura.\n",
        ),
      unwritable.stderr,
    );
  });
});

describe("questions and flags in the user's language", () => {
  it("says in French which question standard input left unanswered", async () => {
    const cwd = await makeTempDir();
    await writeTree(cwd, {
      "config/config.toml": '[security]\nkeyring_backend = "file"\n',
    });
    await chmod(join(cwd, "config/config.toml"), 0o600);

    const result = await runCliForTest(["credentials", "set"], {
      cwd,
      env: { LANG: "fr_FR.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^Erreur : L'entrée standard s'est terminée avant qu'une réponse à « .+ » ait été lue\. Passez une réponse par ligne\.\n$/,
    );
  });

  it("says in German that Ctrl+C cancelled a secret question", async () => {
    const input = Object.assign(new PassThrough(), {
      setRawMode: () => undefined,
    });
    const prompter = createPrompter(input, new PassThrough().resume(), true);

    const answer = prompter.askSecret("Passphrase: ");
    input.write("abc\u0003");

    await assert.rejects(answer, (error: unknown) => {
      assert.ok(error instanceof UsageError);
      assert.equal(error.message, "Cancelled; nothing was changed.");
      assert.equal(
        translateError(error, createTranslator("de").t),
        "Abgebrochen; es wurde nichts geändert.",
      );
      return true;
    });
  });

  it("frames flag problems in Spanish and keeps the command's name", () => {
    const command = new Command("validate").option("--config <path>");
    command.parse([], { from: "user" });

    const error = catchAppError(() =>
      parseFlags(z.object({ config: z.string() }), command),
    );

    assert.match(
      error.message,
      /^--config: .+\. Run "export-trakt validate --help" for the usage\.$/,
    );
    assert.match(
      translateError(error, createTranslator("es").t),
      /^--config: .+\. Ejecute «export-trakt validate --help» para ver el uso\.$/,
    );
  });
});
