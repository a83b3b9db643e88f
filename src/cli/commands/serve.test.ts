import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import {
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, before, describe, it } from "node:test";

import type { DashboardServer } from "../../dashboard/index.js";
import {
  logInForTest,
  postFormForTest,
  readPageForTest,
  type TestLogin,
} from "../../dashboard/test-support.js";
import {
  createSandbox,
  sandboxDataFromExport,
  type Sandbox,
} from "../../sandbox/index.js";
import {
  createCredentialStore,
  type StoredCredentials,
} from "../../security/index.js";
import { GOLDEN_DIR, SAMPLE_ZIP } from "../../../test/support/paths.js";
import { createTestCliContext } from "../../../test/support/cli.js";
import { loadConfig } from "../../config/index.js";
import type { CliContext } from "../context.js";

import { createTranslator } from "../../i18n/index.js";
import { UsageError } from "../../shared/index.js";
import { translateError } from "../run.js";
import { serveCommand } from "./serve.js";

interface Setup {
  dir: string;
  sandbox: Sandbox;
  server: DashboardServer;
  env: NodeJS.ProcessEnv;
  configPath: string;
  stderr: () => string;
}

const NOW = new Date("2026-01-02T03:04:05Z");

async function startServe(
  config: (sandbox: Sandbox) => string,
  options: { withAppCredentials: boolean },
) {
  const dir = await mkdtemp(join(tmpdir(), "export-trakt-serve-test-"));
  const sandbox = await createSandbox({
    data: await sandboxDataFromExport(SAMPLE_ZIP),
    deviceIntervalSeconds: 1,
    autoApproveAfterMs: 0,
  });
  const configPath = join(dir, "config.toml");
  await writeFile(configPath, config(sandbox), { mode: 0o600 });
  const env: NodeJS.ProcessEnv = {
    HOME: dir,
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    ...(options.withAppCredentials
      ? {
          TRAKT_CLIENT_ID: sandbox.clientId,
          TRAKT_CLIENT_SECRET: sandbox.clientSecret,
        }
      : {}),
  };
  const { context, readStderr } = createTestCliContext({
    env,
    cwd: dir,
    now: () => NOW,
  });
  const server = await serveCommand(
    { host: "127.0.0.1", port: 0, maxUploadMb: 10, config: configPath },
    context,
  );
  const setup: Setup = {
    dir,
    sandbox,
    server,
    env,
    configPath,
    stderr: readStderr,
  };
  return setup;
}

async function stopServe(setup: Setup): Promise<void> {
  await setup.server.close();
  await setup.sandbox.close();
  await rm(setup.dir, { recursive: true, force: true });
}

function sandboxConfig(dir: () => string, extra: string) {
  return (sandbox: Sandbox): string => `[trakt]
api_base_url = "${sandbox.apiBaseUrl}"
auth_base_url = "${sandbox.authBaseUrl}"

[export]
output_dir = "${join(dir(), "exports")}"
timezone = "Europe/Paris"

[security]
keyring_backend = "file"

[security.keyring]
file_path = "${join(dir(), "credentials.enc")}"
${extra}`;
}

/**
 * A status file of this process's scheduler waiting for its 02:30 Paris run,
 * with no run behind it.
 */
function waitingSchedulerStatus() {
  return {
    version: 1,
    pid: process.pid,
    hostname: hostname(),
    startedAt: "2026-01-01T20:00:00.000Z",
    updatedAt: "2026-01-02T01:30:02.000Z",
    expression: "30 2 * * *",
    timeZone: "Europe/Paris",
    state: "waiting",
    nextRunAt: "2026-01-03T01:30:00.000Z",
    runNumber: null,
    runStartedAt: null,
    consecutiveSkips: 0,
    lastRun: null,
    consecutiveFailures: 0,
    counts: { started: 0, succeeded: 0, failed: 0, skipped: 0, stopped: 0 },
  };
}

