/**
 * The one place that decides which HTTP status an error becomes. Routes
 * throw; the server renders the status with a fixed, translated message, so
 * no error page ever shows a stack trace or echoes request input.
 */
import { ZodError } from "zod";

import {
  AppError,
  CredentialError,
  InputError,
  SecurityError,
  UsageError,
} from "../shared/index.js";

import type { MessageKey } from "../i18n/index.js";

export type HttpStatus =
  400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503;

/** A refusal decided by the dashboard itself, with the status to answer. */
export class HttpError extends AppError {
  override readonly name = "HttpError";

  constructor(
    readonly status: HttpStatus,
    message: string,
    options: { cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message, options.cause === undefined ? {} : { cause: options.cause });
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  readonly retryAfterSeconds: number | undefined;
}

/** Maps any thrown value to the status the client gets. */
export function toHttpStatus(error: unknown): HttpStatus {
  if (error instanceof HttpError) return error.status;
  if (error instanceof ZodError) return 400;
  if (error instanceof SecurityError) return 403;
  if (error instanceof UsageError || error instanceof InputError) return 400;
  if (error instanceof CredentialError) return 503;
  return 500;
}

/** The catalogue message shown for a status. */
export function messageKeyFor(status: HttpStatus): MessageKey {
  return `error.${status}`;
}

/** True for statuses caused by the client, which are not server faults. */
export function isClientStatus(status: HttpStatus): boolean {
  return status < 500;
}
