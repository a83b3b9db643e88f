import { constants } from "node:os";
import type { Writable } from "node:stream";

import { localize } from "../i18n/index.js";
import { AppError } from "../shared/index.js";

/**
 * The exit code of a program that a closed pipe ends (`yes | head`): shells
 * report death by SIGPIPE as 128 + 13. Node ignores SIGPIPE and reports an
 * EPIPE error instead, so the CLI sets this code itself.
 */
export const CLOSED_OUTPUT_EXIT_CODE = 128 + constants.signals.SIGPIPE;

function isBrokenPipe(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "EPIPE";
}

/**
 * Watches the process's output streams for a reader that went away (`… |
 * head -1`). Node reports that as an EPIPE error event, which would crash
 * the process with a stack trace; here it aborts the returned signal, so a
 * long command stops at its next step and unwinds normally (releasing the
 * export lock, closing the log). Later writes to the closed stream are
 * dropped by Node. Any other stream error still ends the process as a bug.
 */
export function watchForClosedOutput(
  streams: readonly Writable[],
): AbortSignal {
  const controller = new AbortController();
  for (const stream of streams) {
    stream.on("error", (error: unknown) => {
      if (!isBrokenPipe(error)) throw error;
      if (!controller.signal.aborted) {
        controller.abort(new AppError(localize("outputClosed.stopped")));
      }
    });
  }
  return controller.signal;
}
