import { englishOf, translateText, type UserText } from "../i18n/index.js";
import {
  createLogger,
  type LogFields,
  type Logger,
  type LoggingSettings,
} from "../logging/index.js";
import type { Runtime } from "../runtime/index.js";
import { toPrintable } from "../shared/index.js";

import { writeWarning, type CliContext } from "./context.js";
import {
  checkLogFile,
  logFileRulesFor,
  type LogFileRules,
} from "./log-file.js";

/** `--quiet` and `--verbose` move the configured level. */
export function chooseLogging(
  flags: { quiet?: boolean; verbose?: boolean },
  configured: LoggingSettings,
): LoggingSettings {
  if (flags.verbose === true) return { ...configured, level: "debug" };
  if (flags.quiet === true) return { ...configured, level: "warn" };
  return configured;
}

/**
 * The warning a logger writes on stderr when its log file cannot be created
 * or written, in the user's language; the logger passes the path and the
 * reason already made printable.
 */
export function logFileFailureLine(
  context: CliContext,
): (path: string, reason: string) => string {
  const { t } = context.translator;
  return (path, reason) => {
    const message = t("logFile.unwritable", { path, reason });
    return t("cli.warning", { message });
  };
}

/**
 * The Trakt client secret from the config file and the environment, which
 * the logger masks wherever it appears, whatever its shape.
 */
export function knownSecretsOf(
  runtime: Runtime,
  context: CliContext,
): string[] {
  const candidates = [
    runtime.loaded.config.trakt.clientSecret,
    context.env.TRAKT_CLIENT_SECRET,
  ];
  return candidates.filter(
    (secret): secret is string => secret !== undefined && secret !== "",
  );
}

/** Everything a command's logger is made from, besides the context. */
export interface LoggerSetup {
  settings: LoggingSettings;
  /** What the log file is checked against before it is opened. */
  rules: LogFileRules;
  fileModes: { fileMode: number; dirMode: number };
  knownSecrets: readonly string[];
  now: () => Date;
  /** The levels shown on stderr; all of them when unset. */
  terminalLevels?: LoggingSettings["level"][];
}

/**
 * Opens the logger of a command. The log file is checked first (path
 * guard, the tool's own files, an existing file that is not a log), which
 * throws before anything runs; a file that cannot be opened or written is
 * one warning on stderr, and the command goes on without it.
 */
export async function openLogger(
  context: CliContext,
  setup: LoggerSetup,
): Promise<Logger> {
  const { settings } = setup;
  const checked =
    settings.file === undefined
      ? undefined
      : await checkLogFile(settings.file, setup.rules);
  return createLogger({
    settings: { ...settings, file: checked?.path },
    stream: context.stderr,
    isTty: context.isStderrTty,
    baseDir: context.cwd,
    ...setup.fileModes,
    now: setup.now,
    knownSecrets: setup.knownSecrets,
    describeFileFailure: logFileFailureLine(context),
    ...(checked?.failure === undefined ? {} : { fileFailure: checked.failure }),
    ...(setup.terminalLevels === undefined
      ? {}
      : { terminalLevels: setup.terminalLevels }),
  });
}

/** The logger `[logging]` describes, for a command run in `runtime`. */
export async function openConfiguredLogger(
  runtime: Runtime,
  context: CliContext,
  settings: LoggingSettings,
  terminalLevels?: LoggingSettings["level"][],
  outputFolder?: string,
): Promise<Logger> {
  return openLogger(context, {
    settings,
    rules: logFileRulesFor(runtime, context.cwd, outputFolder),
    fileModes: {
      fileMode: runtime.filesystem.dataFileMode,
      dirMode: runtime.filesystem.directoryMode,
    },
    knownSecrets: knownSecretsOf(runtime, context),
    now: context.now,
    ...(terminalLevels === undefined ? {} : { terminalLevels }),
  });
}

/**
 * Where a one-shot command reports. With `format = "text"` stderr is for
 * people: translated "Warning:" lines, the summary and the progress bar,
 * while the log file (if any) gets every event as a JSON line, and
 * `--verbose` adds the debug lines. With `format = "json"` stderr carries
 * only JSON lines, for log collectors, and nothing else is printed there.
 */
export interface CommandLog {
  readonly logger: Logger;
  /** True when stderr is for people (text format), false for JSON lines. */
  readonly isForPeople: boolean;
  /** A warning: translated on stderr for people, English in the log. */
  warn: (text: UserText, fields?: LogFields) => void;
  close: () => Promise<void>;
}

export async function openCommandLog(
  runtime: Runtime,
  context: CliContext,
  flags: { quiet?: boolean; verbose?: boolean; output?: string },
): Promise<CommandLog> {
  const settings = chooseLogging(flags, runtime.loaded.config.logging);
  const isForPeople = settings.format === "text";
  const logger = await openConfiguredLogger(
    runtime,
    context,
    settings,
    isForPeople ? (flags.verbose === true ? ["debug"] : []) : undefined,
    flags.output,
  );
  return {
    logger,
    isForPeople,
    warn: (text, fields) => {
      if (isForPeople) {
        writeWarning(
          context,
          toPrintable(translateText(text, context.translator.t)),
        );
      }
      logger.warn(englishOf(text), fields);
    },
    close: () => logger.close(),
  };
}

/**
 * Errors a command already reported in a form for machines (a JSON log line,
 * `--json` output), so the CLI only sets the exit code for them.
 */
const loggedErrors = new WeakSet<object>();

/** Records that `error` was reported, so it is not printed again. */
export function markReported(error: unknown): void {
  if (typeof error === "object" && error !== null) loggedErrors.add(error);
}

export function wasReported(error: unknown): boolean {
  return typeof error === "object" && error !== null && loggedErrors.has(error);
}
