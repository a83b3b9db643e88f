/**
 * What every command that talks to Trakt shares: the base-URL and CA flags,
 * where credentials come from, and building the client.
 */
import type { Command } from "commander";

import { CredentialError } from "../shared/index.js";
import {
  DEFAULT_API_BASE_URL,
  DEFAULT_AUTH_BASE_URL,
  ENV_NAMES,
  EnvTokenStore,
  SYSTEM_CLOCK,
  createTraktClient,
  isLoopbackHostname,
  normalizeBaseUrl,
  type ClientCredentials,
  type TraktApiEvent,
  type TraktClient,
  type TraktClock,
} from "../trakt/index.js";

import {
  writeLine,
  type CliContext,
  type TraktDependencies,
} from "./context.js";

export interface TraktFlags {
  apiBaseUrl?: string;
  authBaseUrl?: string;
  caFile?: string;
}

export function addTraktOptions(command: Command): Command {
  return command
    .option(
      "--api-base-url <url>",
      `Trakt API address (default ${DEFAULT_API_BASE_URL}); a loopback http:// URL reaches a local sandbox`,
    )
    .option(
      "--auth-base-url <url>",
      `Trakt OAuth address (default ${DEFAULT_AUTH_BASE_URL}, or the API address when that is loopback)`,
    )
    .option(
      "--ca-file <path>",
      "extra certificate authority (PEM) to trust, e.g. a sandbox started with --tls",
    );
}

/**
 * The base URLs from the flags. When only the API address is given and it
 * is loopback, OAuth goes to the same place: a local sandbox serves both, and
 * a login must never leak to the real Trakt by accident.
 */
export function resolveBaseUrls(flags: TraktFlags): {
  apiBaseUrl: string;
  authBaseUrl: string;
} {
  const apiBaseUrl = normalizeBaseUrl(
    flags.apiBaseUrl ?? DEFAULT_API_BASE_URL,
    "--api-base-url",
  );
  const isLocalApi = isLoopbackHostname(new URL(apiBaseUrl).hostname);
  const authDefault =
    flags.apiBaseUrl !== undefined && isLocalApi
      ? apiBaseUrl
      : DEFAULT_AUTH_BASE_URL;
  const authBaseUrl = normalizeBaseUrl(
    flags.authBaseUrl ?? authDefault,
    "--auth-base-url",
  );
  return { apiBaseUrl, authBaseUrl };
}

/**
 * The token store and client credentials for this run.
 *
 * TODO(#4): the environment variables are a stand-in. Once the encrypted
 * credential store lands, build it here and return
 * `fromCredentialStore(store)` (src/trakt/tokens.ts) for both `tokens` and
 * `credentials`, keeping TRAKT_CLIENT_ID / TRAKT_CLIENT_SECRET only as a
 * fallback for the client id and secret.
 */
export function traktDependencies(context: CliContext): TraktDependencies {
  if (context.trakt !== undefined) return context.trakt;
  const store = new EnvTokenStore(context.env, (message) => {
    writeLine(context.stderr, `Warning: ${message}`);
  });
  return { tokens: store, credentials: store };
}

export function traktClock(context: CliContext): TraktClock {
  return context.trakt?.clock ?? SYSTEM_CLOCK;
}

export async function requireClientCredentials(
  dependencies: TraktDependencies,
): Promise<ClientCredentials> {
  const credentials = await dependencies.credentials.loadClientCredentials();
  if (credentials === undefined) {
    throw new CredentialError(
      `No Trakt client id is set. Set ${ENV_NAMES.clientId} (and ${ENV_NAMES.clientSecret} for logging in) to your app's values from https://app.trakt.tv/settings/apps, or use --from with a Trakt data export instead.`,
    );
  }
  return credentials;
}

/** Builds the client for the flags; the caller closes it. */
export async function openTraktClient(
  flags: TraktFlags,
  context: CliContext,
  options: {
    credentials: ClientCredentials;
    withTokens: boolean;
    onEvent?: (event: TraktApiEvent) => void;
  },
): Promise<TraktClient> {
  const dependencies = traktDependencies(context);
  return createTraktClient({
    settings: resolveBaseUrls(flags),
    ...(flags.caFile === undefined ? {} : { caFile: flags.caFile }),
    baseDir: context.cwd,
    credentials: options.credentials,
    tokens: options.withTokens ? dependencies.tokens : undefined,
    clock: traktClock(context),
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
  });
}
