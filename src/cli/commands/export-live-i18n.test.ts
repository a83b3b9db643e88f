import assert from "node:assert/strict";
import { once } from "node:events";
import { readdir } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { describe, it } from "node:test";

import {
  parseFaultSpec,
  sandboxDataFromExport,
  type Sandbox,
  type SandboxOptions,
} from "../../sandbox/index.js";
import {
  MemoryTokenStore,
  staticClientCredentials,
} from "../../trakt/index.js";
import { runCliForTest, type CliResult } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";
import {
  cliDependencies,
  createRecordingClock,
  loggedInStore,
  pagesRequested,
  startSandbox,
} from "../../../test/support/trakt-client.js";

const HISTORY = "/sync/history/movies";
const LOCALES = { fr: "fr_FR.UTF-8", de: "de_DE.UTF-8", es: "es_ES.UTF-8" };

interface LiveRun {
  sandbox: Sandbox;
  result: CliResult;
  cwd: string;
}

/** A live export against a sandbox, with the locale of `language`. */
async function exportLive(
  language: keyof typeof LOCALES,
  sandboxOptions: Omit<SandboxOptions, "data">,
  args: string[] = [],
  tokens?: (sandbox: Sandbox) => Promise<MemoryTokenStore>,
): Promise<LiveRun> {
  const sandbox = await startSandbox({
    ...sandboxOptions,
    data: await sandboxDataFromExport(SAMPLE_ZIP),
  });
  const cwd = await makeTempDir();
  const store =
    tokens === undefined ? loggedInStore(sandbox) : await tokens(sandbox);
  const trakt = cliDependencies(sandbox, store, createRecordingClock());

  const result = await runCliForTest(
    ["export", "--api-base-url", sandbox.apiBaseUrl, ...args],
    { cwd, trakt, env: { LANG: LOCALES[language], HOME: cwd } },
  );
  return { sandbox, result, cwd };
}

/** Checks that the run failed with exit code 1 and wrote no export. */
async function assertFailedWithoutWriting(
  result: CliResult,
  cwd: string,
): Promise<void> {
  assert.equal(result.code, 1, result.stderr);
  assert.deepEqual(await readdir(cwd), ["logs"]);
}

/** The last ISO time in `text`: when Trakt said to try again. */
function lastIsoTime(text: string): string {
  const times = text.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g);
  const time = times?.at(-1);
  assert.ok(time !== undefined, `no time in: ${text}`);
  return time;
}

/** A loopback port on which nothing listens any more. */
async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, "close");
  return port;
}

