import type { Readable, Writable } from "node:stream";

import type { OpenKeyringEntry } from "../security/index.js";
import type {
  ClientCredentialsSource,
  TokenStore,
  TraktClock,
} from "../trakt/index.js";

/** Where the Trakt commands find credentials, and the clock they wait on. */
export interface TraktDependencies {
  tokens: TokenStore;
  credentials: ClientCredentialsSource;
  clock?: TraktClock;
}

/**
 * What a command needs from the process, passed in so that tests and the
 * dashboard can run the same commands with their own streams and clock.
 */
export interface CliContext {
  stdout: Writable;
  stderr: Writable;
  /** True when stderr is a terminal: progress bars and colours are allowed. */
  isStderrTty: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => Date;
  /** Where prompts read answers; absent when nothing can be asked. */
  stdin?: Readable;
  /** True when stdin is a terminal: secrets can be typed without echo. */
  isStdinTty?: boolean;
  /** Injected by tests and the demo; the environment is used when unset. */
  trakt?: TraktDependencies;
  /** Replaces the OS keyring; tests pass a fake so no D-Bus is reached. */
  openKeyringEntry?: OpenKeyringEntry;
}

export function processContext(): CliContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    isStderrTty: process.stderr.isTTY,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    stdin: process.stdin,
    isStdinTty: process.stdin.isTTY,
  };
}

/** Writes one line to a stream. */
export function writeLine(stream: Writable, line = ""): void {
  stream.write(`${line}\n`);
}
