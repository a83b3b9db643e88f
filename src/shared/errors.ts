/**
 * The project's error classes. Callers choose behaviour by class; the CLI
 * entry maps them to exit codes (UsageError → 2, everything else → 1).
 */

import type { LocalizedText } from "../i18n/index.js";

export interface ErrorOptions {
  cause?: unknown;
}

/**
 * An error's text: plain English, or a catalogue key with its parameters so
 * that the CLI can show it in the user's language (`localize(key, params)`).
 */
export type ErrorText = string | LocalizedText;

export class AppError extends Error {
  override readonly name: string = "AppError";
  /** The catalogue key and parameters; `message` holds the English text. */
  readonly localized: LocalizedText | undefined;

  constructor(text: ErrorText, options: ErrorOptions = {}) {
    const message = typeof text === "string" ? text : text.english;
    super(message, options.cause === undefined ? {} : { cause: options.cause });
    this.localized = typeof text === "string" ? undefined : text;
  }
}

/** A bad flag, argument or configuration value, found before any work starts. */
export class UsageError extends AppError {
  override readonly name = "UsageError";
}

/** An input file or folder that cannot be read or understood. */
export class InputError extends AppError {
  override readonly name = "InputError";

  constructor(
    message: ErrorText,
    readonly file: string | undefined,
    options: ErrorOptions = {},
  ) {
    super(message, options);
  }
}

/** A file or folder that could not be written. */
export class OutputError extends AppError {
  override readonly name = "OutputError";

  constructor(
    message: ErrorText,
    readonly path: string,
    options: ErrorOptions = {},
  ) {
    super(message, options);
  }
}

/** A failure to reach a server at all: DNS, refused connection, timeout. */
export class NetworkError extends AppError {
  override readonly name = "NetworkError";
}

/** Missing, unreadable or rejected credentials. */
export class CredentialError extends AppError {
  override readonly name = "CredentialError";
}

/** A refusal by one of the security guards (path, HTTPS policy, limits). */
export class SecurityError extends AppError {
  override readonly name = "SecurityError";
}

/**
 * What went wrong with a Trakt answer: an error status, an HTML page where
 * JSON was expected, a body that is not JSON, JSON of the wrong shape, or a
 * rate limit that outlasted the wait allowed.
 */
export type TraktApiProblem =
  "status" | "html" | "not-json" | "schema" | "rate-limited";

/** An HTTP answer from Trakt that is not the expected success. */
export class TraktApiError extends AppError {
  override readonly name = "TraktApiError";
  readonly problem: TraktApiProblem;

  constructor(
    message: ErrorText,
    readonly status: number,
    readonly method: string,
    readonly path: string,
    options: ErrorOptions & { problem?: TraktApiProblem } = {},
  ) {
    super(message, options);
    this.problem = options.problem ?? "status";
  }
}

/** A broken invariant: a bug in this program, not in the input. */
export class InternalError extends AppError {
  override readonly name = "InternalError";
}

/** Exit code for an error: 2 for usage, 1 for any other failure. */
export function exitCodeFor(error: unknown): 1 | 2 {
  return error instanceof UsageError ? 2 : 1;
}

/** True for errors this program raises on purpose (not bugs). */
export function isExpectedError(error: unknown): error is AppError {
  return error instanceof AppError && !(error instanceof InternalError);
}

/**
 * What to show a person for an expected error: its catalogue message when it
 * has one (rendered later in the reader's language), else its English text.
 */
export function errorTextOf(error: unknown): ErrorText {
  if (error instanceof AppError && error.localized !== undefined) {
    return error.localized;
  }
  return describeError(error);
}

/** Names the runtime type of a thrown value for messages, never its content. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
