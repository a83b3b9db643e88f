import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { runCliForTest } from "../../test/support/cli.js";
import { makeTempDir } from "../../test/support/temp.js";

describe("command-line usage errors in the user's language", () => {
  const cases: [lang: string, argv: string[], stderr: string][] = [
    [
      "fr_FR.UTF-8",
      ["export", "--colour"],
      "Erreur : Option inconnue « --colour ». Lancez « export-trakt export --help » pour voir l'utilisation.",
    ],
    [
      "de_DE.UTF-8",
      ["export", "--history-mode", "daily"],
      "Fehler: Der Wert „daily“ der Option „--history-mode <mode>“ ist ungültig. Mögliche Werte: individual, aggregated. Führen Sie „export-trakt export --help“ aus, um die Verwendung zu sehen.",
    ],
    [
      "es_ES.UTF-8",
      ["exprt"],
      "Error: Comando desconocido «exprt» (¿quiso decir export?). Ejecute «export-trakt --help» para ver el uso.",
    ],
    [
      "C.UTF-8",
      ["decrypt"],
      "Error: Missing required argument 'file'. Run \"export-trakt decrypt --help\" for the usage.",
    ],
  ];

  for (const [lang, argv, stderr] of cases) {
    it(`reports "${argv.join(" ")}" with LANG=${lang}`, async () => {
      const cwd = await makeTempDir();

      const result = await runCliForTest(argv, {
        cwd,
        env: { LANG: lang, HOME: cwd },
      });

      assert.equal(result.code, 2);
      assert.equal(result.stderr, `${stderr}\n`);
    });
  }
});
