import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { chmod, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { makeTempDir, writeTree } from "../../../test/support/temp.js";
import type { OpenKeyringEntry } from "../../security/index.js";
import { createTranslator } from "../../i18n/index.js";
import { runCli } from "../run.js";
import type { CliContext } from "../context.js";

const KEY = randomBytes(32).toString("base64");

const unreachableKeyring: OpenKeyringEntry = () =>
  Promise.reject(new Error("no Secret Service on this bus"));

/** A folder whose config/config.toml uses the encrypted file backend. */
async function fileBackendFolder(): Promise<string> {
  const cwd = await makeTempDir();
  await writeTree(cwd, {
    "config/config.toml": '[security]\nkeyring_backend = "file"\n',
  });
  await chmod(join(cwd, "config/config.toml"), 0o600);
  return cwd;
}

/** Runs the CLI in English with `stdin`, which runCliForTest does not offer. */
async function runWithStdin(
  argv: string[],
  cwd: string,
  stdin: string,
): Promise<number> {
  const context: CliContext = {
    stdout: new PassThrough().resume(),
    stderr: new PassThrough().resume(),
    isStderrTty: false,
    translator: createTranslator("en"),
    env: { HOME: cwd, ENCRYPTION_KEY: KEY },
    cwd,
    now: () => new Date("2026-01-02T03:04:05Z"),
    stdin: Readable.from([stdin]),
    isStdinTty: false,
  };
  return runCli(argv, context);
}

describe("status commands in the user's language", () => {
  it("prints credentials status labels, values and advice in Spanish", async () => {
    const cwd = await fileBackendFolder();
    const stored = await runWithStdin(
      ["credentials", "set"],
      cwd,
      "client-id-0000-1234\nclient-secret-value-abcdefgh\n",
    );
    assert.equal(stored, 0);

    const result = await runCliForTest(["credentials", "status"], {
      cwd,
      env: { LANG: "es_ES.UTF-8", HOME: cwd, ENCRYPTION_KEY: KEY },
    });

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      [
        "Almacén: file",
        `Ubicación: ${join(cwd, "config/credentials.enc")}`,
        `Archivo de configuración: ${join(cwd, "config/config.toml")}`,
        "Clave: ENCRYPTION_KEY",
        "Modo del archivo: 0600",
        "Id de cliente: ****1234",
        "Secreto de cliente: ****efgh",
        "Estado: cliente guardado, sin sesión iniciada",
        "Siguiente paso: Aún no hay token de acceso: inicie sesión en Trakt para obtener uno.",
        "",
      ].join("\n"),
    );
  });

  it("keeps the credentials status JSON in English whatever the language", async () => {
    const cwd = await fileBackendFolder();

    const result = await runCliForTest(["credentials", "status", "--json"], {
      cwd,
      env: { LANG: "fr_FR.UTF-8", HOME: cwd, ENCRYPTION_KEY: KEY },
    });

    assert.equal(result.code, 0, result.stderr);
    const status = JSON.parse(result.stdout) as Record<string, unknown>;
    assert.equal(status.health, "nothing-stored");
    assert.deepEqual(status.advice, [
      'Store the Trakt client id and secret with "export-trakt credentials set".',
    ]);
  });

  it("names the system keyring's service and user in French", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["credentials", "status"], {
      cwd,
      env: { LANG: "fr_FR.UTF-8", HOME: cwd },
      openKeyringEntry: () =>
        Promise.resolve({
          getPassword: () => Promise.resolve(null),
          setPassword: () => Promise.resolve(),
          deletePassword: () => Promise.resolve(false),
        }),
    });

    assert.equal(result.code, 0, result.stderr);
    assert.ok(
      result.stdout.includes(
        "Emplacement : trousseau du système, service « export_trakt_4_letterboxd », utilisateur « default »\n",
      ),
      result.stdout,
    );
    assert.ok(
      result.stdout.includes(
        "Étape suivante : Enregistrez l'identifiant et le secret client Trakt avec « export-trakt credentials set ».\n",
      ),
      result.stdout,
    );
  });

  it("prints security status in French with its folder, counts and key file", async () => {
    const cwd = await makeTempDir();
    const env = { LANG: "fr_FR.UTF-8", HOME: cwd };

    await runCliForTest(["security", "status"], { cwd, env });
    const result = await runCliForTest(["security", "status"], { cwd, env });

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      [
        "Fichier de configuration : aucun (valeurs par défaut intégrées)",
        `Chiffrement : activé, source de la clé : le fichier de clé « ${cwd}/credentials.enc.key »`,
        "Stockage des identifiants : system",
        `Journal d'audit : activé, ${cwd}/logs/audit`,
        "Événements d'audit depuis le 2025-10-04T03:04:05.000Z : system_start 2, system_stop 1",
        "Événements d'audit par gravité : low 3",
        "Échecs d'écriture de l'audit (cette exécution) : 0",
        "Chaîne d'audit : intacte (3 lignes dans 1 fichier)",
        "Limitation de débit : activée, 0 limite atteinte côté serveur dans la période d'audit",
        "Compteurs de limitation (cette exécution) : aucun",
        "Vérification des droits du 2026-01-02T03:04:05.000Z : aucun problème",
        "",
      ].join("\n"),
    );
  });

  it("translates token refresh without a login, keeping the English message", async () => {
    const cwd = await fileBackendFolder();

    const result = await runCliForTest(["token", "refresh"], {
      cwd,
      env: { LANG: "de_DE.UTF-8", HOME: cwd, ENCRYPTION_KEY: KEY },
    });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      "Fehler: Es ist keine Trakt-Anmeldung gespeichert. Führen Sie „export-trakt auth“ aus, um sich anzumelden.\n",
    );
  });
});

