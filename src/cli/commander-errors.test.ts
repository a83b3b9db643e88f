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
      "de_DE.UTF-8",
      ["config", "migrate", "old.toml", "extra.toml"],
      "Fehler: Zu viele Argumente: „export-trakt config migrate“ nimmt 1 Argument, erhielt aber 2. Führen Sie „export-trakt config migrate --help“ aus, um die Verwendung zu sehen.",
    ],
    [
      "es_ES.UTF-8",
      ["token", "status", "now"],
      "Error: Demasiados argumentos: «export-trakt token status» no admite ninguno pero recibió 1. Ejecute «export-trakt token status --help» para ver el uso.",
    ],
    [
      "fr_FR.UTF-8",
      ["export", "--quiet", "--verbose"],
      "Erreur : L'option « -q, --quiet » ne peut pas être utilisée avec l'option « -v, --verbose ». Lancez « export-trakt export --help » pour voir l'utilisation.",
    ],
    [
      "C.UTF-8",
      ["config", "migrate", "old.toml", "extra.toml"],
      'Error: Too many arguments: "export-trakt config migrate" takes 1 argument but got 2. Run "export-trakt config migrate --help" for the usage.',
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
