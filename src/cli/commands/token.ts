import type { Command } from "commander";

import { localize } from "../../i18n/index.js";
import { CredentialError } from "../../shared/index.js";
import { revokeToken } from "../../trakt/index.js";
import { writeLine, type CliContext } from "../context.js";
import { addCommonOptions } from "../options.js";
import {
  addTraktOptions,
  requireClientCredentials,
  withTraktSession,
  type TraktFlags,
} from "../trakt-setup.js";

export interface TokenStatus {
  hasToken: boolean;
  /** ISO time, or null when unknown or there is no token. */
  expiresAt: string | null;
  isExpired: boolean | null;
  refreshAvailable: boolean;
}

/** `token status`: what is stored, never the token values themselves. */
export async function tokenStatus(
  flags: TraktFlags,
  context: CliContext,
): Promise<TokenStatus> {
  return withTraktSession(flags, context, "token status", async (session) => {
    const tokens = await session.tokens.load();
    const expiresAtMs = tokens?.expiresAtMs;
    return {
      hasToken: tokens !== undefined,
      expiresAt:
        expiresAtMs === undefined ? null : new Date(expiresAtMs).toISOString(),
      isExpired:
        expiresAtMs === undefined ? null : expiresAtMs <= session.clock.now(),
      refreshAvailable: tokens !== undefined && tokens.refreshToken !== "",
    };
  });
}

function noLogin(): CredentialError {
  return new CredentialError(localize("status.token.noLogin"));
}

/** `token refresh`: trades the refresh token for a new pair and stores it. */
export async function refreshCommand(
  flags: TraktFlags,
  context: CliContext,
): Promise<void> {
  await withTraktSession(flags, context, "token refresh", async (session) => {
    const tokens = await session.tokens.load();
    if (tokens === undefined) throw noLogin();
    const credentials = await requireClientCredentials(session);
    const client = await session.openClient({ credentials, withTokens: true });
    try {
      await client.transport.refreshTokens(tokens.accessToken);
    } finally {
      await client.close();
    }
  });
}

/** `token revoke`: logs out on Trakt, then forgets the tokens here. */
export async function revokeCommand(
  flags: TraktFlags,
  context: CliContext,
): Promise<void> {
  await withTraktSession(flags, context, "token revoke", async (session) => {
    const tokens = await session.tokens.load();
    if (tokens === undefined) throw noLogin();
    const credentials = await requireClientCredentials(session);
    const client = await session.openClient({ credentials, withTokens: false });
    try {
      await revokeToken(client.transport, credentials, tokens);
    } finally {
      await client.close();
    }
    await session.tokens.clear();
  });
}

export function registerToken(program: Command, context: CliContext): void {
  const { t } = context.translator;
  const token = program.command("token").description(t("help.token"));

  addCommonOptions(
    token
      .command("status")
      .description(t("help.token.status"))
      .option("--json", t("help.statusJson")),
    t,
  ).action(async (flags: { json?: boolean; config?: string }) => {
    const status = await tokenStatus(flags, context);
    if (flags.json === true) {
      context.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      return;
    }
    if (!status.hasToken) {
      writeLine(context.stderr, t("cli.token.none"));
      return;
    }
    const time = status.expiresAt ?? t("cli.token.unknownTime");
    const state =
      status.isExpired === true ? "cli.token.expired" : "cli.token.expires";
    writeLine(context.stderr, t(state, { time }));
  });

  addCommonOptions(
    addTraktOptions(
      token.command("refresh").description(t("help.token.refresh")),
      t,
    ),
    t,
  ).action(async (flags: TraktFlags) => {
    await refreshCommand(flags, context);
    writeLine(context.stderr, t("cli.token.refreshed"));
  });

  addCommonOptions(
    addTraktOptions(
      token.command("revoke").description(t("help.token.revoke")),
      t,
    ),
    t,
  ).action(async (flags: TraktFlags) => {
    await revokeCommand(flags, context);
    writeLine(context.stderr, t("cli.token.revoked"));
  });

  addCommonOptions(
    token.command("clear").description(t("help.token.clear")),
    t,
  ).action(async (flags: TraktFlags) => {
    await withTraktSession(flags, context, "token clear", (session) =>
      session.tokens.clear(),
    );
    writeLine(context.stderr, t("cli.token.cleared"));
  });
}
