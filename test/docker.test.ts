import assert from "node:assert/strict";
import { access, readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

import { parseCronSchedule } from "../src/schedule/index.js";
import { VERSION } from "../src/shared/index.js";

import { runCliForTest } from "./support/cli.js";
import { REPO_ROOT } from "./support/paths.js";
import { makeTempDir, writeTree } from "./support/temp.js";

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