describe("validate in the user's language", () => {
  it("rates a config others can read in German, naming the file, its mode and the fix", async () => {
    const cwd = await fileBackendFolder();
    const config = join(cwd, "config/config.toml");
    await chmod(config, 0o644);

    const result = await runCliForTest(["validate", "--security"], {
      cwd,
      env: { LANG: "de_DE.UTF-8", HOME: cwd, ENCRYPTION_KEY: KEY },
      openKeyringEntry: unreachableKeyring,
    });

    assert.equal(result.code, 1);
    const lines = result.stdout.split("\n");
    for (const line of [
      `ok      Konfiguration: Die Konfigurationsdatei „${config}“ ist gültig.`,
      "ok      Schlüsselquelle: Der Schlüssel kommt aus ENCRYPTION_KEY (32 Byte).",
      `Fehler  Dateirechte: Die Konfigurationsdatei „${config}“ hat den Modus 0644, offener als 0600. Führen Sie „export-trakt validate --security --fix“ aus.`,
      "Hinweis Audit: Die Hash-Kette zeigt von Hand geänderte, eingefügte oder entfernte Zeilen, hat aber keinen geheimen Schlüssel: Wer in den Audit-Ordner schreiben kann, kann die ganze Kette neu schreiben.",
      "Sicherheitsbewertung: niedrig (1 Fehler, 0 Warnungen).",
    ]) {
      assert.ok(
        lines.includes(line),
        `missing line: ${line}\n${result.stdout}`,
      );
    }
    assert.equal(
      result.stderr,
      "Fehler: Die Sicherheitsprüfung hat 1 Fehler gefunden (oben aufgeführt). Beheben Sie ihn (Dateirechte mit --fix) und führen Sie „export-trakt validate --security“ erneut aus.\n",
    );
  });

  it("keeps the --json report's findings in English", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["validate", "--security", "--json"], {
      cwd,
      env: { LANG: "es_ES.UTF-8", HOME: cwd },
      openKeyringEntry: unreachableKeyring,
    });

    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as {
      rating: string;
      findings: { area: string; level: string; message: string }[];
    };
    assert.equal(report.rating, "high");
    assert.deepEqual(report.findings[0], {
      area: "config",
      level: "ok",
      message:
        "No config file: the built-in defaults apply, with every protection on.",
    });
  });

  it("names the keyring's answer in Spanish when it is unreachable", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["validate", "--security"], {
      cwd,
      env: { LANG: "es_ES.UTF-8", HOME: cwd },
      openKeyringEntry: unreachableKeyring,
    });

    assert.equal(result.code, 0, result.stderr);
    assert.ok(
      result.stdout.includes(
        'nota  llavero: El llavero del sistema operativo no responde (no Secret Service on this bus), así que aún no hay nada guardado en él. Inicie un Secret Service, o ponga keyring_backend = "file" para guardar las credenciales en un archivo cifrado.\n',
      ),
      result.stdout,
    );
    assert.match(
      result.stdout,
      /^Calificación de seguridad: alta \(0 errores, 0 avisos\)\.$/m,
    );
  });

  it("says the configuration is valid in French, naming the file", async () => {
    const cwd = await fileBackendFolder();

    const result = await runCliForTest(["validate"], {
      cwd,
      env: { LANG: "fr_FR.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      `La configuration est valide (${join(cwd, "config/config.toml")}).\n`,
    );
  });
});

describe("audit listings in the user's language", () => {
  it("lists events under French column labels, with the records in English", async () => {
    const cwd = await makeTempDir();
    const env = { LANG: "fr_FR.UTF-8", HOME: cwd };
    await runCliForTest(["validate"], { cwd, env });

    const result = await runCliForTest(["audit", "--type", "system_start"], {
      cwd,
      env,
    });

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      [
        "Heure                     Gravité  Type          Source/action  Résultat  Message",
        "2026-01-02T03:04:05.000Z  low      system_start  cli/validate   success   export-trakt validate started",
        "",
      ].join("\n"),
    );
  });

  it("says in German that no event matches, naming the folder", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["audit", "--severity", "critical"], {
      cwd,
      env: { LANG: "de_DE.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "");
    assert.equal(
      result.stderr,
      `Keine Audit-Ereignisse in „${join(cwd, "logs/audit")}“ passen zu den Filtern.\n`,
    );
  });

  it("names the broken file and line in Spanish", async () => {
    const cwd = await makeTempDir();
    const env = { LANG: "es_ES.UTF-8", HOME: cwd };
    await runCliForTest(["validate"], { cwd, env });
    const file = join(cwd, "logs/audit/audit-2026-01-02.jsonl");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("validate started", "validate edited"));

    const result = await runCliForTest(["audit", "verify"], { cwd, env });

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Error: El registro de auditoría está roto en «${file}», línea 1: its content does not match its hash, so the line was edited. No se puede confiar en las entradas desde esa línea; guarde una copia de la carpeta para investigarlo.\n`,
    );
  });

  it("rejects a bad --severity in French, naming the value and the choices", async () => {
    const cwd = await makeTempDir();

    const result = await runCliForTest(["audit", "--severity", "urgent"], {
      cwd,
      env: { LANG: "fr_FR.UTF-8", HOME: cwd },
    });

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      "Erreur : --severity doit être l'un de low, medium, high, critical, et non « urgent ».\n",
    );
  });
});
