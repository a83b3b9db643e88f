import { resolve } from "node:path";

import type { Command } from "commander";

import {
  DEFAULT_CLIENT_RATE_LIMIT,
  createDashboardDependencies,
  startDashboard,
  type DashboardServer,
} from "../../dashboard/index.js";
import {
  DEFAULT_FILESYSTEM_SETTINGS,
  PathGuard,
} from "../../security/index.js";
import { UsageError, toPrintable } from "../../shared/index.js";
import type { CliContext } from "../context.js";
import { writeLine } from "../context.js";
import { addCommonOptions, parsePositiveInteger } from "../options.js";

export interface ServeFlags {
  host: string;
  port: number;
  allowRemote?: boolean;
  tlsCert?: string;
  tlsKey?: string;
  exports: string;
  maxUploadMb: number;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(
      `--port must be a whole number from 0 to 65535, not "${toPrintable(value)}".`,
    );
  }
  return port;
}

async function readTls(
  flags: ServeFlags,
  context: CliContext,
): Promise<{ cert: Buffer; key: Buffer } | undefined> {
  if (flags.tlsCert === undefined && flags.tlsKey === undefined) {
    return undefined;
  }
  if (flags.tlsCert === undefined || flags.tlsKey === undefined) {
    throw new UsageError(
      "--tls-cert and --tls-key go together: pass both PEM files, or neither to serve plain HTTP on loopback.",
    );
  }
  const guard = new PathGuard(DEFAULT_FILESYSTEM_SETTINGS, {
    baseDir: context.cwd,
  });
  return {
    cert: await guard.readFile(resolve(context.cwd, flags.tlsCert), "cli"),
    key: await guard.readFile(resolve(context.cwd, flags.tlsKey), "cli"),
  };
}

/**
 * Starts the dashboard and prints its login link; resolves with the running
 * server. The caller stops it with `close()`.
 */
export async function serveCommand(
  flags: ServeFlags,
  context: CliContext,
): Promise<DashboardServer> {
  const isLoopback = LOOPBACK_HOSTS.has(flags.host);
  if (!isLoopback && flags.allowRemote !== true) {
    throw new UsageError(
      `--host "${toPrintable(flags.host)}" would expose the dashboard beyond this machine. Add --allow-remote if that is intended (preferably with --tls-cert and --tls-key), or use 127.0.0.1.`,
    );
  }
  const tls = await readTls(flags, context);
  const deps = await createDashboardDependencies({
    baseDir: context.cwd,
    exportsRoot: resolve(context.cwd, flags.exports),
    maxUploadBytes: flags.maxUploadMb * 1024 * 1024,
    clientRateLimit: DEFAULT_CLIENT_RATE_LIMIT,
    now: context.now,
    systemTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    logError: (message) => {
      writeLine(context.stderr, `Error: ${message}`);
    },
  });
  const server = await startDashboard(deps, {
    host: flags.host,
    port: flags.port,
    ...(tls === undefined ? {} : { tls }),
  });
  deps.auditLog.record({
    eventType: "system_start",
    severity: "low",
    source: "dashboard",
    action: "serve",
    result: "success",
    message: `Dashboard started on ${server.url}.`,
  });

  if (!isLoopback) {
    writeLine(
      context.stderr,
      `Warning: the dashboard listens on ${flags.host}, so other machines can reach it.${tls === undefined ? " Traffic, including the login link, is not encrypted; use --tls-cert and --tls-key." : ""}`,
    );
  }
  if (server.isSecretNew) {
    writeLine(
      context.stderr,
      `Created the dashboard secret in ${deps.secretStore.location} (mode 0600).`,
    );
  }
  writeLine(context.stderr, `Dashboard: ${server.url}`);
  writeLine(
    context.stderr,
    `Log in within 15 minutes with this one-time link: ${server.mintLoginLink()}`,
  );
  return server;
}

function waitForStopSignal(): Promise<string> {
  return new Promise((resolveSignal) => {
    const stop = (signal: string): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolveSignal(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export function registerServe(program: Command, context: CliContext): void {
  const { t } = context.translator;
  const command = program
    .command("serve")
    .description(t("help.serve"))
    .option("--host <host>", t("help.serve.host"), "127.0.0.1")
    .option("--port <port>", t("help.serve.port"), parsePort, 8080)
    .option("--allow-remote", t("help.serve.allowRemote"))
    .option("--tls-cert <file>", t("help.serve.tlsCert"))
    .option("--tls-key <file>", t("help.serve.tlsKey"))
    .option("--exports <dir>", t("help.serve.exports"), "exports")
    .option(
      "--max-upload-mb <n>",
      t("help.serve.maxUploadMb"),
      parsePositiveInteger("--max-upload-mb"),
      200,
    );

  addCommonOptions(command, t).action(async (flags: ServeFlags) => {
    const server = await serveCommand(flags, context);
    const signal = await waitForStopSignal();
    writeLine(context.stderr, `Stopping the dashboard (${signal}).`);
    await server.close();
  });
}
