import { PassThrough } from "node:stream";

import type { CliContext, TraktDependencies } from "../../src/cli/context.js";
import { resolveCliTranslator } from "../../src/cli/language.js";
import { runCli } from "../../src/cli/run.js";
import { createTranslator, type Translator } from "../../src/i18n/index.js";
import type { OpenKeyringEntry } from "../../src/security/index.js";

import { collect } from "./streams.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface TestCliContext {
  context: CliContext;
  /** Everything the command wrote to stderr so far. */
  readStderr: () => string;
}

/**
 * A context for calling a command in this process: no terminal, stdout
 * discarded, stderr kept. English and 2026-01-02T03:04:05Z unless told.
 */
export function createTestCliContext(options: {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  translator?: Translator;
  trakt?: TraktDependencies;
}): TestCliContext {
  const stderr = new PassThrough();
  const readStderr = collect(stderr);
  const context: CliContext = {
    stdout: new PassThrough(),
    stderr,
    isStderrTty: false,
    env: options.env ?? {},
    cwd: options.cwd,
    now: options.now ?? (() => new Date("2026-01-02T03:04:05Z")),
    translator: options.translator ?? createTranslator("en"),
    ...(options.trakt === undefined ? {} : { trakt: options.trakt }),
  };
  return { context, readStderr };
}

/**
 * Runs the CLI in this process with captured output and a fixed clock. The
 * language is chosen as in production, from `--config` and `env`; an empty
 * environment means English.
 */
export async function runCliForTest(
  argv: string[],
  options: {
    cwd: string;
    now?: Date;
    env?: NodeJS.ProcessEnv;
    trakt?: TraktDependencies;
    openKeyringEntry?: OpenKeyringEntry;
    /** Sees stderr as it is written, e.g. to act on a printed device code. */
    onStderr?: (text: string) => void;
  },
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const readOut = collect(stdout);
  const readErr = collect(stderr);
  const env = options.env ?? {};
  const translator = await resolveCliTranslator({
    argv,
    env,
    cwd: options.cwd,
    // The user's own config folder is never read: HOME points at the test's.
    homeDir: env.HOME ?? options.cwd,
  });
  const onStderr = options.onStderr;
  if (onStderr !== undefined) {
    stderr.on("data", (chunk: Buffer) => {
      onStderr(chunk.toString("utf8"));
    });
  }
  const context: CliContext = {
    stdout,
    stderr,
    isStderrTty: false,
    env,
    cwd: options.cwd,
    now: () => options.now ?? new Date("2026-01-02T03:04:05Z"),
    translator,
    ...(options.trakt === undefined ? {} : { trakt: options.trakt }),
    ...(options.openKeyringEntry === undefined
      ? {}
      : { openKeyringEntry: options.openKeyringEntry }),
  };
  const code = await runCli(argv, context);
  return { code, stdout: readOut(), stderr: readErr() };
}
