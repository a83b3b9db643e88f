import { mkdirSync } from "node:fs";
import { basename, dirname } from "node:path";

import { createStream } from "rotating-file-stream";

export interface RotatingFileOptions {
  /** Absolute path of the current log file. */
  path: string;
  maxSizeBytes: number;
  /** Rotated files kept: `app.log.1` (newest) to `app.log.<maxFiles>`. */
  maxFiles: number;
  fileMode: number;
  dirMode: number;
  /**
   * Called once, when the file cannot be created, opened, written or
   * rotated; logging goes on without the file. A folder that cannot be
   * created is reported before this function returns.
   */
  onError: (error: Error) => void;
}

export interface RotatingFile {
  write: (line: string) => void;
  /** Flushes what is buffered and closes the file. */
  close: () => Promise<void>;
}

const CLOSED_FILE: RotatingFile = {
  write: () => undefined,
  close: () => Promise.resolve(),
};

function toError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(String(thrown));
}

/**
 * A log file that is renamed to `<name>.1` once it passes `maxSizeBytes`,
 * shifting older ones up and deleting the oldest, the way logrotate does.
 */
export function openRotatingFile(options: RotatingFileOptions): RotatingFile {
  let stream: ReturnType<typeof createStream>;
  try {
    // A missing log folder is created rather than being fatal at start-up.
    mkdirSync(dirname(options.path), {
      recursive: true,
      mode: options.dirMode,
    });
    stream = createStream(basename(options.path), {
      path: dirname(options.path),
      size: `${options.maxSizeBytes}B`,
      rotate: options.maxFiles,
      mode: options.fileMode,
    });
  } catch (error) {
    // A folder that cannot be made (no permission, a file in the way) is
    // the same loss as a file that cannot be written: said once, not fatal.
    options.onError(toError(error));
    return CLOSED_FILE;
  }

  let isBroken = false;
  stream.on("error", (error: Error) => {
    if (isBroken) return;
    isBroken = true;
    options.onError(error);
  });
  return {
    write: (line) => {
      if (!isBroken) stream.write(line);
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (isBroken || stream.writableEnded) {
          resolve();
          return;
        }
        stream.end(() => {
          resolve();
        });
      }),
  };
}