describe("export from the Trakt API: errors in the user's language", () => {
  it("names the unknown --user, the request and the status in French", async () => {
    const run = await exportLive("fr", {}, ["--user", "nobody"], () =>
      Promise.resolve(new MemoryTokenStore()),
    );

    await assertFailedWithoutWriting(run.result, run.cwd);
    assert.equal(
      run.result.stderr.trimEnd(),
      "Erreur : GET /users/nobody/history/movies a échoué avec HTTP 404 (not_found). Il n'existe pas d'utilisateur Trakt « nobody », ou son profil est privé. Vérifiez --user, ou connectez-vous avec « export-trakt auth » pour exporter votre propre profil privé.",
    );
  });

  it("explains an HTML block page in German", async () => {
    const run = await exportLive("de", {
      faults: parseFaultSpec(`html=403,path=${HISTORY}`),
    });

    await assertFailedWithoutWriting(run.result, run.cwd);
    assert.equal(
      run.result.stderr.trimEnd(),
      "Fehler: GET /sync/history/movies hat mit HTTP 403 und einer HTML-Sperrseite statt JSON geantwortet (Trakts Firewall, Cloudflare, hat die Anfrage gestoppt). Prüfen Sie, ob die Client-ID stimmt und ob nichts den User-Agent entfernt; wenn Sie viele Anfragen gesendet haben, warten Sie einige Minuten und versuchen Sie es erneut.",
    );
  });

  it("tells an HTML page from JSON on a success status in Spanish", async () => {
    const run = await exportLive("es", {
      faults: parseFaultSpec(`html=200,path=${HISTORY}`),
    });

    await assertFailedWithoutWriting(run.result, run.cwd);
    assert.equal(
      run.result.stderr.trimEnd(),
      "Error: GET /sync/history/movies respondió HTTP 200 con una página HTML donde se esperaba JSON. Puede que haya un proxy o un cortafuegos en medio; vuelva a intentarlo más tarde e informe del problema si persiste.",
    );
  });

  it("gives up on a storm of 503 after five attempts, in Spanish", async () => {
    const run = await exportLive("es", {
      faults: parseFaultSpec(`status=503,path=${HISTORY}`),
    });

    await assertFailedWithoutWriting(run.result, run.cwd);
    assert.equal(pagesRequested(run.sandbox, HISTORY).length, 5);
    assert.equal(
      run.result.stderr.trimEnd(),
      "Error: GET /sync/history/movies falló con HTTP 503 (Service unavailable). Trakt tiene problemas; vuelva a intentarlo más tarde.",
    );
  });

  it("stops after four rate limits in a row, with the time to try again, in French", async () => {
    const run = await exportLive("fr", {
      faults: parseFaultSpec(`rate-limit=1,path=${HISTORY}`),
    });

    await assertFailedWithoutWriting(run.result, run.cwd);
    assert.equal(pagesRequested(run.sandbox, HISTORY).length, 4);
    const stderr = run.result.stderr.trimEnd();
    const retryAt = lastIsoTime(stderr);
    assert.equal(
      stderr,
      `Erreur : Trakt limite toujours le débit de GET /sync/history/movies (HTTP 429) après 4 tentatives. Rien n'a été écrit ; réessayez après ${retryAt}.`,
    );
  });

  it("does not wait out a rate limit longer than allowed, in German", async () => {
    const run = await exportLive("de", {
      faults: parseFaultSpec(`rate-limit=3600,path=${HISTORY}`),
    });

    await assertFailedWithoutWriting(run.result, run.cwd);
    assert.equal(pagesRequested(run.sandbox, HISTORY).length, 1);
    const stderr = run.result.stderr.trimEnd();
    const retryAt = lastIsoTime(stderr);
    assert.equal(
      stderr,
      `Fehler: Trakt drosselt GET /sync/history/movies (HTTP 429) bis ${retryAt}, länger als die 300 s, die dieses Programm wartet. Es wurde nichts geschrieben; versuchen Sie es nach ${retryAt} erneut.`,
    );
    // Trakt asked for an hour: the time to try again is that far ahead.
    assert.ok(Date.parse(retryAt) > Date.now() + 50 * 60_000, retryAt);
  });

  it("names the URL and host of a connection dropped five times, in French", async () => {
    const run = await exportLive("fr", {
      faults: parseFaultSpec(`drop,path=${HISTORY}`),
    });
    const host = new URL(run.sandbox.apiBaseUrl).host;

    await assertFailedWithoutWriting(run.result, run.cwd);
    assert.equal(run.sandbox.stats().dropped, 5);
    assert.equal(
      run.result.stderr.trimEnd(),
      `Erreur : GET ${run.sandbox.apiBaseUrl}${HISTORY} a échoué : la connexion à ${host} s'est fermée avant la fin de la réponse. Vérifiez la connexion réseau et tout proxy intermédiaire, puis réessayez.`,
    );
  });

  it("names the refused port on 127.0.0.1 and the flags to check, in Spanish", async () => {
    const port = await closedPort();
    const base = `http://127.0.0.1:${port}`;
    const cwd = await makeTempDir();
    const clock = createRecordingClock();
    const trakt = {
      tokens: new MemoryTokenStore(),
      credentials: staticClientCredentials({
        clientId: "id",
        clientSecret: undefined,
      }),
      clock,
    };

    const result = await runCliForTest(
      ["export", "--api-base-url", base, "--user", "someone"],
      { cwd, trakt, env: { LANG: LOCALES.es, HOME: cwd } },
    );

    await assertFailedWithoutWriting(result, cwd);
    // Refused connections are retried: the fourth backoff is 6 s.
    assert.ok(clock.sleeps.includes(6000), clock.sleeps.join(", "));
    assert.equal(
      result.stderr.trimEnd(),
      `Error: GET ${base}/users/someone/history/movies falló: 127.0.0.1:${port} rechazó la conexión. Compruebe que el servidor está en marcha y que --api-base-url y --auth-base-url apuntan a él.`,
    );
  });

  it("says in Spanish that the refresh token was refused", async () => {
    const run = await exportLive("es", {}, [], async (sandbox) => {
      const issued = await loggedInStore(sandbox).load();
      assert.ok(issued !== undefined);
      sandbox.expireAccessTokens();
      return new MemoryTokenStore({ ...issued, refreshToken: "spent" });
    });

    await assertFailedWithoutWriting(run.result, run.cwd);
    assert.equal(
      run.result.stderr.trimEnd(),
      "Error: Trakt se negó a renovar el inicio de sesión (invalid_grant): el token de renovación ya se usó, se revocó o caducó. Ejecute «export-trakt auth» para volver a iniciar sesión.",
    );
  });
});
