import { homedir } from "node:os";
import type { Readable, Writable } from "node:stream";

import type { OpenKeyringEntry } from "../security/index.js";
import {
  translateText,
  type Translator,
  type UserText,
} from "../i18n/index.js";
import { toPrintable } from "../shared/index.js";
import type {
  ClientCredentialsSource,
  TokenStore,
  TraktClock,
} from "../trakt/index.js";

import { resolveCliTranslator } from "./language.js";

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
  /** Renders every message the user reads, in the chosen language. */
  translator: Translator;
  /**
   * Aborted once stdout or stderr is closed by its reader (a pipe into
   * `head`): long commands stop at their next step, and no error is printed.
   */
  outputClosed?: AbortSignal;
}

/** The context of the running process, for the command line `argv`. */
export async function processContext(
  argv: readonly string[],
): Promise<CliContext> {
  const home = process.env.HOME;
  const translator = await resolveCliTranslator({
    argv,
    env: process.env,
    cwd: process.cwd(),
    homeDir: home !== undefined && home !== "" ? home : homedir(),
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    isStderrTty: process.stderr.isTTY,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    stdin: process.stdin,
    isStdinTty: process.stdin.isTTY,
    translator,
  };
}

/** Writes one line to a stream. */
export function writeLine(stream: Writable, line = ""): void {
  stream.write(`${line}\n`);
}

/**
 * Writes "Warning: …" on stderr, framed in the user's language; a catalogue
 * message is rendered in that language too.
 */
export function writeWarning(context: CliContext, warning: UserText): void {
  const { t } = context.translator;
  const message = translateText(warning, t);
  writeLine(context.stderr, t("cli.warning", { message }));
}

/** Writes each warning in the user's language, made safe to print. */
export function writeWarnings(
  context: CliContext,
  warnings: readonly UserText[],
): void {
  const { t } = context.translator;
  for (const warning of warnings) {
    writeWarning(context, toPrintable(translateText(warning, t)));
  }
}
