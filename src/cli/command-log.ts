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
 * The warning a logger writes on stderr when its log file cannot be written,
 * in the user's language.
 */
export function logFileFailureLine(
  context: CliContext,
): (path: string, reason: string) => string {
  const { t } = context.translator;
  return (path, reason) => {
    const message = t("logFile.unwritable", {
      path: toPrintable(path),
      reason: toPrintable(reason),
    });
    return t("cli.warning", { message });
  };
}

/**
 * The configured logger of a command: its log file (checked by the path
 * guard, written with the data-file mode) and, when `terminalLevels` is set,
 * only those levels on stderr.
 */
export async function openConfiguredLogger(
  runtime: Runtime,
  context: CliContext,
  settings: LoggingSettings,
  terminalLevels?: LoggingSettings["level"][],
): Promise<Logger> {
  const file =
    settings.file === undefined
      ? undefined
      : await runtime.dataGuard.checkPath(settings.file, "config", "create");
  return createLogger({
    settings: { ...settings, file },
    stream: context.stderr,
    isTty: context.isStderrTty,
    baseDir: context.cwd,
    fileMode: runtime.filesystem.dataFileMode,
    dirMode: runtime.filesystem.directoryMode,
    now: context.now,
    describeFileFailure: logFileFailureLine(context),
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
  flags: { quiet?: boolean; verbose?: boolean },
): Promise<CommandLog> {
  const settings = chooseLogging(flags, runtime.loaded.config.logging);
  const isForPeople = settings.format === "text";
  const logger = await openConfiguredLogger(
    runtime,
    context,
    settings,
    isForPeople ? (flags.verbose === true ? ["debug"] : []) : undefined,
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
