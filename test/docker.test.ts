import assert from "node:assert/strict";
import {
  access,
  chmod,
  mkdir,
  readFile,
  readdir,
  stat,
  writeFile,
} from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

import { serveCommand } from "../src/cli/commands/serve.js";
import {
  acquireExportLock,
  describeStaleLock,
  parseCronSchedule,
} from "../src/schedule/index.js";
import { VERSION } from "../src/shared/index.js";

import { createTestCliContext, runCliForTest } from "./support/cli.js";
import { REPO_ROOT, SAMPLE_ZIP } from "./support/paths.js";
import { makeTempDir, writeTree } from "./support/temp.js";
import { handOverForBuiltCli, runBuiltCli } from "./support/unprivileged.js";

// No Docker engine runs here, so the image is never built in this suite;
// these checks cover what can go wrong in the file without one.

interface Instruction {
  keyword: string;
  args: string;
}

async function readDockerfile(): Promise<Instruction[]> {
  const text = await readFile(join(REPO_ROOT, "Dockerfile"), "utf8");
  return text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const [keyword = "", ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    });
}

function jsonArgs(args: string): string[] {
  return JSON.parse(args) as string[];
}

async function readBinPath(): Promise<string> {
  const text = await readFile(join(REPO_ROOT, "package.json"), "utf8");
  const manifest = JSON.parse(text) as { bin: Record<string, string> };
  const bin = manifest.bin["export-trakt"];
  assert.ok(bin !== undefined, "package.json has no export-trakt bin");
  return bin;
}

describe("Dockerfile", () => {
  it("copies only paths that exist in the repository", async () => {
    const copies = (await readDockerfile()).filter(
      (instruction) =>
        instruction.keyword === "COPY" &&
        !instruction.args.startsWith("--from"),
    );
    assert.ok(copies.length > 0);
    for (const copy of copies) {
      const sources = copy.args.split(/\s+/).slice(0, -1);
      for (const source of sources) await access(join(REPO_ROOT, source));
    }
  });

  it("has a build stage and a runtime stage without dev dependencies", async () => {
    const instructions = await readDockerfile();
    const stages = instructions.filter((line) => line.keyword === "FROM");
    assert.deepEqual(
      stages.map((stage) => stage.args),
      ["node:20-bookworm-slim AS build", "node:20-bookworm-slim AS runtime"],
    );
    const runtime = instructions.slice(instructions.indexOf(stages[1]!));
    assert.ok(
      runtime.some(
        (line) => line.keyword === "RUN" && line.args.includes("--omit=dev"),
      ),
    );
    const fromBuild = runtime.filter((line) => line.args.startsWith("--from"));
    assert.deepEqual(
      fromBuild.map((line) => line.args),
      ["--from=build /build/dist/src ./dist/src"],
    );
  });

  it("starts the built CLI that package.json names as its bin", async () => {
    const instructions = await readDockerfile();
    const entry = instructions.find((line) => line.keyword === "ENTRYPOINT");
    assert.ok(entry !== undefined);
    assert.deepEqual(jsonArgs(entry.args), [
      "node",
      `/app/${await readBinPath()}`,
    ]);
    await access(join(REPO_ROOT, await readBinPath()));
  });

  it("runs as a user other than root", async () => {
    const users = (await readDockerfile()).filter(
      (line) => line.keyword === "USER",
    );
    const last = users.at(-1)?.args;
    assert.ok(last !== undefined, "no USER instruction");
    assert.ok(!["root", "0", "0:0"].includes(last), `USER is ${last}`);
  });

  it("checks health with a command the CLI has", async () => {
    const health = (await readDockerfile()).find(
      (line) => line.keyword === "HEALTHCHECK",
    );
    assert.ok(health !== undefined);
    const command = jsonArgs(health.args.slice(health.args.indexOf("[")));
    assert.deepEqual(command.slice(0, 2), [
      "node",
      `/app/${await readBinPath()}`,
    ]);

    const result = await runCliForTest(command.slice(2), {
      cwd: await makeTempDir(),
    });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `${VERSION}\n`);
  });
});

