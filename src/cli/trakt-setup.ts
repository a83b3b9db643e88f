/**
 * What every command that talks to Trakt shares: the base-URL and CA flags,
 * where credentials come from, and building the client.
 */
import type { Command } from "commander";

import { localize, type Translate, type UserText } from "../i18n/index.js";
import {
  clientCredentialsFor,
  toRateLimitSettings,
  tokenStoreFor,
  type Runtime,
} from "../runtime/index.js";
import {
  createCredentialStore,
  toRateLimitAuditEvent,
} from "../security/index.js";
import { CredentialError } from "../shared/index.js";
import {
  DEFAULT_API_BASE_URL,
  DEFAULT_AUTH_BASE_URL,
  ENV_NAMES,
  SYSTEM_CLOCK,
  createTraktClient,
  isLoopbackHostname,
  normalizeBaseUrl,
  type ClientCredentials,
  type ClientCredentialsSource,
  type TokenStore,
  type TraktApiEvent,
  type TraktClient,
  type TraktClock,
} from "../trakt/index.js";

import { openCommandRuntime } from "./command-runtime.js";
import { writeWarnings, type CliContext } from "./context.js";

export interface TraktFlags {
  apiBaseUrl?: string;
  authBaseUrl?: string;
  caFile?: string;
  config?: string;
}

export function addTraktOptions(command: Command, t: Translate): Command {
  return command
    .option(
      "--api-base-url <url>",
      t("help.trakt.apiBaseUrl", { url: DEFAULT_API_BASE_URL }),
    )
    .option(
      "--auth-base-url <url>",
      t("help.trakt.authBaseUrl", { url: DEFAULT_AUTH_BASE_URL }),
    )
    .option("--ca-file <path>", t("help.trakt.caFile"));
}

/**
 * The base URLs: flags, then the config file. When only the API address is
 * given on the command line and it is loopback, OAuth goes to the same place:
 * a local sandbox serves both, and a login must never leak to the real Trakt
 * by accident.
 */
export function resolveBaseUrls(
  flags: TraktFlags,
  configured: { apiBaseUrl: string; authBaseUrl: string } = {
    apiBaseUrl: DEFAULT_API_BASE_URL,
    authBaseUrl: DEFAULT_AUTH_BASE_URL,
  },
): { apiBaseUrl: string; authBaseUrl: string } {
  const apiBaseUrl = normalizeBaseUrl(
    flags.apiBaseUrl ?? configured.apiBaseUrl,
    "--api-base-url",
  );
  const isLocalApi = isLoopbackHostname(new URL(apiBaseUrl).hostname);
  const authDefault =
    flags.apiBaseUrl !== undefined && isLocalApi
      ? apiBaseUrl
      : configured.authBaseUrl;
  const authBaseUrl = normalizeBaseUrl(
    flags.authBaseUrl ?? authDefault,
    "--auth-base-url",
  );
  return { apiBaseUrl, authBaseUrl };
}

/** Everything a Trakt command needs, built once from the configuration. */
export interface TraktSession {
  runtime: Runtime;
  tokens: TokenStore;
  credentials: ClientCredentialsSource;
  clock: TraktClock;
  /** Where the tokens are kept, for messages. */
  storeLocation: string;
  openClient: (options: {
    credentials: ClientCredentials;
    withTokens: boolean;
    onEvent?: (event: TraktApiEvent) => void;
  }) => Promise<TraktClient>;
}

/**
 * The session for these flags: client id and secret from the config, the
 * environment or the credential store; tokens from the credential store.
 * Tests and the demo inject their own stores through `context.trakt`.
 */
export function traktSession(
  flags: TraktFlags,
  context: CliContext,
  runtime: Runtime,
): TraktSession {
  const { config } = runtime.loaded;
  const warn = (message: UserText) => {
    writeWarnings(context, [message]);
  };
  const store = createCredentialStore({
    security: config.security,
    env: context.env,
    onEvent: runtime.onCredentialEvent,
  });
  const credentials =
    context.trakt?.credentials ??
    clientCredentialsFor(config, context.env, store);
  const tokens =
    context.trakt?.tokens ?? tokenStoreFor(store, credentials, warn);
  const clock = context.trakt?.clock ?? SYSTEM_CLOCK;
  const settings = resolveBaseUrls(flags, config.trakt);

  return {
    runtime,
    tokens,
    credentials,
    clock,
    storeLocation: context.trakt === undefined ? store.location : "memory",
    openClient: (options) =>
      createTraktClient({
        settings,
        https: runtime.https,
        rateLimits: toRateLimitSettings(config),
        onServerLimit: (hit) => {
          runtime.audit.record(toRateLimitAuditEvent(hit));
        },
        ...(flags.caFile === undefined ? {} : { caFile: flags.caFile }),
        baseDir: context.cwd,
        credentials: options.credentials,
        tokens: options.withTokens ? tokens : undefined,
        clock,
        ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
      }),
  };
}

export async function requireClientCredentials(
  session: TraktSession,
): Promise<ClientCredentials> {
  const credentials = await session.credentials.loadClientCredentials();
  if (credentials === undefined) {
    throw new CredentialError(
      localize("credentials.noClientId", {
        idVariable: ENV_NAMES.clientId,
        secretVariable: ENV_NAMES.clientSecret,
      }),
    );
  }
  return credentials;
}

/**
 * Runs `work` with a session for a Trakt command, recording the command's
 * start and end in the audit log.
 */
export async function withTraktSession<Result>(
  flags: TraktFlags,
  context: CliContext,
  command: string,
  work: (session: TraktSession) => Promise<Result>,
): Promise<Result> {
  const runtime = await openCommandRuntime(flags.config, context, command);
  try {
    const result = await work(traktSession(flags, context, runtime));
    runtime.close("success");
    return result;
  } catch (error) {
    runtime.close("failure");
    throw error;
  }
}
