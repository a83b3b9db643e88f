import { resolve } from "node:path";

import type { Command } from "commander";

import {
  CredentialSecretStore,
  DEFAULT_CLIENT_RATE_LIMIT,
  DashboardMetrics,
  LOGIN_LINK_LIFETIME_MS,
  createDashboardDependencies,
  createSecretFileStore,
  startDashboard,
  type DashboardServer,
} from "../../dashboard/index.js";
import {
  clientCredentialsFor,
  openRuntime,
  toRateLimitSettings,
  type Runtime,
} from "../../runtime/index.js";
import {
  PathGuard,
  createCredentialStore,
  type RateLimitRule,
} from "../../security/index.js";
import { localize, translateText, type UserText } from "../../i18n/index.js";
import { UsageError, toPrintable } from "../../shared/index.js";
import { homeDirOf } from "../command-environment.js";
import type { CliContext } from "../context.js";
import { writeLine, writeWarning, writeWarnings } from "../context.js";
import {
  createLiveExportStarter,
  createScheduleView,
} from "../dashboard-services.js";
import { createTraktConnection } from "../dashboard-trakt.js";
import { addCommonOptions, parsePositiveInteger } from "../options.js";

export interface ServeFlags {
  host: string;
  port: number;
  allowRemote?: boolean;
  tlsCert?: string;
  tlsKey?: string;
  /** The exports folder; `[export] output_dir` of the config when unset. */
  exports?: string;
  maxUploadMb: number;
  config?: string;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(localize("serve.port", { value: toPrintable(value) }));
  }
  return port;
}

async function readTls(
  flags: ServeFlags,
  context: CliContext,
  runtime: Runtime,
): Promise<{ cert: Buffer; key: Buffer } | undefined> {
  if (flags.tlsCert === undefined && flags.tlsKey === undefined) {
    return undefined;
  }
  if (flags.tlsCert === undefined || flags.tlsKey === undefined) {
    throw new UsageError(localize("serve.tlsPair"));
  }
  const guard = new PathGuard(runtime.filesystem, { baseDir: context.cwd });
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
  if (!LOOPBACK_HOSTS.has(flags.host) && flags.allowRemote !== true) {
    throw new UsageError(
      localize("serve.remoteHost", { host: toPrintable(flags.host) }),
    );
  }
  const metrics = new DashboardMetrics();
  const runtime = await openRuntime({
    configPath: flags.config,
    env: context.env,
    cwd: context.cwd,
    homeDir: homeDirOf(context),
    now: context.now,
    command: "serve",
    onAuditFailure: (message) => {
      metrics.recordAuditWriteFailure();
      writeWarning(context, message);
    },
  });
  writeWarnings(context, runtime.warnings);
  try {
    return await startConfiguredDashboard(flags, context, runtime, metrics);
  } catch (error) {
    runtime.close("failure");
    throw error;
  }
}

/** A `dashboard` entry in [security.rate_limit.limits], else the default. */
function clientRateLimitOf(runtime: Runtime): RateLimitRule {
  const configured = runtime.loaded.config.security.rateLimit.limits.dashboard;
  return configured === undefined
    ? DEFAULT_CLIENT_RATE_LIMIT
    : {
        requestsPerMinute: configured.requestsPerMinute,
        burstCapacity: configured.burstCapacity,
      };
}

async function startConfiguredDashboard(
  flags: ServeFlags,
  context: CliContext,
  runtime: Runtime,
  metrics: DashboardMetrics,
): Promise<DashboardServer> {
  const { config } = runtime.loaded;
  const isLoopback = LOOPBACK_HOSTS.has(flags.host);
  const tls = await readTls(flags, context, runtime);
  const exportsRoot =
    flags.exports === undefined
      ? config.export.outputDir
      : resolve(context.cwd, flags.exports);
  const { t } = context.translator;
  const warn = (message: UserText): void => {
    writeWarning(context, toPrintable(translateText(message, t)));
  };
  const logError = (message: string): void => {
    writeLine(context.stderr, t("cli.error", { message }));
  };
  const store = createCredentialStore({
    security: config.security,
    env: context.env,
    onEvent: runtime.onCredentialEvent,
  });
  const appCredentials = clientCredentialsFor(config, context.env, store);
  const systemTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let secretStore: CredentialSecretStore | undefined;

  const baseDeps = await createDashboardDependencies({
    baseDir: context.cwd,
    exportsRoot,
    maxUploadBytes: flags.maxUploadMb * 1024 * 1024,
    clientRateLimit: clientRateLimitOf(runtime),
    now: context.now,
    systemTimeZone,
    logError,
    filesystem: runtime.filesystem,
    rateLimit: toRateLimitSettings(config),
    audit: { log: runtime.audit, directory: runtime.auditDirectory },
    metrics,
    exportsSetting:
      flags.exports === undefined ? "[export] output_dir" : "--exports",
    secretStore: (guard) => {
      secretStore = new CredentialSecretStore({
        store,
        loadAppCredentials: () => appCredentials.loadClientCredentials(),
        fallback: createSecretFileStore(exportsRoot, guard),
        onNotice: warn,
      });
      return secretStore;
    },
  });
  const traktConnection = createTraktConnection({
    context,
    runtime,
    metrics,
    logError,
  });
  const deps = {
    ...baseDeps,
    startLiveExport: createLiveExportStarter(context, runtime, metrics),
    traktConnection,
    schedule: createScheduleView(runtime, systemTimeZone, context.now),
  };
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
    const remote = tls === undefined ? "serve.remotePlain" : "serve.remoteTls";
    writeWarning(context, t(remote, { host: toPrintable(flags.host) }));
  }
  if (server.isSecretNew) {
    const placement = secretStore?.placement ?? {
      kind: "file",
      path: deps.secretStore.location,
    };
    writeLine(
      context.stderr,
      placement.kind === "file"
        ? t("serve.secretCreatedInFile", { path: placement.path })
        : t("serve.secretCreatedInStore", { location: placement.location }),
    );
  }
  writeLine(context.stderr, t("serve.url", { url: server.url }));
  writeLine(
    context.stderr,
    t("serve.loginLink", {
      minutes: LOGIN_LINK_LIFETIME_MS / 60_000,
      link: server.mintLoginLink(),
    }),
  );
  return {
    ...server,
    close: async () => {
      traktConnection.close();
      await server.close();
      runtime.close("success");
    },
  };
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
    .option("--exports <dir>", t("help.serve.exports"))
    .option(
      "--max-upload-mb <n>",
      t("help.serve.maxUploadMb"),
      parsePositiveInteger("--max-upload-mb"),
      200,
    );

  addCommonOptions(command, t).action(async (flags: ServeFlags) => {
    const server = await serveCommand(flags, context);
    const signal = await waitForStopSignal();
    writeLine(context.stderr, t("serve.stopping", { signal }));
    await server.close();
  });
}
