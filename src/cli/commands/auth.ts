import type { Command } from "commander";

import {
  pollDeviceToken,
  requestDeviceCode,
  type TraktTokens,
} from "../../trakt/index.js";
import { writeLine, type CliContext } from "../context.js";
import { addCommonOptions } from "../options.js";
import {
  addTraktOptions,
  requireClientCredentials,
  withTraktSession,
  type TraktFlags,
} from "../trakt-setup.js";

/**
 * `export-trakt auth`: Trakt's device login. Shows the address and the code
 * (no browser needed, so it works over SSH and in containers), polls until
 * the code is approved, and stores the tokens.
 */
export async function authCommand(
  flags: TraktFlags,
  context: CliContext,
): Promise<TraktTokens> {
  const { t } = context.translator;
  return withTraktSession(flags, context, "auth", async (session) => {
    const credentials = await requireClientCredentials(session);
    const client = await session.openClient({ credentials, withTokens: false });
    try {
      const code = await requestDeviceCode(client.transport, credentials);
      const minutes = Math.round(code.expiresInSeconds / 60);
      writeLine(
        context.stderr,
        t("cli.auth.openCode", {
          url: code.verificationUrl,
          code: code.userCode,
          minutes,
        }),
      );
      const tokens = await pollDeviceToken(
        client.transport,
        credentials,
        code,
        session.clock,
      );
      await session.tokens.save(tokens);
      session.runtime.audit.record({
        eventType: "auth_success",
        severity: "low",
        source: "cli",
        action: "device login",
        result: "success",
        message: "Logged in to Trakt with a device code",
        details: { store: session.storeLocation },
      });
      writeLine(context.stderr, t("cli.auth.done"));
      return tokens;
    } catch (error) {
      session.runtime.audit.record({
        eventType: "auth_failure",
        severity: "medium",
        source: "cli",
        action: "device login",
        result: "failure",
        message: error instanceof Error ? error.message : "login failed",
      });
      throw error;
    } finally {
      await client.close();
    }
  });
}

export function registerAuth(program: Command, context: CliContext): void {
  const { t } = context.translator;
  const command = program.command("auth").description(t("help.auth"));
  addCommonOptions(addTraktOptions(command, t), t).action(
    async (flags: TraktFlags) => {
      await authCommand(flags, context);
    },
  );
}
