import { constants, open } from "node:fs/promises";

import type { z } from "zod";

import {
  localize,
  type LocalizedText,
  type MessageKey,
} from "../i18n/index.js";

import { InputError, describeError } from "./errors.js";

/** The records this tool keeps are a few kilobytes; anything far larger is not one. */
const MAX_RECORD_BYTES = 1024 * 1024;

export interface JsonRecordMessages {
  /** Takes `{path}` and `{reason}`. */
  unreadable: MessageKey;
  /** Takes `{path}`. */
  damaged: MessageKey;
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

/**
 * Reads a small JSON record the tool keeps beside the exports (the export
 * state, the scheduler's status): `undefined` when there is no file, the
 * value when it has the schema's shape, an InputError naming the file
 * otherwise. A link, a FIFO or any other non-regular file, and a file over
 * 1 MiB, are refused without being read, so a planted file can neither
 * redirect nor hang nor exhaust the reader.
 */
export async function readJsonRecord<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  messages: JsonRecordMessages,
): Promise<z.infer<Schema> | undefined> {
  const unreadable = (reason: string | LocalizedText, cause?: unknown) =>
    new InputError(localize(messages.unreadable, { path, reason }), path, {
      cause,
    });

  let text: string;
  try {
    const handle = await open(
      path,
      constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK,
    );
    try {
      if (!(await handle.stat()).isFile()) {
        throw unreadable(localize("record.notRegular"));
      }
      // One byte over the limit is enough to know the file is too large,
      // even if it grows while it is read.
      const buffer = Buffer.alloc(MAX_RECORD_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > MAX_RECORD_BYTES) {
        throw unreadable(
          localize("record.tooLarge", { limit: MAX_RECORD_BYTES }),
        );
      }
      text = buffer.toString("utf8", 0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (isErrorCode(error, "ENOENT")) return undefined;
    if (isErrorCode(error, "ELOOP")) {
      throw unreadable(localize("record.symlink"), error);
    }
    throw unreadable(describeError(error), error);
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    json = error;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new InputError(localize(messages.damaged, { path }), path, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
