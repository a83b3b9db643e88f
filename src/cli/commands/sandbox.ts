import { Option, type Command } from "commander";
import { z } from "zod";

import {
  createSandbox,
  generateSandboxData,
  isLoopbackHost,
  loadSandboxData,
  loadSandboxDataJson,
  parseFaultSpec,
  type SandboxData,
  type SandboxFault,
} from "../../sandbox/index.js";
import { localize, type MessageKey, type Translate } from "../../i18n/index.js";
import { UsageError, toPrintable } from "../../shared/index.js";

import { type CliContext, writeLine } from "../context.js";

/** Reads `--data` into SandboxData. */
export type SandboxDataLoader = (path: string) => Promise<SandboxData>;

/** A `.json` file of SandboxData keys, or a Trakt data export. */
const loadDataFile: SandboxDataLoader = (path) =>
  loadSandboxData(path, loadSandboxDataJson);

export interface SandboxCommandOptions {
  dataPath: string | undefined;
  host: string;
  port: number;
  allowRemote: boolean;
  latencyMs: number;
  faultSpec: string | undefined;
  tls: boolean;
  autoApprove: boolean;
  /** The sandbox runs until this is aborted (SIGINT/SIGTERM in the CLI). */
  stop: AbortSignal;
}

export interface SandboxCommandResult {
  baseUrl: string;
  requests: number;
  rateLimited: number;
}

// The demo polls every second instead of Trakt's 5 s, and a device code is
// approved a moment after it is shown, as if someone typed it in.
const DEMO_DEVICE_INTERVAL_SECONDS = 1;
const AUTO_APPROVE_AFTER_MS = 1500;
const MS_PER_SECOND = 1000;

// Served without --data, so the sandbox has something to show on its own.
const BUILT_IN_SIZES = {
  historyMovies: 40,
  historyEpisodes: 10,
  ratings: 15,
  watchlist: 8,
  lists: 2,
  itemsPerList: 5,
  comments: 4,
};

function parseFaults(spec: string | undefined): SandboxFault[] {
  return spec === undefined ? [] : parseFaultSpec(spec);
}

/** The fault rules as given, one after another; undefined without any. */
function describeFaults(spec: string | undefined): string | undefined {
  const rules = (spec ?? "")
    .split(";")
    .map((rule) => rule.trim())
    .filter((rule) => rule !== "");
  return rules.length === 0 ? undefined : toPrintable(rules.join("; "));
}

/**
 * `Label: value` lines whose values start in one column, whatever the
 * labels' length in the user's language; fields without a value are left out.
 */
function alignFields(
  fields: readonly [MessageKey, string | undefined][],
  t: Translate,
): string[] {
  const shown = fields.flatMap(([key, value]) =>
    value === undefined ? [] : [{ label: t(key), value }],
  );
  const width = Math.max(...shown.map(({ label }) => label.length));
  return shown.map(({ label, value }) => {
    const padding = " ".repeat(width - label.length);
    return t("sandbox.field", { label, value: `${padding}${value}` });
  });
}

async function waitForAbort(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  await new Promise<void>((resolve) => {
    signal.addEventListener("abort", () => {
      resolve();
    });
  });
}

/**
 * Runs the sandbox until `options.stop` is aborted, printing where it
 * listens and which client credentials to use.
 */
