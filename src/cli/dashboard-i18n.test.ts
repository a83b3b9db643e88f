import assert from "node:assert/strict";
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, before, describe, it } from "node:test";

import { SAMPLE_ZIP } from "../../test/support/paths.js";
import type { DashboardServer } from "../dashboard/index.js";
import {
  logInForTest,
  postFormForTest,
  readPageForTest,
  type TestLogin,
} from "../dashboard/test-support.js";
import { createTranslator } from "../i18n/index.js";
import {
  createSandbox,
  sandboxDataFromExport,
  type Sandbox,
} from "../sandbox/index.js";
import type { TraktTokens } from "../trakt/index.js";

import { serveCommand } from "./commands/serve.js";
import type { CliContext } from "./context.js";

describe("dashboard problems in the viewer's language", () => {
  let dir: string;
  let sandbox: Sandbox;
  let server: DashboardServer;
  let login: TestLogin;
  const saved: TraktTokens[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "export-trakt-dashboard-trakt-"));
    sandbox = await createSandbox({
      data: await sandboxDataFromExport(SAMPLE_ZIP),
      deviceIntervalSeconds: 1,
      autoApproveAfterMs: 0,
    });
    const configPath = join(dir, "config.toml");
    await writeFile(
      configPath,
      `[trakt]\napi_base_url = "${sandbox.apiBaseUrl}"\nauth_base_url = "${sandbox.authBaseUrl}"\n\n[export]\noutput_dir = "${join(dir, "exports")}"\n\n[security]\nkeyring_backend = "file"\n\n[security.keyring]\nfile_path = "${join(dir, "credentials.enc")}"\n`,
      { mode: 0o600 },
    );
    const context: CliContext = {
      stdout: new PassThrough().resume(),
      stderr: new PassThrough().resume(),
      isStderrTty: false,
      env: { HOME: dir },
      cwd: dir,
      now: () => new Date(),
      translator: createTranslator("en"),
      trakt: {
        credentials: {
          loadClientCredentials: () =>
            Promise.resolve({
              clientId: sandbox.clientId,
              clientSecret: sandbox.clientSecret,
            }),
        },
        // A store with a bug: saving fails with an error no code expects.
        tokens: {
          load: () => Promise.resolve(saved.at(-1)),
          save: (tokens) => {
            saved.push(tokens);
            return Promise.reject(new TypeError("tokens.save is broken"));
          },
          clear: () => Promise.resolve(),
        },
      },
    };
    server = await serveCommand(
      { host: "127.0.0.1", port: 0, maxUploadMb: 10, config: configPath },
      context,
    );
    login = await logInForTest(server, { csrfPage: "/trakt" });
  });
  after(async () => {
    await server.close();
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("refuses to revoke without a stored login, in German", async () => {
    const revoked = await postFormForTest(server, login, "/trakt/revoke");
    assert.equal(revoked.status, 303);

    const page = await readPageForTest(
      server,
      login,
      "/trakt",
      "de-DE,de;q=0.9",
    );
    assert.ok(
      page.includes(
        "Es ist keine Trakt-Anmeldung gespeichert. Verwenden Sie zuerst „Mit einem Gerätecode anmelden“.",
      ),
      page,
    );
  });

  it("shows a login that failed on an internal error in Spanish, then in French", async () => {
    const started = await postFormForTest(server, login, "/trakt/device-login");
    assert.equal(started.status, 200);
    const expected =
      "El último inicio de sesión con código no terminó: el inicio de sesión falló por un error interno; el registro del servidor tiene los detalles.";
    let page = "";
    for (let attempt = 0; attempt < 150; attempt += 1) {
      page = await readPageForTest(server, login, "/trakt", "es-ES,es;q=0.9");
      if (page.includes(expected)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    assert.ok(page.includes(expected), page);
    assert.equal(saved.length, 1);
    const french = await readPageForTest(
      server,
      login,
      "/trakt",
      "fr-FR,fr;q=0.9",
    );
    assert.ok(
      french.includes(
        "La dernière connexion par code n&#39;a pas abouti : la connexion a échoué à cause d&#39;une erreur interne ; le journal du serveur en donne le détail.",
      ),
      french,
    );
    // The audit log keeps the English sentence, whatever the page showed.
    const auditDir = join(dir, "logs", "audit");
    const records = await Promise.all(
      (await readdir(auditDir)).map((name) =>
        readFile(join(auditDir, name), "utf8"),
      ),
    );
    assert.match(
      records.join(""),
      /"message":"the login failed because of an internal error; the server log has the details\."/,
    );
  });

  it("shows a damaged scheduler status in French, naming the file", async () => {
    const path = join(dir, "exports", ".schedule-status.json");
    await mkdir(join(dir, "exports"), { recursive: true });
    await writeFile(path, "{ not json");

    const page = await readPageForTest(
      server,
      login,
      "/schedule",
      "fr-FR,fr;q=0.9",
    );

    assert.ok(
      page.includes(
        `L&#39;état du planificateur n&#39;a pas pu être lu : L&#39;état du planificateur « ${path} » est endommagé. Il sera réécrit au prochain démarrage du planificateur.`,
      ),
      page,
    );
  });
});
