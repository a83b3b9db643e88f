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

/** What reading a small file found: no file, its text, or a refusal. */
export type SmallFileRead =
  | { kind: "missing" }
  | { kind: "text"; text: string }
  | { kind: "refused"; reason: LocalizedText; cause?: unknown };

/**
 * Reads a small regular file as UTF-8 without ever waiting on it or
 * following it: a symbolic link, a FIFO or any other non-regular file, and
 * a file over `maxBytes`, are refused without being read, so a planted file
 * can neither redirect nor hang nor exhaust the reader. Other failures
 * (permissions, I/O) are thrown as they come.
 */
export async function readSmallRegularFile(
  path: string,
  maxBytes: number,
): Promise<SmallFileRead> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once.
    handle = await open(
      path,
      constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK,
    );
  } catch (error) {
    if (isErrorCode(error, "ENOENT")) return { kind: "missing" };
    if (isErrorCode(error, "ELOOP")) {
      return {
        kind: "refused",
        reason: localize("record.symlink"),
        cause: error,
      };
    }
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) {
      return { kind: "refused", reason: localize("record.notRegular") };
    }
    // One byte over the limit is enough to know the file is too large,
    // even if it grows while it is read.
    const buffer = Buffer.alloc(maxBytes + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) {
      const reason = localize("record.tooLarge", { limit: maxBytes });
      return { kind: "refused", reason };
    }
    return { kind: "text", text: buffer.toString("utf8", 0, bytesRead) };
  } finally {
    await handle.close();
  }
}

/**
 * Reads a small JSON record the tool keeps beside the exports (the export
 * state, the scheduler's status): `undefined` when there is no file, the
 * value when it has the schema's shape, an InputError naming the file
 * otherwise. Only a regular file of at most 1 MiB is read (see
 * `readSmallRegularFile`).
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

  let read: SmallFileRead;
  try {
    read = await readSmallRegularFile(path, MAX_RECORD_BYTES);
  } catch (error) {
    throw unreadable(describeError(error), error);
  }
  if (read.kind === "missing") return undefined;
  if (read.kind === "refused") throw unreadable(read.reason, read.cause);

  let json: unknown;
  try {
    json = JSON.parse(read.text);
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
