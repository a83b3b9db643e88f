import assert from "node:assert/strict";
import {
  chmod,
  copyFile,
  mkdir,
  readFile,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { parse } from "smol-toml";

import { runCliForTest } from "../../../test/support/cli.js";
import { REPO_ROOT, SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";

const GO_CONFIG = join(REPO_ROOT, "test/fixtures/go-config.toml");
const SECRETS = [
  "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0",
  "legacy-static-token-value-42",
  "super-secret-jwt-signing-value",
];

const EXPECTED_CHANGES = [
  '- changed trakt.client_secret: kept, but a secret in the config file gets a warning at every run: store it with "export-trakt credentials set", then delete the line',
  "- dropped trakt.access_token: tokens are not kept in the config here; sign in again and the credential store keeps them",
  `- dropped trakt.extended_info: "letterboxd" made the Go tool write letterboxd_import.csv (and send an invalid extended=letterboxd to Trakt); watched.csv here is already in Letterboxd's import format`,
  "- moved letterboxd.export_dir: now export.output_dir",
  "- dropped letterboxd.watched_filename, letterboxd.collection_filename, letterboxd.watchlist_filename, letterboxd.letterboxd_import_filename: file names are fixed here (watched.csv, watchlist.csv, lists/<name>.csv) so that each matches its Letterboxd import page",
  "- dropped letterboxd.shows_filename: file names are fixed here (watched.csv, watchlist.csv, lists/<name>.csv) so that each matches its Letterboxd import page; TV shows cannot be imported into Letterboxd",
  "- dropped letterboxd.ratings_filename: file names are fixed here (watched.csv, watchlist.csv, lists/<name>.csv) so that each matches its Letterboxd import page; ratings are part of watched.csv",
  "- dropped export.format: never used by the Go tool; the output is always CSV",
  '- dropped export.date_format: the Go time layout "02/01/2006" is not needed: Letterboxd reads only YYYY-MM-DD, which this tool always writes',
  '- changed logging.level: "warning" is written as "warn"',
  '- changed logging.format: "visual" is written as "text" (readable lines)',
  '- changed logging.max_size: 100 (megabytes) is written as "100MB"',
  "- moved logging.max_backups: now logging.max_files",
  "- dropped logging.correlation_id, monitoring.enabled: never used by the Go tool",
  "- dropped i18n.default_language: messages fall back to the environment's locale, then English",
  "- dropped i18n.locales_dir: the message catalogue is built in",
  "- dropped security.rate_limit.enabled: an earlier key already set security.rate_limit_enabled; that value was kept",
  '- changed security.filesystem.config_file_mode: 384 is written as "0600"',
  "- dropped security.https.require_https, security.https.allow_insecure, security.https.tls_min_version, security.https.allowed_hosts, security.https.blocked_hosts: the Go tool never applied [security.https]; this tool's enforced defaults are written instead (HTTPS only, TLS 1.2 or newer, api.trakt.tv and auth.trakt.tv)",
  "- dropped auth.redirect_uri, auth.callback_port, auth.use_oauth: the Go tool overwrote these values itself; sign-in here needs none of them",
  "- dropped webserver.port, webserver.jwt_secret: never read by the Go tool; the dashboard has its own settings",
  '- added export.types: set to ["watched"], what the Go tool exported without --export; add "watchlist", "lists" or "collection" to export more (ratings and reviews are part of "watched")',
];

/** The TOML file as plain objects (smol-toml builds null-prototype tables). */
async function readToml(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, "utf8");
  return JSON.parse(JSON.stringify(parse(text))) as Record<string, unknown>;
}

async function setUp() {
  const cwd = await makeTempDir();
  await copyFile(GO_CONFIG, join(cwd, "config.toml"));
  return cwd;
}

describe("config migrate --replace", () => {
  async function setUpInPlace() {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "config"));
    await copyFile(GO_CONFIG, join(cwd, "config", "config.toml"));
    await chmod(join(cwd, "config", "config.toml"), 0o600);
    return cwd;
  }

  it("puts the new config where the tool looks and keeps the Go file beside it", async () => {
    const cwd = await setUpInPlace();
    const path = join(cwd, "config", "config.toml");
    const backup = `${path}.go-backup`;
    const result = await runCliForTest(
      ["config", "migrate", "config/config.toml", "--replace"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    // The Go file asks for French, and it is the config this run reads.
    assert.equal(
      result.stderr.trimEnd().split("\n").at(-1),
      `« ${path} » écrit (mode 0600) avec les 22 modifications listées ci-dessus, à la place de la configuration de l'outil Go, conservée sous « ${backup} ». Il est désormais lu sans --config.`,
    );
    assert.equal(
      await readFile(backup, "utf8"),
      await readFile(GO_CONFIG, "utf8"),
    );
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.ok("export" in (await readToml(path)));

    // The next command finds the new file on its own and accepts it.
    const exported = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--dry-run"],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(exported.code, 0, exported.stderr);
  });

  it("changes nothing when a backup is already there", async () => {
    const cwd = await setUpInPlace();
    const path = join(cwd, "config", "config.toml");
    await writeFile(`${path}.go-backup`, "an earlier backup\n");
    const result = await runCliForTest(
      ["config", "migrate", "config/config.toml", "--replace"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /Impossible de conserver la configuration de l'outil Go sous .*\.go-backup.*rien n'a été modifié/,
    );
    assert.equal(
      await readFile(path, "utf8"),
      await readFile(GO_CONFIG, "utf8"),
    );
    assert.equal(
      await readFile(`${path}.go-backup`, "utf8"),
      "an earlier backup\n",
    );
  });

  it("refuses to migrate a file this tool already wrote", async () => {
    const cwd = await setUpInPlace();
    const path = join(cwd, "config", "config.toml");
    const first = await runCliForTest(
      ["config", "migrate", "config/config.toml", "--replace"],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(first.code, 0, first.stderr);
    await rm(`${path}.go-backup`);
    const migrated = await readFile(path, "utf8");

    const again = await runCliForTest(
      ["config", "migrate", "config/config.toml", "--replace"],
      { cwd, env: { HOME: cwd, LANG: "C" } },
    );

    assert.equal(again.code, 2);
    assert.match(
      again.stderr,
      /est déjà un fichier de configuration de cet outil/,
    );
    assert.equal(await readFile(path, "utf8"), migrated);
    await assert.rejects(stat(`${path}.go-backup`), { code: "ENOENT" });
  });

  it("refuses a hand-written config of this tool, with none of the init keys", async () => {
    const cwd = await makeTempDir();
    const own = '[schedule]\ncron = "30 2 * * *"\n[logging]\nmax_files = 3\n';
    await writeFile(join(cwd, "mine.toml"), own, { mode: 0o600 });
    const result = await runCliForTest(
      ["config", "migrate", "mine.toml", "--replace"],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(result.code, 2);
    assert.match(result.stderr, /is already a config file of this tool/);
    assert.equal(await readFile(join(cwd, "mine.toml"), "utf8"), own);
  });

  it("refuses --replace with --output", async () => {
    const cwd = await setUpInPlace();
    const result = await runCliForTest(
      [
        "config",
        "migrate",
        "config/config.toml",
        "--replace",
        "--output",
        "x.toml",
      ],
      { cwd, env: { HOME: cwd } },
    );
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--replace écrit la nouvelle configuration/);
  });
});

describe("config migrate", () => {
  it("writes the equivalent config with mode 0600 and lists every change", async () => {
    const cwd = await setUp();
    const result = await runCliForTest(
      ["config", "migrate", "config.toml", "--output", "new.toml"],
      { cwd },
    );

    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "");
    assert.deepEqual(result.stderr.trimEnd().split("\n"), [
      ...EXPECTED_CHANGES,
      `Wrote "${join(cwd, "new.toml")}" (mode 0600) with 22 changes listed above. Check it, then pass it with --config.`,
    ]);
    const info = await stat(join(cwd, "new.toml"));
    assert.equal(info.mode & 0o777, 0o600);
  });

  it("carries every setting the Go tool used over to the new sections", async () => {
    const cwd = await setUp();
    await runCliForTest(["config", "migrate", "config.toml"], { cwd });

    const migrated = await readToml(join(cwd, "export-trakt.toml"));
    assert.deepEqual(migrated.trakt, {
      api_base_url: "https://api.trakt.tv",
      auth_base_url: "https://auth.trakt.tv",
      client_id: "go-client-id-0001",
      client_secret: SECRETS[0],
    });
    assert.deepEqual(migrated.export, {
      history_mode: "individual",
      output_dir: "./exports",
      types: ["watched"],
      timezone: "Europe/Paris",
    });
    assert.deepEqual(migrated.logging, {
      level: "warn",
      format: "text",
      max_size: "100MB",
      max_files: 3,
      file: "./logs/app.log",
    });
    assert.deepEqual(migrated.i18n, { language: "fr" });
    const security = migrated.security as Record<string, unknown>;
    assert.equal(security.keyring_backend, "env");
    assert.equal(security.rate_limit_enabled, false);
    assert.deepEqual(Object.keys(security).slice(-5), [
      "keyring",
      "audit",
      "rate_limit",
      "filesystem",
      "https",
    ]);
    assert.deepEqual(
      (security.https as { allowed_hosts: string[] }).allowed_hosts,
      ["api.trakt.tv", "auth.trakt.tv"],
    );
  });

  it("never prints a secret from the old file", async () => {
    const cwd = await setUp();
    const result = await runCliForTest(["config", "migrate", "config.toml"], {
      cwd,
    });
    for (const secret of SECRETS) {
      assert.ok(!result.stderr.includes(secret), secret);
      assert.ok(!result.stdout.includes(secret), secret);
    }
  });

  it("sets the Go tool's aggregated default when history_mode is missing", async () => {
    const cwd = await makeTempDir();
    await writeFile(
      join(cwd, "old.toml"),
      '[letterboxd]\nexport_dir = "out"\n',
    );
    const result = await runCliForTest(["config", "migrate", "old.toml"], {
      cwd,
    });
    assert.ok(
      result.stderr.includes(
        '- added export.history_mode: set to "aggregated", the Go tool\'s default (this tool\'s own default is "individual", one row per viewing)',
      ),
    );
    const migrated = await readToml(join(cwd, "export-trakt.toml"));
    assert.equal(
      (migrated.export as { history_mode: string }).history_mode,
      "aggregated",
    );
  });

  it("refuses to replace an existing file without --force, then replaces it with --force", async () => {
    const cwd = await setUp();
    await writeFile(join(cwd, "new.toml"), "keep me\n");
    const args = ["config", "migrate", "config.toml", "--output", "new.toml"];

    const refused = await runCliForTest(args, { cwd });
    assert.equal(refused.code, 1);
    assert.equal(
      refused.stderr,
      `Error: Refusing to replace "${join(cwd, "new.toml")}": the file exists. Pass --force to replace it, or --output with another path.\n`,
    );
    assert.equal(await readFile(join(cwd, "new.toml"), "utf8"), "keep me\n");

    const forced = await runCliForTest([...args, "--force"], { cwd });
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(
      await readFile(join(cwd, "new.toml"), "utf8"),
      /^# export-trakt/,
    );
    assert.equal((await stat(join(cwd, "new.toml"))).mode & 0o777, 0o600);
  });

  it("reports an old file that is not TOML as a usage error", async () => {
    const cwd = await makeTempDir();
    await writeFile(
      join(cwd, "old.toml"),
      "[security.filesystem]\nmode = 0600\n",
    );
    const result = await runCliForTest(["config", "migrate", "old.toml"], {
      cwd,
    });
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^Error: ".*old\.toml" is not valid TOML: Invalid TOML document: illegal leading zero\. Fix the file \(a mode such as 0600 must be written "0600" or 0o600\), then run the migration again\.\n$/,
    );
  });

  it("lists the changes in Spanish with every key and value kept, and no secret", async () => {
    const cwd = await setUp();
    const result = await runCliForTest(
      ["config", "migrate", "config.toml", "--output", "new.toml"],
      { cwd, env: { LANG: "es_ES.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 0, result.stderr);
    const lines = result.stderr.trimEnd().split("\n");
    assert.equal(lines.length, EXPECTED_CHANGES.length + 1);
    for (const line of [
      "- cambiada trakt.client_secret: se conserva, pero un secreto escrito en el archivo de configuración provoca una advertencia en cada ejecución: guárdelo con «export-trakt credentials set» y después borre la línea",
      "- descartada trakt.access_token: aquí los tokens no se guardan en la configuración; vuelva a iniciar sesión y el almacén de credenciales los guardará",
      "- trasladada letterboxd.export_dir: ahora export.output_dir",
      "- descartada letterboxd.watched_filename, letterboxd.collection_filename, letterboxd.watchlist_filename, letterboxd.letterboxd_import_filename: aquí los nombres de archivo son fijos (watched.csv, watchlist.csv, lists/<name>.csv) para que cada uno corresponda a su página de importación de Letterboxd",
      '- descartada export.date_format: el formato de fecha de Go "02/01/2006" no hace falta: Letterboxd solo lee AAAA-MM-DD, que esta herramienta escribe siempre',
      '- cambiada logging.level: "warning" se escribe como "warn"',
      '- cambiada logging.max_size: 100 (megabytes) se escribe como "100MB"',
      '- cambiada security.filesystem.config_file_mode: 384 se escribe como "0600"',
      "- descartada security.rate_limit.enabled: una clave anterior ya definió security.rate_limit_enabled; se conservó ese valor",
      `«${join(cwd, "new.toml")}» escrito (modo 0600) con los 22 cambios indicados arriba. Revíselo y páselo después con --config.`,
    ]) {
      assert.ok(
        lines.includes(line),
        `missing line: ${line}\n${result.stderr}`,
      );
    }
    for (const secret of SECRETS) {
      assert.ok(!result.stderr.includes(secret), "a secret was printed");
    }
  });

  it("refuses to overwrite the old file itself in German, naming it", async () => {
    const cwd = await setUp();
    const result = await runCliForTest(
      ["config", "migrate", "config.toml", "--output", "config.toml"],
      { cwd, env: { LANG: "de_DE.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      `Fehler: Die Konfiguration des Go-Werkzeugs „${join(cwd, "config.toml")}“ selbst wird nicht überschrieben. Geben Sie mit --output einen anderen Pfad an.\n`,
    );
  });
});
