import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { makeTempDir } from "../../../test/support/temp.js";
import { createTranslator } from "../../i18n/index.js";
import { createSandbox } from "../../sandbox/index.js";
import { UsageError } from "../../shared/index.js";
import { translateError } from "../run.js";

/** Runs `sandbox` with `args`; "{dir}" in an argument is the test's folder. */
async function runSandbox(
  args: string[],
  lang: string,
  files: Readonly<Record<string, string>> = {},
) {
  const cwd = await makeTempDir();
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(cwd, name), content);
  }
  const argv = args.map((arg) => arg.replace("{dir}", cwd));
  const result = await runCliForTest(["sandbox", ...argv], {
    cwd,
    env: { LANG: lang, HOME: cwd },
  });
  return { cwd, ...result };
}

describe("sandbox errors in the user's language", () => {
  it("lists every bad fault rule in Spanish, each with its rule", async () => {
    const result = await runSandbox(
      ["--faults", "status=42;explode;drop,nth=0,colour=red;latency=5,oops"],
      "es_ES.UTF-8",
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      [
        "Error: --faults «status=42;explode;drop,nth=0,colour=red;latency=5,oops» no es válido:",
        "  - «status=42»: escríbalo como status=CODE, con un CODE entre 100 y 599.",
        "  - «explode»: fallo desconocido «explode»; use latency, status, html, drop, rate-limit, strip-paging o expire-token.",
        "  - «drop,nth=0,colour=red»: nth debe ser un número entero desde 1, no «0».",
        "  - «drop,nth=0,colour=red»: clave desconocida «colour»; use path, page, method, from, count, nth o retry-after.",
        "  - «latency=5,oops»: «oops» no tiene la forma CLAVE=VALOR.",
        "La sintaxis está en docs/sandbox.md.",
        "",
      ].join("\n"),
    );
  });

  it("names the rules retry-after does not fit, in French", async () => {
    const result = await runSandbox(
      ["--faults", "drop,retry-after=3;status=503,retry-after=soon"],
      "fr_FR.UTF-8",
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      [
        "Erreur : --faults « drop,retry-after=3;status=503,retry-after=soon » n'est pas valide :",
        "  - « drop,retry-after=3 » : retry-after ne s'applique qu'à status, html ou rate-limit.",
        "  - « status=503,retry-after=soon » : retry-after doit être un nombre entier de secondes, pas « soon ».",
        "La grammaire est décrite dans docs/sandbox.md.",
        "",
      ].join("\n"),
    );
  });

  it("reports data that is missing, not JSON, or of the wrong shape in German", async () => {
    const missing = await runSandbox(
      ["--data", "{dir}/missing.json"],
      "de_DE.UTF-8",
    );
    const notJson = await runSandbox(
      ["--data", "{dir}/data.json"],
      "de_DE.UTF-8",
      {
        "data.json": "{ history: [",
      },
    );
    const wrongShape = await runSandbox(
      ["--data", "{dir}/data.json"],
      "de_DE.UTF-8",
      { "data.json": '{ "history": {}, "ratings": [1] }' },
    );

    assert.equal(missing.code, 1);
    assert.equal(
      missing.stderr,
      `Fehler: Die Sandbox-Daten „${join(missing.cwd, "missing.json")}“ können nicht gelesen werden: ENOENT: no such file or directory, open '${join(missing.cwd, "missing.json")}'. Prüfen Sie den bei --data angegebenen Pfad.\n`,
    );
    assert.equal(notJson.code, 1);
    assert.match(
      notJson.stderr,
      /^Fehler: Die Sandbox-Daten „\/.+\/data\.json“ sind kein JSON: .+\. Übergeben Sie eine JSON-Datei mit den Schlüsseln von SandboxData\.\n$/,
    );
    assert.equal(wrongShape.code, 1);
    assert.match(
      wrongShape.stderr,
      /^Fehler: Die Sandbox-Daten „\/.+\/data\.json“ haben nicht die Form von SandboxData:\n {2}- history: .+\n {2}- ratings\.0: .+\n$/,
    );
  });

  it("refuses a non-loopback host in the library too, in French", async () => {
    let thrown: unknown;
    try {
      const sandbox = await createSandbox({ host: "0.0.0.0" });
      await sandbox.close();
    } catch (error) {
      thrown = error;
    }

    assert.ok(thrown instanceof UsageError);
    assert.equal(
      thrown.message,
      'Refusing to listen on "0.0.0.0": the sandbox is a test tool and listens on loopback (127.0.0.1, ::1, localhost) only. Pass --allow-remote to listen there anyway.',
    );
    assert.equal(
      translateError(thrown, createTranslator("fr").t),
      "Refus d'écouter sur « 0.0.0.0 » : le bac à sable est un outil de test et n'écoute que sur la boucle locale (127.0.0.1, ::1, localhost). Passez --allow-remote pour écouter là malgré tout.",
    );
  });
});
