import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, describe, it } from "node:test";

import { loadConfig } from "../../config/index.js";
import type { DashboardServer } from "../../dashboard/index.js";
import { logInForTest, postFormForTest } from "../../dashboard/test-support.js";
import { createTranslator } from "../../i18n/index.js";
import { parseFaultSpec, sandboxDataFromExport } from "../../sandbox/index.js";
import { createCredentialStore } from "../../security/index.js";
import { toTraktTokens } from "../../trakt/index.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";
import { startSandbox } from "../../../test/support/trakt-client.js";
import type { CliContext } from "../context.js";

import { serveCommand } from "./serve.js";

/**
 * `serve` over a sandbox whose history answers HTTP 420, with the app's
 * credentials and a login already in the file credential store.
 */
async function startServeOverFaultySandbox(): Promise<{
  server: DashboardServer;
  dir: string;
}> {
  const dir = await makeTempDir();
  const sandbox = await startSandbox({
    data: await sandboxDataFromExport(SAMPLE_ZIP),
    faults: parseFaultSpec("status=420,path=/sync/history/movies"),
  });
  const configPath = join(dir, "config.toml");
  const config = `[trakt]
api_base_url = "${sandbox.apiBaseUrl}"
auth_base_url = "${sandbox.authBaseUrl}"

[export]
output_dir = "${join(dir, "exports")}"

[security]
keyring_backend = "file"

[security.keyring]
file_path = "${join(dir, "credentials.enc")}"
`;
  await writeFile(configPath, config, { mode: 0o600 });
  const env = {
    HOME: dir,
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };

  const { config: loaded } = await loadConfig({
    explicitPath: configPath,
    env,
    cwd: dir,
    homeDir: dir,
  });
  const tokens = toTraktTokens(sandbox.issueTokens());
  await createCredentialStore({ security: loaded.security, env }).set({
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
  });

  const context: CliContext = {
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    isStderrTty: false,
    env,
    cwd: dir,
    now: () => new Date("2026-01-02T03:04:05Z"),
    translator: createTranslator("en"),
  };
  const server = await serveCommand(
    { host: "127.0.0.1", port: 0, maxUploadMb: 10, config: configPath },
    context,
  );
  after(() => server.close());
  return { server, dir };
}

describe("dashboard: a failed live export in the reader's language", () => {
  it("streams the Trakt error in German and shows it in Spanish on the job page", async () => {
    const { server, dir } = await startServeOverFaultySandbox();
    const login = await logInForTest(server, { csrfPage: "/export" });

    const started = await postFormForTest(server, login, "/export", [
      ["historyMode", "individual"],
      ["include", "watched"],
    ]);
    assert.equal(started.status, 303);
    const jobPath = started.headers.get("location") ?? "";

    const stream = await fetch(`${server.url}${jobPath}/events`, {
      headers: { cookie: login.cookie, "accept-language": "de" },
    });
    const events = await stream.text();
    const failedLine = /event: failed\ndata: (.+)\n/.exec(events);
    assert.ok(failedLine?.[1] !== undefined, events);
    assert.deepEqual(JSON.parse(failedLine[1]), {
      kind: "failed",
      message:
        "GET /sync/history/movies ist mit HTTP 420 fehlgeschlagen. Das Trakt-Konto überschreitet eines seiner Limits; entfernen Sie einige Einträge auf trakt.tv und versuchen Sie es erneut.",
    });

    const page = await fetch(`${server.url}${jobPath}?lang=es`, {
      headers: { cookie: login.cookie },
    });
    assert.ok(
      (await page.text()).includes(
        '<p class="notice error">GET /sync/history/movies falló con HTTP 420. La cuenta de Trakt supera uno de sus límites; elimine algunos elementos en trakt.tv y vuelva a intentarlo.</p>',
      ),
    );
    const written = (await readdir(join(dir, "exports"))).filter((name) =>
      name.startsWith("export_"),
    );
    assert.deepEqual(written, []);
  });
});