export async function runSandboxCommand(
  options: SandboxCommandOptions,
  context: CliContext,
  loadData: SandboxDataLoader = loadDataFile,
): Promise<SandboxCommandResult> {
  const faults = parseFaults(options.faultSpec);
  if (!options.allowRemote && !isLoopbackHost(options.host)) {
    throw new UsageError(
      localize("sandbox.remoteHost", { host: toPrintable(options.host) }),
    );
  }

  const data =
    options.dataPath === undefined
      ? generateSandboxData(BUILT_IN_SIZES)
      : await loadData(options.dataPath);
  const sandbox = await createSandbox({
    data,
    host: options.host,
    port: options.port,
    allowRemote: options.allowRemote,
    latencyMs: options.latencyMs,
    faults,
    tls: options.tls,
    deviceIntervalSeconds: DEMO_DEVICE_INTERVAL_SECONDS,
    ...(options.autoApprove
      ? { autoApproveAfterMs: AUTO_APPROVE_AFTER_MS }
      : {}),
  });

  const { t } = context.translator;
  const out = context.stdout;
  writeLine(out, t("sandbox.banner"));
  const fields: [MessageKey, string | undefined][] = [
    ["sandbox.apiBaseUrl", sandbox.apiBaseUrl],
    ["sandbox.authBaseUrl", sandbox.authBaseUrl],
    ["sandbox.clientId", sandbox.clientId],
    ["sandbox.clientSecret", sandbox.clientSecret],
    ["sandbox.user", sandbox.username],
    ["sandbox.caCertificate", sandbox.caCertPath],
    ["sandbox.faults", describeFaults(options.faultSpec)],
  ];
  for (const line of alignFields(fields, t)) writeLine(out, line);
  writeLine(
    out,
    options.autoApprove
      ? t("sandbox.autoApprove", {
          seconds: AUTO_APPROVE_AFTER_MS / MS_PER_SECOND,
        })
      : t("sandbox.approveAt", { url: `${sandbox.authBaseUrl}/activate` }),
  );
  writeLine(
    out,
    sandbox.caCertPath === undefined
      ? t("sandbox.howTo", { url: sandbox.apiBaseUrl })
      : t("sandbox.howToTls", {
          url: sandbox.apiBaseUrl,
          ca: sandbox.caCertPath,
        }),
  );
  writeLine(out, t("sandbox.stopHint"));

  await waitForAbort(options.stop);
  const stats = sandbox.stats();
  await sandbox.close();
  writeLine(
    context.stderr,
    t("sandbox.stopped", {
      count: stats.total,
      rateLimited: stats.rateLimited,
    }),
  );
  return {
    baseUrl: sandbox.baseUrl,
    requests: stats.total,
    rateLimited: stats.rateLimited,
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(
      localize("sandbox.port", { value: toPrintable(value) }),
    );
  }
  return port;
}

function parseLatency(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(
      localize("sandbox.latency", { value: toPrintable(value) }),
    );
  }
  return Number(value);
}

// What commander hands the action, checked rather than assumed.
const SandboxFlags = z.object({
  data: z.string().optional(),
  host: z.string(),
  port: z.number(),
  allowRemote: z.boolean(),
  latency: z.number(),
  faults: z.string().optional(),
  tls: z.boolean(),
  autoApprove: z.boolean(),
});

export function registerSandboxCommand(
  program: Command,
  context: CliContext,
  loadData: SandboxDataLoader = loadDataFile,
): void {
  const { t } = context.translator;
  program
    .command("sandbox")
    .description(t("help.sandbox"))
    .option("--data <path>", t("help.sandbox.data"))
    .option("--host <host>", t("help.sandbox.host"), "127.0.0.1")
    .addOption(
      new Option("--port <n>", t("help.sandbox.port"))
        .default(0)
        .argParser(parsePort),
    )
    .option("--allow-remote", t("help.sandbox.allowRemote"), false)
    .addOption(
      new Option("--latency <ms>", t("help.sandbox.latency"))
        .default(0)
        .argParser(parseLatency),
    )
    .option("--faults <spec>", t("help.sandbox.faults"))
    .option("--tls", t("help.sandbox.tls"), false)
    .option("--auto-approve", t("help.sandbox.autoApprove"), false)
    .action(async (rawFlags: unknown) => {
      const flags = SandboxFlags.parse(rawFlags);
      const controller = new AbortController();
      const stop = (): void => {
        controller.abort();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      try {
        await runSandboxCommand(
          {
            dataPath: flags.data,
            host: flags.host,
            port: flags.port,
            allowRemote: flags.allowRemote,
            latencyMs: flags.latency,
            faultSpec: flags.faults,
            tls: flags.tls,
            autoApprove: flags.autoApprove,
            stop: controller.signal,
          },
          context,
          loadData,
        );
      } finally {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
      }
    });
}