describe("docker-compose.example.yml", () => {
  it("schedules a nightly export with a valid cron and no secrets", async () => {
    const text = await readFile(
      join(REPO_ROOT, "docker-compose.example.yml"),
      "utf8",
    );
    assert.match(text, /- schedule\n\s+- "30 2 \* \* \*"\n/);
    parseCronSchedule("30 2 * * *", "Europe/Paris");
    assert.match(text, /read_only: true/);
    assert.match(text, /^\s+- --timezone\n\s+- Europe\/Paris$/m);
    assert.doesNotMatch(
      text,
      /(secret|token|password|client_id)\s*[:=]\s*["']?\w/i,
    );
  });

  it("checks the scheduler's health with a command the CLI has", async () => {
    const text = await readFile(
      join(REPO_ROOT, "docker-compose.example.yml"),
      "utf8",
    );
    const test = /^\s+test: (\[.*\])$/m.exec(text)?.[1];
    assert.ok(test !== undefined, "no healthcheck test");
    const command = jsonArgs(test);
    assert.deepEqual(command.slice(0, 3), [
      "CMD",
      "node",
      `/app/${await readBinPath()}`,
    ]);
    const argv = command.slice(3);

    // Without a scheduler the check fails; with a healthy one it passes.
    const cwd = await makeTempDir();
    const missing = await runCliForTest(argv, { cwd, env: { HOME: cwd } });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /No scheduler has written its status/);

    await writeTree(cwd, {
      "exports/.schedule-status.json": JSON.stringify({
        version: 1,
        pid: process.pid,
        hostname: hostname(),
        startedAt: "2026-01-01T00:00:00.000Z",
        updatedAt: "2026-01-02T01:30:00.000Z",
        expression: "30 2 * * *",
        timeZone: "Europe/Paris",
        state: "waiting",
        nextRunAt: "2026-01-03T01:30:00.000Z",
        lastRun: null,
        consecutiveFailures: 0,
        counts: { started: 0, succeeded: 0, failed: 0, skipped: 0, stopped: 0 },
      }),
    });
    const healthy = await runCliForTest(argv, { cwd, env: { HOME: cwd } });
    assert.equal(healthy.code, 0, healthy.stderr);
  });
});

async function readCompose(): Promise<string> {
  return readFile(join(REPO_ROOT, "docker-compose.example.yml"), "utf8");
}

