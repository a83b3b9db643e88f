import { basename, dirname } from "node:path";

import { createStream } from "rotating-file-stream";

import { createFolderSync } from "../shared/index.js";

export interface RotatingFileOptions {
  /** Absolute path of the current log file. */
  path: string;
  maxSizeBytes: number;
  /** Rotated files kept: `app.log.1` (newest) to `app.log.<maxFiles>`. */
  maxFiles: number;
  fileMode: number;
  dirMode: number;
  /** Called once per failure to write or rotate; logging goes on without the file. */
  onError: (error: Error) => void;
}

export interface RotatingFile {
  write: (line: string) => void;
  /** Flushes what is buffered and closes the file. */
  close: () => Promise<void>;
}

/**
 * A log file that is renamed to `<name>.1` once it passes `maxSizeBytes`,
 * shifting older ones up and deleting the oldest, the way logrotate does.
 */
export function openRotatingFile(options: RotatingFileOptions): RotatingFile {
  // A missing log folder is created rather than being fatal at start-up;
  // one that cannot be created stops the command with an error naming it.
  createFolderSync(dirname(options.path), {
    mode: options.dirMode,
    setting: "[logging] file",
  });
  const stream = createStream(basename(options.path), {
    path: dirname(options.path),
    size: `${options.maxSizeBytes}B`,
    rotate: options.maxFiles,
    mode: options.fileMode,
  });
  let isBroken = false;
  stream.on("error", (error: Error) => {
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
