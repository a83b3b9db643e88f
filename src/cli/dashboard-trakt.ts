/**
 * The Trakt connection page's service: token status from the credential
 * store, a device login whose polling runs in the background, and revoke.
 * It runs the same calls as `export-trakt auth` and `token revoke`.
 */
import type {
  DashboardMetrics,
  DeviceLogin,
  TraktConnection,
  TraktTokenStatus,
} from "../dashboard/index.js";
import type { Runtime } from "../runtime/index.js";
import { englishOf, localize, type UserText } from "../i18n/index.js";
import {
  CredentialError,
  describeError,
  errorTextOf,
  isExpectedError,
} from "../shared/index.js";
import {
  pollDeviceToken,
  requestDeviceCode,
  revokeToken,
  type ClientCredentials,
  type DeviceCode,
  type TraktClient,
} from "../trakt/index.js";

import type { CliContext } from "./context.js";
import { countTraktEvent } from "./dashboard-services.js";
import {
  requireClientCredentials,
  traktSession,
  type TraktSession,
} from "./trakt-setup.js";

const GENERIC_FAILURE = localize("dashboardTrakt.internalFailure");

export interface DashboardTraktOptions {
  context: CliContext;
  runtime: Runtime;
  metrics: DashboardMetrics;
  /** Reports a fault (with its stack) to whoever runs the server. */
  logError: (message: string) => void;
}

/** A TraktConnection that can also stop a login still being polled. */
export interface ClosableTraktConnection extends TraktConnection {
  close(): void;
}

interface PendingLogin {
  session: TraktSession;
  client: TraktClient;
  credentials: ClientCredentials;
  code: DeviceCode;
  signal: AbortSignal;
}

export function createTraktConnection(
  options: DashboardTraktOptions,
): ClosableTraktConnection {
  const { context, runtime, metrics } = options;
  let pending: AbortController | undefined;
  let lastLoginError: UserText | undefined;

  const openSession = (): TraktSession => traktSession({}, context, runtime);
  const openClient = (session: TraktSession, credentials: ClientCredentials) =>
    session.openClient({
      credentials,
      withTokens: false,
      onEvent: (event) => {
        countTraktEvent(metrics, event);
      },
    });
  const recordLogin = (result: "success" | "failure", message: string) => {
    runtime.audit.record({
      eventType: result === "success" ? "auth_success" : "auth_failure",
      severity: result === "success" ? "low" : "medium",
      source: "dashboard",
      action: "device login",
      result,
      message,
    });
  };

  const finishLogin = async (login: PendingLogin): Promise<void> => {
    const { session, signal } = login;
    // Waiting through the signal lets a newer login (or the server
    // stopping) end this one between two polls.
    const clock = {
      ...session.clock,
      sleep: (ms: number) => session.clock.sleep(ms, signal),
    };
    try {
      const tokens = await pollDeviceToken(
        login.client.transport,
        login.credentials,
        login.code,
        clock,
      );
      await session.tokens.save(tokens);
      recordLogin("success", "Logged in to Trakt with a device code");
    } catch (error) {
      if (signal.aborted) return;
      lastLoginError = isExpectedError(error)
        ? errorTextOf(error)
        : GENERIC_FAILURE;
      recordLogin("failure", englishOf(lastLoginError));
      if (!isExpectedError(error)) {
        options.logError(
          `Trakt device login failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    } finally {
      await login.client.close();
    }
  };

  return {
    async readStatus(): Promise<TraktTokenStatus> {
      const extra = lastLoginError === undefined ? {} : { lastLoginError };
      try {
        const tokens = await openSession().tokens.load();
        if (tokens === undefined) return { isLoggedIn: false, ...extra };
        const expiresAtMs = tokens.expiresAtMs;
        return {
          isLoggedIn: true,
          ...(expiresAtMs === undefined
            ? {}
            : { expiresAt: new Date(expiresAtMs) }),
          ...extra,
        };
      } catch (error) {
        // An unreachable keyring is shown on the page with its advice
        // instead of failing the whole page.
        if (!(error instanceof CredentialError)) throw error;
        return { isLoggedIn: false, problem: errorTextOf(error), ...extra };
      }
    },

    async startDeviceLogin(): Promise<DeviceLogin> {
      const session = openSession();
      const credentials = await requireClientCredentials(session);
      const client = await openClient(session, credentials);
      let code: DeviceCode;
      try {
        code = await requestDeviceCode(client.transport, credentials);
      } catch (error) {
        await client.close();
        recordLogin("failure", describeError(error));
        throw error;
      }

      pending?.abort();
      const controller = new AbortController();
      pending = controller;
      lastLoginError = undefined;
      const login = { session, client, credentials, code };
      finishLogin({ ...login, signal: controller.signal }).catch(
        (error: unknown) => {
          options.logError(`Trakt device login failed: ${String(error)}`);
        },
      );
      const expiresAtMs = session.clock.now() + code.expiresInSeconds * 1000;
      return {
        userCode: code.userCode,
        verificationUrl: code.verificationUrl,
        expiresAt: new Date(expiresAtMs),
      };
    },

    async revoke(): Promise<void> {
      const session = openSession();
      const tokens = await session.tokens.load();
      if (tokens === undefined) {
        throw new CredentialError(localize("dashboardTrakt.noLogin"));
      }
      const credentials = await requireClientCredentials(session);
      const client = await openClient(session, credentials);
      try {
        await revokeToken(client.transport, credentials, tokens);
      } finally {
        await client.close();
      }
      await session.tokens.clear();
    },

    close(): void {
      pending?.abort();
    },
  };
}
