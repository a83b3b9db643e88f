import { resolve } from "node:path";
import type { Writable } from "node:stream";

import { pino, type StreamEntry } from "pino";

import { localize } from "../i18n/index.js";
import { SECRET_MASK } from "../security/index.js";
import { describeError, toPrintable } from "../shared/index.js";

import {
  REDACTED_PATHS,
  redactFields,
  redactMessage,
  type FieldRedaction,
  type LogFields,
} from "./fields.js";
import { openRotatingFile, type RotatingFile } from "./rotating-file.js";
import { LOG_LEVELS, type LoggingSettings, type LogLevel } from "./settings.js";
import { createTextDestination } from "./text-format.js";

export interface Logger {
  debug: (message: string, fields?: LogFields) => void;
  info: (message: string, fields?: LogFields) => void;
  warn: (message: string, fields?: LogFields) => void;
  error: (message: string, fields?: LogFields) => void;
  /** A logger that adds `bindings` to every line. */
  child: (bindings: LogFields) => Logger;
  /** Flushes and closes the log file, if any. */
  close: () => Promise<void>;
}

export interface LoggerOptions {
  settings: LoggingSettings;
  /** Where lines for people go: stderr in the CLI. */
  stream: Writable;
  /** Colours are used only on a terminal. */
  isTty: boolean;
  /** Folder a relative `settings.file` is resolved against. */
  baseDir: string;
  fileMode: number;
  dirMode: number;
  now: () => Date;
  /** Exact secret values (client secret, tokens) masked wherever they appear. */
  knownSecrets?: readonly string[];
  /**
   * Set when the log file could not even be checked (a folder on its path
   * cannot be read): no file is opened, and this is reported like a file
   * that cannot be written.
   */
  fileFailure?: Error;
  /**
   * The levels shown on `stream`; all of them (from `settings.level` up)
   * when unset. A command that prints its own lines for people shows none,
   * or only `debug` lines with `--verbose`; the file still gets every line.
   */
  terminalLevels?: readonly LogLevel[];
  /**
   * With `format = "text"`, the line written on `stream` when the log file
   * cannot be created or written, without its newline; English by default.
   * The CLI passes one in the user's language. `path` and `reason` arrive
   * printable: no control characters or terminal escapes. With
   * `format = "json"` the failure is a JSON log line instead.
   */
  describeFileFailure?: (path: string, reason: string) => string;
}

/** The message of the JSON line that reports a lost log file. */
const FILE_FAILURE_MESSAGE =
  "The log file could not be written; the command goes on without it.";

function describeFileFailureInEnglish(path: string, reason: string): string {
  const message = localize("logFile.unwritable", { path, reason });
  return localize("cli.warning", { message }).english;
}

/**
 * Reports that the log file is lost. The line goes straight to the stream,
 * whatever the level and terminal filters say: it is the only sign that the
 * file holds nothing. Outside text is made printable, so a path cannot add
 * lines or terminal escapes of its own.
 */
function createFileFailureReporter(
  options: LoggerOptions,
  redaction: FieldRedaction,
): (path: string, error: Error) => void {
  return (path, error) => {
    const reason = describeError(error);
    if (options.settings.format === "json") {
      const line = {
        level: "warn",
        time: options.now().toISOString(),
        msg: FILE_FAILURE_MESSAGE,
        ...redactFields({ path, reason }, redaction),
      };
      options.stream.write(`${JSON.stringify(line)}\n`);
      return;
    }
    const describe =
      options.describeFileFailure ?? describeFileFailureInEnglish;
    options.stream.write(
      `${describe(toPrintable(path), toPrintable(reason))}\n`,
    );
  };
}

function wrap(
  instance: pino.Logger,
  redaction: FieldRedaction,
  close: () => Promise<void>,
): Logger {
  const at =
    (level: LogLevel) =>
    (message: string, fields?: LogFields): void => {
      instance[level](
        redactFields(fields, redaction),
        redactMessage(message, redaction),
      );
    };
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (bindings) =>
      wrap(instance.child(redactFields(bindings, redaction)), redaction, close),
    close,
  };
}

/** The level of one of pino's JSON lines, as the formatter above writes it. */
function levelOfLine(line: string): LogLevel {
  const found = /"level":"(\w+)"/.exec(line)?.[1];
  return LOG_LEVELS.find((level) => level === found) ?? "error";
}

/**
 * The structured logger: human lines (or JSON lines with `format = "json"`)
 * on `stream`, and JSON lines in an optional rotating file. Every message
 * and field is masked here, whatever the caller passes.
 */
export function createLogger(options: LoggerOptions): Logger {
  const { settings } = options;
  const redaction = { knownSecrets: options.knownSecrets ?? [] };
  const toTerminal =
    settings.format === "json"
      ? { write: (line: string) => options.stream.write(line) }
      : createTextDestination(options.stream, options.isTty);
  const shown = options.terminalLevels;
  const destinations: StreamEntry<LogLevel>[] = [];
  if (shown === undefined) {
    destinations.push({ level: settings.level, stream: toTerminal });
  } else if (shown.length > 0) {
    const lowest = LOG_LEVELS.find((level) => shown.includes(level)) ?? "error";
    destinations.push({
      level: lowest,
      stream: {
        write: (line: string) => {
          if (shown.includes(levelOfLine(line))) toTerminal.write(line);
        },
      },
    });
  }

  let file: RotatingFile | undefined;
  if (settings.file !== undefined) {
    const path = resolve(options.baseDir, settings.file);
    const reportFailure = createFileFailureReporter(options, redaction);
    if (options.fileFailure === undefined) {
      file = openRotatingFile({
        path,
        maxSizeBytes: settings.maxSizeBytes,
        maxFiles: settings.maxFiles,
        fileMode: options.fileMode,
        dirMode: options.dirMode,
        // Losing the file must not stop an unattended run; the other lines
        // still go out, and this says why the file stopped.
        onError: (error) => {
          reportFailure(path, error);
        },
      });
      destinations.push({ level: settings.level, stream: file });
    } else {
      reportFailure(path, options.fileFailure);
    }
  }

  const instance = pino(
    {
      level: settings.level,
      base: null,
      messageKey: "msg",
      timestamp: () => `,"time":"${options.now().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACTED_PATHS], censor: SECRET_MASK },
    },
    pino.multistream(destinations),
  );
  const opened = file;
  return wrap(instance, redaction, () => opened?.close() ?? Promise.resolve());
}
