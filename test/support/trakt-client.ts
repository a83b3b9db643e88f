/**
 * Helpers for tests of the Trakt client against a sandbox on loopback: a
 * clock whose sleeps return at once (but are recorded), and a client built
 * through the same settings production uses (loopback base URLs).
 */
import { after } from "node:test";

import {
  createSandbox,
  type Sandbox,
  type SandboxOptions,
} from "../../src/sandbox/index.js";
import {
  DEFAULT_HTTPS_SETTINGS,
  type HttpsSettings,
} from "../../src/security/index.js";
import {
  MemoryTokenStore,
  createTraktClient,
  staticClientCredentials,
  toTraktTokens,
  type TraktApiSettings,
  type TraktClient,
  type TraktClock,
} from "../../src/trakt/index.js";
import type { TraktDependencies } from "../../src/cli/context.js";

export interface RecordingClock extends TraktClock {
  /** Every sleep asked for, in milliseconds. */
  sleeps: number[];
}

/** Real time plus whatever the code slept, without really sleeping. */
export function createRecordingClock(): RecordingClock {
  // Time moves only when the client sleeps, so waits are exact to the ms.
  const startMs = Date.now();
  let offsetMs = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => startMs + offsetMs,
    sleep: (ms) => {
      sleeps.push(ms);
      offsetMs += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
  };
}

export function loggedInStore(sandbox: Sandbox): MemoryTokenStore {
  return new MemoryTokenStore(toTraktTokens(sandbox.issueTokens()));
}

export async function clientFor(
  sandbox: Sandbox,
  options: {
    clock: TraktClock;
    tokens?: MemoryTokenStore;
    settings?: Partial<TraktApiSettings>;
    /** Changes to the HTTPS settings, such as a short timeout. */
    https?: Partial<HttpsSettings>;
  },
): Promise<TraktClient> {
  return createTraktClient({
    settings: {
      apiBaseUrl: sandbox.apiBaseUrl,
      authBaseUrl: sandbox.authBaseUrl,
      ...options.settings,
    },
    https: { ...DEFAULT_HTTPS_SETTINGS, ...options.https },
    baseDir: process.cwd(),
    credentials: {
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
    },
    tokens: options.tokens,
    clock: options.clock,
  });
}

/** What `context.trakt` needs for CLI runs against a sandbox. */
export function cliDependencies(
  sandbox: Sandbox,
  tokens: MemoryTokenStore,
  clock: TraktClock,
): TraktDependencies {
  return {
    tokens,
    credentials: staticClientCredentials({
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
    }),
    clock,
  };
}

/** Requests the sandbox saw for one path, by page. */
export function pagesRequested(sandbox: Sandbox, path: string): number[] {
  return sandbox
    .stats()
    .requests.filter((record) => record.path === path)
    .map((record) => record.page);
}

/** A sandbox on loopback, closed when the test file ends. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const sandbox = await createSandbox(options);
  after(() => sandbox.close());
  return sandbox;
}
