import assert from "node:assert/strict";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { mkdir, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, describe, it } from "node:test";

import { createTranslator } from "../../i18n/index.js";
import {
  DEFAULT_FILESYSTEM_SETTINGS,
  DEFAULT_HTTPS_SETTINGS,
  DEFAULT_RATE_LIMIT_SETTINGS,
  FileCredentialStore,
  HttpClient,
  PathGuard,
  RateLimiter,
  sleepWithTimer,
} from "../../security/index.js";
import { SecurityError } from "../../shared/index.js";
import {
  MemoryTokenStore,
  staticClientCredentials,
} from "../../trakt/index.js";
import { runCliForTest } from "../../../test/support/cli.js";
import { rejectionOf } from "../../../test/support/errors.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";
import { createRecordingClock } from "../../../test/support/trakt-client.js";
import { translateError } from "../run.js";

describe("path-guard refusals in the user's language", () => {
  it("refuses --output through a symbolic link in French, writing nothing", async () => {
    const cwd = await makeTempDir();
    const standIn = join(cwd, "stand-in-for-a-system-folder");
    await mkdir(standIn);
    await symlink(standIn, join(cwd, "out"));

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "out"],
      { cwd, env: { LANG: "fr_FR.UTF-8", HOME: cwd } },
    );

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Erreur : Refus d'écrire « out » : « ${join(cwd, "out")} » est un lien symbolique. Utilisez le vrai dossier, ou réglez security.filesystem.check_symlinks = false.\n`,
    );
    assert.deepEqual(await readdir(standIn), []);
  });

  it("refuses --output inside a restricted folder in German", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "config"));
    await mkdir(join(cwd, "restricted"));
    await writeFile(
      join(cwd, "config", "config.toml"),
      '[i18n]\nlanguage = "de"\n[security.filesystem]\nrestricted_paths = ["restricted"]\n',
      { mode: 0o600 },
    );

    const result = await runCliForTest(
      ["export", "--from", SAMPLE_ZIP, "--output", "restricted/letterboxd"],
      { cwd, env: { HOME: cwd } },
    );

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Fehler: „restricted/letterboxd“ wird nicht geschrieben: Der Pfad liegt im gesperrten Ordner „${join(cwd, "restricted")}“. Wählen Sie einen Pfad außerhalb davon.\n`,
    );
    assert.deepEqual(await readdir(join(cwd, "restricted")), []);
  });

  it("keeps the English message of a refusal and renders it in Spanish", async () => {
    const cwd = await makeTempDir();
    const guard = new PathGuard(
      {
        ...DEFAULT_FILESYSTEM_SETTINGS,
        allowedBasePaths: [join(cwd, "exports")],
        restrictedPaths: [],
      },
      { baseDir: cwd },
    );

    const error = await rejectionOf(
      guard.checkPath("../elsewhere/diary.csv", "config", "write"),
    );

    assert.ok(error instanceof SecurityError);
    assert.equal(
      error.message,
      `Refusing to write "../elsewhere/diary.csv": it is outside the allowed folders ("${join(cwd, "exports")}"). Move it into one of them or add its folder to security.filesystem.allowed_base_paths.`,
    );
    assert.equal(
      translateError(error, createTranslator("es").t),
      `No se escribe «../elsewhere/diary.csv»: está fuera de las carpetas permitidas ("${join(cwd, "exports")}"). Muévalo a una de ellas o añada su carpeta a security.filesystem.allowed_base_paths.`,
    );
  });
});

/**
 * A Trakt stand-in on loopback whose every answer redirects to plain http on
 * a reserved name that never resolves, so a client that followed it anyway
 * could still reach nothing.
 */
async function startRedirectingServer(): Promise<{
  baseUrl: string;
  paths: string[];
}> {
  const paths: string[] = [];
  const server: Server = createServer((request, response) => {
    paths.push(request.url ?? "");
    response.writeHead(302, {
      location: `http://api.example.invalid${request.url ?? "/"}`,
    });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${String(port)}`, paths };
}

/** Counts requests undici creates, that is, every connection attempt. */
function watchRequests(): { created: unknown[]; stop: () => void } {
  const created: unknown[] = [];
  const onCreate = (message: unknown): void => {
    created.push(message);
  };
  subscribe("undici:request:create", onCreate);
  return {
    created,
    stop: () => unsubscribe("undici:request:create", onCreate),
  };
}

describe("HTTPS policy refusals in the user's language", () => {
  it("refuses a redirect to plain http on another host, in German", async () => {
    const cwd = await makeTempDir();
    const server = await startRedirectingServer();
    const trakt = {
      tokens: new MemoryTokenStore({
        accessToken: "access-token-for-the-stand-in",
        refreshToken: "refresh-token-for-the-stand-in",
        expiresAtMs: Date.now() + 24 * 3_600_000,
        scope: "public",
      }),
      credentials: staticClientCredentials({
        clientId: "stand-in-client-id",
        clientSecret: "stand-in-client-secret",
      }),
      clock: createRecordingClock(),
    };

    const requests = watchRequests();
    const result = await runCliForTest(
      ["export", "--api-base-url", server.baseUrl, "--output", "out"],
      { cwd, env: { LANG: "de_DE.UTF-8", HOME: cwd }, trakt },
    ).finally(requests.stop);

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      "Fehler: Keine Verbindung zu „http://api.example.invalid/users/settings“: Der Host „api.example.invalid“ steht nicht in security.https.allowed_hosts. Tragen Sie dort genau diesen Hostnamen ein, wenn Sie ihm vertrauen.\n",
    );
    // Every request the client started reached the loopback stand-in: none
    // followed a redirect.
    assert.ok(server.paths.includes("/users/settings"));
    assert.equal(requests.created.length, server.paths.length);
    assert.ok(!(await readdir(cwd)).includes("out"));
  });

  it("refuses a plain http URL to a host that is not loopback before connecting", async () => {
    const requests = watchRequests();
    const client = await HttpClient.create({
      settings: {
        ...DEFAULT_HTTPS_SETTINGS,
        allowedHosts: ["api.example.invalid"],
      },
      rateLimiter: new RateLimiter(DEFAULT_RATE_LIMIT_SETTINGS, {
        now: () => Date.now(),
        sleep: sleepWithTimer,
      }),
    });

    try {
      const error = await rejectionOf(
        client.request({ url: "http://api.example.invalid/users/settings" }),
      );

      assert.ok(error instanceof SecurityError);
      assert.equal(
        error.message,
        'Refusing to contact "http://api.example.invalid/users/settings": plain http is not allowed. Use https://, or set security.https.require_https = false for a development server.',
      );
      assert.equal(
        translateError(error, createTranslator("fr").t),
        "Refus de contacter « http://api.example.invalid/users/settings » : le http non chiffré n'est pas autorisé. Utilisez https://, ou réglez security.https.require_https = false pour un serveur de développement.",
      );
      assert.deepEqual(requests.created, []);
    } finally {
      requests.stop();
      await client.close();
    }
  });
});

// Cheap to derive, so the test stays quick; the file records the cost used.
const CHEAP_SCRYPT = { log2N: 14, r: 8, p: 1 };

describe("credential-store errors in the user's language", () => {
  it("reports a wrong passphrase for the credentials file in German and leaves it as it was", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "config"));
    await writeFile(
      join(cwd, "config", "config.toml"),
      '[security]\nkeyring_backend = "file"\n',
      { mode: 0o600 },
    );
    const filePath = join(cwd, "config", "credentials.enc");
    await new FileCredentialStore({
      filePath,
      keys: {
        env: { ENCRYPTION_PASSPHRASE: "the right passphrase" },
        keyFilePath: `${filePath}.key`,
        scrypt: CHEAP_SCRYPT,
      },
    }).set({ clientId: "client-id-1234", clientSecret: "client-secret-5678" });
    const before = await readFile(filePath);
    const wrong = { ENCRYPTION_PASSPHRASE: "a wrong passphrase" };

    const german = await runCliForTest(["credentials", "status"], {
      cwd,
      env: { LANG: "de_DE.UTF-8", HOME: cwd, ...wrong },
    });
    const english = await runCliForTest(["credentials", "status"], {
      cwd,
      env: { HOME: cwd, ...wrong },
    });

    assert.equal(german.code, 1);
    assert.equal(
      german.stderr,
      `Fehler: Die Zugangsdatendatei „${filePath}“ konnte nicht entschlüsselt werden: Die Datei wurde mit einem anderen Schlüssel als dem der Passphrase (scrypt) verschlüsselt. Die Datei blieb unverändert. Stellen Sie sie aus einer Sicherung wieder her, oder entfernen Sie sie mit „export-trakt credentials delete“ und speichern Sie die Zugangsdaten mit „export-trakt credentials set“ erneut.\n`,
    );
    assert.equal(
      english.stderr,
      `Error: Could not decrypt the credentials file "${filePath}": it was encrypted with a different key than a passphrase (scrypt). The file was left untouched. Restore it from a backup, or remove it with "export-trakt credentials delete" and store the credentials again with "export-trakt credentials set".\n`,
    );
    assert.ok(!german.stderr.includes("client-secret-5678"));
    assert.deepEqual(await readFile(filePath), before);
  });
});