/** The config lines docs/docker.md gives for a read-only config mount. */
async function readDocumentedConfig(): Promise<string> {
  const text = await readFile(join(REPO_ROOT, "docs", "docker.md"), "utf8");
  const block = /```toml\n(\[security\.audit\]\n[^`]*)```/.exec(text)?.[1];
  assert.ok(block !== undefined, "docs/docker.md shows no [security.audit]");
  return block;
}

/**
 * The container's /data in a temporary folder: a read-only config folder
 * holding `config` (its /data paths moved here), writable exports and logs
 * volumes, and a read-only top, as with `read_only: true`.
 */
async function makeDataFolder(config: string): Promise<string> {
  const data = await makeTempDir("export-trakt-data-");
  for (const folder of ["config", "exports", "logs"]) {
    await mkdir(join(data, folder));
  }
  await writeFile(
    join(data, "config", "config.toml"),
    config.replaceAll("/data/", `${data}/`),
    { mode: 0o600 },
  );
  await handOverForBuiltCli(data);
  await chmod(join(data, "config"), 0o555);
  await chmod(data, 0o555);
  return data;
}

/** Makes the folder removable again once a test is done with it. */
async function unlockDataFolder(data: string): Promise<void> {
  await chmod(data, 0o755);
  await chmod(join(data, "config"), 0o755);
}

describe("docker-compose.example.yml layout", () => {
  it("keeps a fixed host name, so a recreated container takes over a killed run's lock", async () => {
    const text = await readCompose();
    const name = /^ {4}hostname: ([\w.-]+)$/m.exec(text)?.[1];
    assert.ok(name !== undefined, "no fixed hostname: for the service");

    // The killed run and the next one both run as process 1 of a container
    // with that name; the lock is in the exports volume both times.
    const dir = await makeTempDir();
    const path = join(dir, "exports", ".export.lock");
    await writeTree(dir, {
      "exports/.export.lock": {
        pid: 1,
        hostname: name,
        startedAt: "2026-01-01T01:30:00.000Z",
        purpose: "scheduled",
        token: "fedcba9876543210",
      },
    });
    const stale: string[] = [];
    const lock = await acquireExportLock({
      path,
      pid: 1,
      hostname: name,
      now: () => new Date("2026-01-02T01:30:00.000Z"),
      isProcessAlive: (pid) => pid === 1,
      purpose: "scheduled",
      dirMode: 0o750,
      folderSetting: "[export] output_dir",
      onStaleLock: (holder, lockPath) => {
        stale.push(describeStaleLock(holder, lockPath).english);
      },
    });
    await lock.release();
    assert.equal(stale.length, 1, "the left lock was not taken over");
  });

  it("shows in the compose file the audit line docs/docker.md gives", async () => {
    const documented = await readDocumentedConfig();
    const text = await readCompose();
    const commented = documented
      .trim()
      .split("\n")
      .map((line) => `#   ${line}\n`)
      .join("");
    assert.ok(text.includes(commented), text);
    assert.match(documented, /^directory = "\/data\/logs\/audit"$/m);
  });

  it("exports the sample with a read-only config folder holding the documented line", async () => {
    const data = await makeDataFolder(await readDocumentedConfig());
    try {
      const result = await runBuiltCli(["export", "--from", SAMPLE_ZIP], {
        cwd: data,
      });

      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(await readdir(join(data, "config")), ["config.toml"]);
      const audit = await readdir(join(data, "logs", "audit"));
      assert.equal(audit.filter((name) => name.endsWith(".jsonl")).length, 1);
      assert.deepEqual((await readdir(data)).sort(), [
        "config",
        "exports",
        "logs",
      ]);
    } finally {
      await unlockDataFolder(data);
    }
  });

  it("stops with the audit folder and its key when a read-only config folder lacks that line", async () => {
    const data = await makeDataFolder(
      '[export]\nhistory_mode = "individual"\n',
    );
    try {
      const result = await runBuiltCli(["export", "--from", SAMPLE_ZIP], {
        cwd: data,
      });

      const folder = join(data, "config", "logs", "audit");
      assert.equal(result.code, 1);
      assert.equal(
        result.stderr,
        `Error: Could not create the folder "${folder}" ([security.audit] directory): EACCES: permission denied, mkdir '${join(data, "config", "logs")}'. Make its parent folder writable, or set [security.audit] directory to a folder that is.\n`,
      );
      assert.equal(result.stdout, "");
    } finally {
      await unlockDataFolder(data);
    }
  });

  it("serves the dashboard with its secret in the exports volume and nothing else written", async () => {
    // The env backend keeps the test away from this machine's keyring; a
    // container has none, so the secret goes to the file either way.
    const data = await makeDataFolder(
      `[security]\nkeyring_backend = "env"\n\n${await readDocumentedConfig()}`,
    );
    const { context, readStderr } = createTestCliContext({
      env: { HOME: data },
      cwd: data,
    });
    try {
      const server = await serveCommand(
        { host: "127.0.0.1", port: 0, maxUploadMb: 10 },
        context,
      );
      await server.close();

      const secretFile = join(
        data,
        "exports",
        ".export-trakt-dashboard-secret",
      );
      assert.equal((await stat(secretFile)).mode & 0o777, 0o600);
      assert.ok(
        readStderr().includes(`Created the dashboard secret in ${secretFile}.`),
      );
      assert.deepEqual((await readdir(data)).sort(), [
        "config",
        "exports",
        "logs",
      ]);
      assert.deepEqual(await readdir(join(data, "config")), ["config.toml"]);
    } finally {
      await unlockDataFolder(data);
    }
  });
});
