import * as assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";

import { generateSandboxData } from "../../sandbox/index.js";
import { UsageError } from "../../shared/index.js";

import { createTranslator } from "../../i18n/index.js";
import type { CliContext } from "../context.js";
import { runSandboxCommand, type SandboxCommandOptions } from "./sandbox.js";

function captureContext() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let printed = "";
  stdout.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  stderr.resume();
  const context: CliContext = {
    stdout,
    stderr,
    isStderrTty: false,
    translator: createTranslator("en"),
    env: {},
    cwd: process.cwd(),
    now: () => new Date("2026-08-01T12:00:00.000Z"),
  };
  return { context, printed: () => printed };
}

function optionsWith(
  stop: AbortSignal,
  overrides: Partial<SandboxCommandOptions> = {},
): SandboxCommandOptions {
  return {
    dataPath: undefined,
    host: "127.0.0.1",
    port: 0,
    allowRemote: false,
    latencyMs: 0,
    faultSpec: undefined,
    tls: false,
    autoApprove: false,
    stop,
    ...overrides,
  };
}

async function waitForLine(read: () => string, pattern: RegExp) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const match = pattern.exec(read());
    if (match !== null) return match;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`No line matching ${String(pattern)} in:\n${read()}`);
}

describe("sandbox command", () => {
  it("serves the loaded data, prints the base URL and credentials, and stops", async () => {
    const { context, printed } = captureContext();
    const controller = new AbortController();
    const loadedPaths: string[] = [];
    const loadData = (path: string) => {
      loadedPaths.push(path);
      return Promise.resolve(generateSandboxData({ historyMovies: 2 }));
    };

    const running = runSandboxCommand(
      optionsWith(controller.signal, { dataPath: "export.json" }),
      context,
      loadData,
    );
    const match = await waitForLine(printed, /API base URL: +(\S+)/);
    const baseUrl = match[1] ?? "";
    const response = await fetch(`${baseUrl}/users/sandbox-user/history`, {
      headers: {
        "User-Agent": "export-trakt-tests",
        "trakt-api-key": "sandbox-client-id",
        "trakt-api-version": "2",
      },
    });
    controller.abort();
    const result = await running;

    assert.deepEqual(loadedPaths, ["export.json"]);
    assert.equal(response.status, 200);
    assert.match(printed(), /Client id: +sandbox-client-id\n/);
    assert.match(printed(), /Client secret: +sandbox-client-secret\n/);
    assert.equal(result.requests, 1);
  });

  it("refuses a non-loopback host without --allow-remote", async () => {
    const { context } = captureContext();
    const options = optionsWith(new AbortController().signal, {
      host: "0.0.0.0",
    });

    await assert.rejects(runSandboxCommand(options, context), (error) => {
      assert.ok(error instanceof UsageError);
      assert.equal(
        error.message,
        'Refusing --host "0.0.0.0": the sandbox listens on loopback (127.0.0.1, ::1, localhost) only. Add --allow-remote to listen there anyway.',
      );
      return true;
    });
  });

  it("refuses a bad fault spec before loading any data", async () => {
    const { context } = captureContext();
    const options = optionsWith(new AbortController().signal, {
      dataPath: "export.json",
      faultSpec: "explode",
    });
    const loadData = () => Promise.reject(new Error("must not be called"));

    await assert.rejects(
      runSandboxCommand(options, context, loadData),
      UsageError,
    );
  });
});

describe("sandbox command in the user's language", () => {
  it("prints its banner, addresses, CA file, faults and shutdown in French", async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let printed = "";
    let errors = "";
    stdout.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    stderr.on("data", (chunk: Buffer) => (errors += chunk.toString("utf8")));
    const context: CliContext = {
      stdout,
      stderr,
      isStderrTty: false,
      translator: createTranslator("fr"),
      env: {},
      cwd: process.cwd(),
      now: () => new Date("2026-08-01T12:00:00.000Z"),
    };
    const controller = new AbortController();

    const running = runSandboxCommand(
      optionsWith(controller.signal, {
        tls: true,
        autoApprove: true,
        faultSpec: "status=503,path=/sync/history,nth=2; drop,path=/users/*",
      }),
      context,
      () => Promise.resolve(generateSandboxData({ historyMovies: 2 })),
    );
    await waitForLine(() => printed, /^Arrêtez-le avec Ctrl\+C\.$/m);
    controller.abort();
    await running;

    const url = /^URL de base de l'API : +(https:\/\/127\.0\.0\.1:\d+)$/m.exec(
      printed,
    )?.[1];
    const ca = /^Certificat de l'AC : +(\S+)$/m.exec(printed)?.[1];
    assert.ok(url !== undefined && ca !== undefined, printed);
    assert.equal(
      printed,
      [
        "Bac à sable Trakt en marche : un serveur de test et de démonstration, pas Trakt.",
        `URL de base de l'API : ${url}`,
        `URL de base OAuth :    ${url}`,
        "Identifiant client :   sandbox-client-id",
        "Secret client :        sandbox-client-secret",
        "Utilisateur :          sandbox-user",
        `Certificat de l'AC :   ${ca}`,
        "Pannes simulées :      status=503,path=/sync/history,nth=2; drop,path=/users/*",
        "Les codes d'appareil sont approuvés automatiquement au bout de 1,5 s.",
        `Dirigez export-trakt vers lui avec --api-base-url ${url} --ca-file ${ca}, en donnant à TRAKT_CLIENT_ID et TRAKT_CLIENT_SECRET l'identifiant et le secret client ci-dessus.`,
        "Arrêtez-le avec Ctrl+C.",
        "",
      ].join("\n"),
    );
    assert.equal(
      errors,
      "Bac à sable arrêté après 0 requête (0 avec la réponse 429).\n",
    );
  });
});