async function readStore(setup: Setup): Promise<StoredCredentials | undefined> {
  const { config } = await loadConfig({
    explicitPath: setup.configPath,
    env: setup.env,
    cwd: setup.dir,
    homeDir: setup.dir,
  });
  return createCredentialStore({
    security: config.security,
    env: setup.env,
  }).get();
}

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("serve with a config, a file credential store and a sandbox", () => {
  let setup: Setup;
  let login: TestLogin;

  before(async () => {
    let dir = "";
    setup = await startServe(
      sandboxConfig(() => dir, '\n[schedule]\ncron = "30 2 * * *"\n'),
      { withAppCredentials: true },
    );
    dir = setup.dir;
    login = await logInForTest(setup.server, { csrfPage: "/trakt" });
  });
  after(() => stopServe(setup));

  it("keeps the dashboard secret in the credential store, not in a plain file", async () => {
    const stored = await readStore(setup);
    const secret = stored?.dashboardSecret;
    assert.ok(secret !== undefined);
    assert.equal(stored?.clientId, setup.sandbox.clientId);

    const encrypted = await readFile(join(setup.dir, "credentials.enc"));
    assert.ok(!encrypted.includes(secret));
    for (const folder of [setup.dir, join(setup.dir, "exports")]) {
      const files = await readdir(folder);
      assert.ok(
        !files.includes(".export-trakt-dashboard-secret"),
        files.join(),
      );
    }
    assert.match(
      setup.stderr(),
      /Created the dashboard secret in the credential store \(.*credentials\.enc\)\./,
    );
    const metrics = await fetch(`${setup.server.url}/metrics`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    assert.equal(metrics.status, 200);
  });

  it("logs in to Trakt with a device code from the page and stores the tokens", async () => {
    const started = await postFormForTest(
      setup.server,
      login,
      "/trakt/device-login",
      [],
    );
    assert.equal(started.status, 200);
    const page = await started.text();
    assert.match(page, /enter the code [A-Z2-9]{8}/);
    assert.ok(page.includes(`${setup.sandbox.authBaseUrl}/activate`), page);

    await waitFor(
      async () =>
        (await readPageForTest(setup.server, login, "/trakt")).includes(
          "Logged in to Trakt; the token expires on",
        ),
      "the device login",
    );
    const stored = await readStore(setup);
    assert.ok(stored?.accessToken !== undefined);
    assert.ok(stored.dashboardSecret !== undefined);
  });

  it("runs a live export from the page, streams its progress and writes the golden watched.csv", async () => {
    const started = await postFormForTest(setup.server, login, "/export", [
      ["historyMode", "individual"],
      ["include", "watched"],
    ]);
    assert.equal(started.status, 303);
    const jobPath = started.headers.get("location") ?? "";
    assert.match(jobPath, /^\/jobs\/[\w-]+$/);

    const stream = await fetch(`${setup.server.url}${jobPath}/events`, {
      headers: { cookie: login.cookie },
    });
    assert.equal(
      stream.headers.get("content-type"),
      "text/event-stream; charset=utf-8",
    );
    const events = await stream.text();
    assert.match(events, /event: writing\n/);
    const summaryLine = /event: summary\ndata: (.+)\n/.exec(events);
    assert.ok(summaryLine?.[1] !== undefined, events);
    const summary: unknown = JSON.parse(summaryLine[1]);
    assert.ok(
      typeof summary === "object" && summary !== null && "folder" in summary,
    );
    const folder = String(summary.folder);

    const written = await readFile(
      join(setup.dir, "exports", folder, "watched.csv"),
    );
    const golden = await readFile(join(GOLDEN_DIR, "sample", "watched.csv"));
    assert.ok(written.equals(golden), written.toString("utf8"));
  });

  it("counts the Trakt requests of dashboard exports in /metrics", async () => {
    const secret = (await readStore(setup))?.dashboardSecret ?? "";
    const metrics = await fetch(`${setup.server.url}/metrics`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    const text = await metrics.text();
    const count =
      /export_trakt_trakt_requests_total\{status="200"\} (\d+)/.exec(text);
    assert.ok(Number(count?.[1] ?? 0) >= 3, text);
    assert.match(text, /export_trakt_exports_total\{result="success"\} 1/);
  });

  it("lists the next runs of [schedule] in the export time zone", async () => {
    const page = await readPageForTest(setup.server, login, "/schedule");
    assert.ok(page.includes("30 2 * * * (Europe/Paris)"), page);
    assert.ok(!page.includes("2026-01-02 02:30 +01:00"), page);
    for (const day of ["03", "04", "05", "06", "07"]) {
      assert.ok(page.includes(`2026-01-${day} 02:30 +01:00`), page);
    }
  });

  it("shows whether the scheduler runs, from its status file", async () => {
    const before = await readPageForTest(setup.server, login, "/schedule");
    assert.ok(before.includes("No scheduler has written its status"), before);

    const status = {
      ...waitingSchedulerStatus(),
      lastRun: {
        number: 1,
        scheduledFor: "2026-01-02T01:30:00.000Z",
        finishedAt: "2026-01-02T01:30:02.000Z",
        result: "failure",
        message: "Run 1 failed: <script>alert(1)</script>",
      },
      consecutiveFailures: 1,
      counts: { started: 1, succeeded: 0, failed: 1, skipped: 0, stopped: 0 },
    };
    const path = join(setup.dir, "exports", ".schedule-status.json");
    await writeFile(path, JSON.stringify(status));
    const running = await readPageForTest(setup.server, login, "/schedule");
    assert.ok(
      running.includes(
        `The scheduler is waiting for its next run: process ${process.pid} on ${hostname()}, started 2026-01-01 21:00 +01:00`,
      ),
      running,
    );
    assert.ok(
      running.includes(
        "Last run: number 1, failed, 2026-01-02 02:30 +01:00: Run 1 failed: &lt;script&gt;",
      ),
      running,
    );
    assert.ok(!running.includes("<script>alert"), running);

    await writeFile(path, JSON.stringify({ ...status, state: "stopped" }));
    const stopped = await readPageForTest(setup.server, login, "/schedule");
    assert.ok(
      stopped.includes("The scheduler stopped at 2026-01-02 02:30 +01:00."),
      stopped,
    );

    await writeFile(path, "{ not json");
    const damaged = await readPageForTest(setup.server, login, "/schedule");
    assert.ok(
      damaged.includes("The scheduler&#39;s status could not be read"),
      damaged,
    );

    const inRun = {
      ...status,
      state: "running",
      runNumber: 2,
      runStartedAt: "2026-01-03T01:30:01.000Z",
    };
    await writeFile(path, JSON.stringify(inRun));
    const exporting = await readPageForTest(setup.server, login, "/schedule");
    assert.ok(
      exporting.includes(
        "The scheduler is exporting (run 2, since 2026-01-03 02:30 +01:00)",
      ),
      exporting,
    );
  });

  it("shows a status whose dates are not dates as unreadable", async () => {
    const path = join(setup.dir, "exports", ".schedule-status.json");
    const broken = [
      { nextRunAt: "not a date" },
      { startedAt: "garbage" },
      { timeZone: "Not/AZone" },
    ];
    for (const overrides of broken) {
      await writeFile(
        path,
        JSON.stringify({ ...waitingSchedulerStatus(), ...overrides }),
      );
      const page = await readPageForTest(setup.server, login, "/schedule");
      assert.ok(
        page.includes(
          `The scheduler&#39;s status could not be read: The scheduler status &quot;${path}&quot; is damaged.`,
        ),
        page,
      );
    }
  });

  it("revokes the Trakt login from the page and forgets the tokens", async () => {
    const revoked = await postFormForTest(
      setup.server,
      login,
      "/trakt/revoke",
      [],
    );
    assert.equal(revoked.status, 303);
    const page = await readPageForTest(setup.server, login, "/trakt");
    assert.ok(page.includes("The Trakt token was revoked."), page);
    assert.ok(page.includes("Not logged in to Trakt."), page);
    const stored = await readStore(setup);
    assert.equal(stored?.accessToken, undefined);
    assert.ok(stored?.dashboardSecret !== undefined);
  });
});

describe("serve without Trakt app credentials or a schedule", () => {
  let setup: Setup;

  before(async () => {
    let dir = "";
    setup = await startServe(
      sandboxConfig(() => dir, ""),
      {
        withAppCredentials: false,
      },
    );
    dir = setup.dir;
  });
  after(() => stopServe(setup));

  it("keeps the secret in a 0600 file until app credentials are stored, and says so", async () => {
    const secretFile = join(
      setup.dir,
      "exports",
      ".export-trakt-dashboard-secret",
    );
    const mode = (await stat(secretFile)).mode & 0o777;
    assert.equal(mode, 0o600);
    assert.equal(await readStore(setup), undefined);
    assert.ok(
      setup
        .stderr()
        .includes(
          `Warning: The credential store keeps the dashboard secret with the Trakt app's client id and secret, and none are set yet, so the secret is kept in ${secretFile} (mode 0600) for now.`,
        ),
      setup.stderr(),
    );
  });

  it("tells how to configure a schedule when there is none", async () => {
    const login = await logInForTest(setup.server, { csrfPage: "/trakt" });
    const page = await readPageForTest(setup.server, login, "/schedule");
    assert.ok(
      page.includes(
        "No schedule is configured. Add cron = &quot;30 2 * * *&quot; under [schedule] in the config file",
      ),
      page,
    );

    // Once a scheduler started from the command line runs, its status is
    // what the page shows, without the set-up advice.
    await writeFile(
      join(setup.dir, "exports", ".schedule-status.json"),
      JSON.stringify(waitingSchedulerStatus()),
    );
    const running = await readPageForTest(setup.server, login, "/schedule");
    assert.ok(running.includes("The scheduler is waiting"), running);
    assert.ok(!running.includes("No schedule is configured"), running);
  });
});

describe("serve in the user's language", () => {
  it("prints its address, login link and secret file in German", async () => {
    const dir = await mkdtemp(join(tmpdir(), "export-trakt-serve-de-"));
    const configPath = join(dir, "config.toml");
    await writeFile(
      configPath,
      `[export]\noutput_dir = "${join(dir, "exports")}"\n\n[security]\nkeyring_backend = "file"\n\n[security.keyring]\nfile_path = "${join(dir, "credentials.enc")}"\n`,
      { mode: 0o600 },
    );
    const { context, readStderr } = createTestCliContext({
      env: { HOME: dir, ENCRYPTION_KEY: randomBytes(32).toString("base64") },
      cwd: dir,
      now: () => NOW,
      translator: createTranslator("de"),
    });

    const server = await serveCommand(
      { host: "127.0.0.1", port: 0, maxUploadMb: 10, config: configPath },
      context,
    );
    await server.close();
    await rm(dir, { recursive: true, force: true });

    const secretFile = join(dir, "exports", ".export-trakt-dashboard-secret");
    const lines = readStderr().split("\n");
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    for (const line of [
      `Warnung: Der Zugangsdatenspeicher verwahrt das Dashboard-Geheimnis zusammen mit Client-ID und Client-Secret der Trakt-App, und diese sind noch nicht gesetzt; deshalb bleibt das Geheimnis vorerst in ${secretFile} (Modus 0600). Führen Sie „export-trakt credentials set“ aus (oder setzen Sie client_id und client_secret unter [trakt]) und starten Sie das Dashboard neu, um es in den Speicher zu verschieben.`,
      `Das Dashboard-Geheimnis wurde in ${secretFile} angelegt.`,
      `Dashboard: ${server.url}`,
    ]) {
      assert.ok(
        lines.includes(line),
        `missing line: ${line}\n${lines.join("\n")}`,
      );
    }
    const link = lines.find((line) => line.startsWith("Melden Sie sich"));
    assert.match(
      link ?? "",
      /^Melden Sie sich innerhalb von 15 Minuten mit diesem Einmal-Link an: http:\/\/127\.0\.0\.1:\d+\/login\?token=\S+$/,
    );
    assert.ok(link?.includes(server.url), link);
  });

  it("refuses a remote --host in French and keeps the English message", async () => {
    const context: CliContext = {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      isStderrTty: false,
      env: {},
      cwd: tmpdir(),
      now: () => NOW,
      translator: createTranslator("fr"),
    };

    await assert.rejects(
      serveCommand({ host: "0.0.0.0", port: 0, maxUploadMb: 10 }, context),
      (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.equal(
          error.message,
          '--host "0.0.0.0" would expose the dashboard beyond this machine. Add --allow-remote if that is intended (preferably with --tls-cert and --tls-key), or use 127.0.0.1.',
        );
        assert.equal(
          translateError(error, context.translator.t),
          "--host « 0.0.0.0 » exposerait le tableau de bord au-delà de cette machine. Ajoutez --allow-remote si c'est voulu (de préférence avec --tls-cert et --tls-key), ou utilisez 127.0.0.1.",
        );
        return true;
      },
    );
  });
});
