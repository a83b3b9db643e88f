import { createWriteStream } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { join } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";

import busboy from "busboy";

import type { FormFields } from "./form-body.js";
import { HttpError } from "./http-errors.js";
import { isSameSecret } from "./sessions.js";

export interface ReceivedUpload {
  /** The ZIP inside a private temporary folder. */
  filePath: string;
  /** The name the browser gave, for the report; never used as a path. */
  originalName: string;
  fields: FormFields;
  /** Removes the temporary folder and everything in it. */
  remove: () => Promise<void>;
}

export interface UploadOptions {
  maxBytes: number;
  tempRoot: string;
  /** The session's CSRF token; the form must send it before the file. */
  csrfToken: string;
  fileField: string;
}

// Room for the multipart boundaries and the small fields around the file.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const ZIP_SIGNATURES = ["504b0304", "504b0506"];

/** Passes bytes through, failing unless they start with a ZIP signature. */
class ZipSignatureCheck extends Transform {
  #head = Buffer.alloc(0);
  #isChecked = false;

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: TransformCallback,
  ): void {
    if (!this.#isChecked) {
      this.#head = Buffer.concat([this.#head, chunk]);
      if (this.#head.length < 4) {
        callback();
        return;
      }
      this.#isChecked = true;
      if (!ZIP_SIGNATURES.includes(this.#head.subarray(0, 4).toString("hex"))) {
        callback(new HttpError(415, "The upload is not a ZIP file."));
        return;
      }
      callback(null, this.#head);
      return;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    callback(
      this.#isChecked
        ? null
        : new HttpError(415, "The upload is too short to be a ZIP file."),
    );
  }
}

/**
 * Streams a multipart upload to a file of mode 0600 in a fresh private
 * folder, refusing it (and deleting what was written) when it is over the
 * size cap, not a ZIP, or not preceded by the session's CSRF token.
 */
export async function receiveUpload(
  request: IncomingMessage,
  options: UploadOptions,
): Promise<ReceivedUpload> {
  const type = request.headers["content-type"] ?? "";
  if (!type.startsWith("multipart/form-data")) {
    throw new HttpError(415, "Expected a multipart form upload.");
  }
  const declared = Number(request.headers["content-length"] ?? "0");
  if (declared > options.maxBytes + MULTIPART_OVERHEAD_BYTES) {
    throw new HttpError(413, "The upload is over the size limit.");
  }

  const folder = await mkdtemp(join(options.tempRoot, "export-trakt-upload-"));
  await chmod(folder, 0o700);
  const remove = (): Promise<void> =>
    rm(folder, { recursive: true, force: true });
  const filePath = join(folder, "trakt-export.zip");
  try {
    const parsed = await parseMultipart(request, options, filePath);
    return { filePath, ...parsed, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

function parseMultipart(
  request: IncomingMessage,
  options: UploadOptions,
  filePath: string,
): Promise<{ originalName: string; fields: FormFields }> {
  return new Promise((resolve, reject) => {
    const fields: FormFields = {};
    let originalName: string | undefined;
    let writing: Promise<void> | undefined;
    let failure: unknown;
    const fail = (error: unknown): void => {
      failure ??= error;
      request.unpipe(parser);
      request.resume();
      reject(failure instanceof Error ? failure : new Error(String(failure)));
    };

    const parser = busboy({
      headers: request.headers,
      limits: {
        files: 1,
        fileSize: options.maxBytes,
        fields: 20,
        fieldSize: 1024,
        parts: 32,
      },
    });
    parser.on("field", (name, value) => {
      const existing = fields[name];
      if (existing === undefined) fields[name] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else fields[name] = [existing, value];
    });
    parser.on("file", (name, stream, info) => {
      const csrf = fields.csrf;
      if (typeof csrf !== "string" || !isSameSecret(options.csrfToken, csrf)) {
        stream.resume();
        fail(new HttpError(403, "The CSRF token is missing or wrong."));
        return;
      }
      if (name !== options.fileField || originalName !== undefined) {
        stream.resume();
        return;
      }
      originalName = info.filename;
      stream.on("limit", () => {
        fail(new HttpError(413, "The upload is over the size limit."));
      });
      const target = createWriteStream(filePath, { flags: "wx", mode: 0o600 });
      writing = pipeline(stream, new ZipSignatureCheck(), target);
      writing.catch(fail);
    });
    parser.on("error", fail);
    parser.on("close", () => {
      if (failure !== undefined) return;
      if (writing === undefined || originalName === undefined) {
        fail(new HttpError(400, "The form has no export file."));
        return;
      }
      const name = originalName;
      writing.then(() => {
        if (failure === undefined) resolve({ originalName: name, fields });
      }, fail);
    });
    request.pipe(parser);
  });
}
