import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import {
  CredentialError,
  errorTextOf,
  type AppError,
} from "../shared/index.js";
import {
  DEFAULT_HTTPS_SETTINGS,
  FileCredentialStore,
  checkOutgoingUrl,
} from "../security/index.js";

import {
  logInForTest,
  postFormForTest,
  readPageForTest,
  startTestDashboard,
  type TestDashboard,
} from "./test-support.js";

// Cheap to derive, so the test stays quick; the file records the cost used.
const CHEAP_SCRYPT = { log2N: 14, r: 8, p: 1 };

describe("dashboard: security errors in the reader's language", () => {
  let dir: string;
  let dashboard: TestDashboard;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "export-trakt-dashboard-i18n-"));
    dashboard = await startTestDashboard(dir);
  });
  after(async () => {
    await dashboard.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("shows a live export refused by the HTTPS policy in French and German", async () => {
    dashboard.deps.startLiveExport = () => {
      // The real policy check; it throws before anything is sent.
      checkOutgoingUrl("http://api.example.invalid/users/settings", {
        ...DEFAULT_HTTPS_SETTINGS,
        allowedHosts: ["api.example.invalid"],
      });
      return Promise.reject(new Error("the policy let plain http through"));
    };
    const login = await logInForTest(dashboard.server, { csrfPage: "/export" });

    const started = await postFormForTest(dashboard.server, login, "/export", [
      ["historyMode", "individual"],
      ["include", "watched"],
    ]);
    assert.equal(started.status, 303);
    const jobPath = started.headers.get("location") ?? "";
    const events = await readPageForTest(
      dashboard.server,
      login,
      `${jobPath}/events`,
      "de-DE,de;q=0.9",
    );
    const page = await readPageForTest(
      dashboard.server,
      login,
      jobPath,
      "fr-FR,fr;q=0.9",
    );

    assert.match(
      events,
      /^event: failed\ndata: \{"kind":"failed","message":"Keine Verbindung zu „http:\/\/api\.example\.invalid\/users\/settings“: Unverschlüsseltes http ist nicht erlaubt\. Verwenden Sie https:\/\/, oder setzen Sie für einen Entwicklungsserver security\.https\.require_https = false\."\}$/m,
    );
    assert.ok(
      page.includes(
        "Refus de contacter « http://api.example.invalid/users/settings » : le http non chiffré n&#39;est pas autorisé.",
      ),
      page,
    );
  });

  it("shows a credentials file that a wrong passphrase cannot open, in Spanish", async () => {
    const filePath = join(dir, "credentials.enc");
    const keys = (passphrase: string) => ({
      env: { ENCRYPTION_PASSPHRASE: passphrase },
      keyFilePath: `${filePath}.key`,
      scrypt: CHEAP_SCRYPT,
    });
    await new FileCredentialStore({
      filePath,
      keys: keys("the right passphrase"),
    }).set({ clientId: "client-id-1234", clientSecret: "client-secret-5678" });
    const store = new FileCredentialStore({
      filePath,
      keys: keys("a wrong passphrase"),
    });
    let thrown: AppError | undefined;
    // Reads the store the way the serve command's Trakt connection does.
    dashboard.deps.traktConnection = {
      readStatus: async () => {
        try {
          await store.get();
          return { isLoggedIn: true };
        } catch (error) {
          if (!(error instanceof CredentialError)) throw error;
          thrown = error;
          return { isLoggedIn: false, problem: errorTextOf(error) };
        }
      },
      startDeviceLogin: () => Promise.reject(new Error("not used")),
      revoke: () => Promise.resolve(),
    };
    const login = await logInForTest(dashboard.server, { csrfPage: "/export" });

    const page = await readPageForTest(
      dashboard.server,
      login,
      "/trakt",
      "es-ES,es;q=0.9",
    );

    assert.ok(thrown !== undefined);
    assert.equal(
      thrown.message,
      `Could not decrypt the credentials file "${filePath}": it was encrypted with a different key than a passphrase (scrypt). The file was left untouched. Restore it from a backup, or remove it with "export-trakt credentials delete" and store the credentials again with "export-trakt credentials set".`,
    );
    assert.ok(
      page.includes(
        `No se pudo descifrar el archivo de credenciales «${filePath}»: se cifró con una clave distinta de la de la frase de contraseña (scrypt). El archivo no se ha tocado.`,
      ),
      page,
    );
  });
});
