/**
 * Opens what `--from` points at (a ZIP, a folder, or one JSON/TXT file) as a
 * flat list of entries that can be read on demand. A ZIP is read in place,
 * never extracted, and every size is capped before and while inflating.
 */
import type { Dirent } from "node:fs";
import { constants } from "node:fs";
import { lstat, open, readdir, readFile } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { promisify } from "node:util";

import yauzl from "yauzl";

import { localize } from "../i18n/index.js";
import { InputError, describeError, toPrintable } from "../shared/index.js";

import {
  refuseUnreadable,
  toMiB,
  type UnreadableReason,
} from "./unreadable.js";

export interface ReadLimits {
  /** Most files a ZIP or folder may hold. */
  maxEntries: number;
  /** Largest single file, uncompressed. */
  maxEntryBytes: number;
  /** Largest total of all files, uncompressed. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for ZIP entries over 1 MiB. */
  maxCompressionRatio: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxEntries: 10_000,
  // A full Trakt history (100,000 viewings) is about 40 MB of JSON.
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxCompressionRatio: 200,
};

// Ratios are only meaningful on entries big enough to hurt.
const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

export interface SourceEntry {
  /** The entry's path inside the source, with "/" separators, for messages. */
  path: string;
  baseName: string;
  /** Uncompressed size in bytes (as declared, for ZIP entries). */
  size: number;
  /** Set when the entry cannot be read at all (encrypted, a symlink...). */
  unreadable: UnreadableReason | undefined;
  read: () => Promise<Buffer>;
}

export interface ExportSource {
  kind: "zip" | "folder" | "file";
  entries: SourceEntry[];
  close: () => Promise<void>;
}

/** Opens an input path; the caller must `close()` the result. */
export async function openSource(
  inputPath: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ExportSource> {
  let stats;
  try {
    stats = await lstat(inputPath);
  } catch (error) {
    const text = isNotFound(error)
      ? localize("input.missing", { path: inputPath })
      : localize("input.cannotOpen", {
          path: inputPath,
          reason: describeError(error),
        });
    throw new InputError(text, inputPath, { cause: error });
  }
  if (stats.isSymbolicLink()) {
    throw new InputError(
      localize("reader.inputSymlink", { path: inputPath }),
      inputPath,
    );
  }
  if (stats.isDirectory()) return openFolder(inputPath, limits);
  if (!stats.isFile()) {
    throw new InputError(
      localize("reader.notFileOrFolder", { path: inputPath }),
      inputPath,
    );
  }
  if (await hasZipSignature(inputPath)) return openZip(inputPath, limits);
  if (/\.(json|txt)$/i.test(inputPath))
    return openSingleFile(inputPath, stats.size, limits);
  throw new InputError(
    localize("input.notZip", { path: inputPath }),
    inputPath,
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

async function hasZipSignature(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const header = Buffer.alloc(4);
    const { bytesRead } = await handle.read(header, 0, 4, 0);
    // "PK\x03\x04" starts a ZIP with entries, "PK\x05\x06" an empty one.
    return bytesRead === 4 && header[0] === 0x50 && header[1] === 0x4b;
  } finally {
    await handle.close();
  }
}

function checkEntrySize(
  size: number,
  maxEntryBytes: number,
): UnreadableReason | undefined {
  return size > maxEntryBytes
    ? { kind: "too-big", size, limit: maxEntryBytes }
    : undefined;
}

function openSingleFile(
  path: string,
  size: number,
  limits: ReadLimits,
): ExportSource {
  if (size > limits.maxEntryBytes) {
    const text = localize("reader.fileTooBig", {
      path,
      size: toMiB(size),
      limit: toMiB(limits.maxEntryBytes),
    });
    throw new InputError(text, path);
  }
  const entry: SourceEntry = {
    path: basename(path),
    baseName: basename(path),
    size,
    unreadable: undefined,
    read: () => readFile(path),
  };
  return { kind: "file", entries: [entry], close: () => Promise.resolve() };
}

async function openFolder(
  root: string,
  limits: ReadLimits,
): Promise<ExportSource> {
  const entries: SourceEntry[] = [];
  let totalBytes = 0;
  const pending = [root];

  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let children: Dirent[];
    try {
      children = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const text = localize("reader.cannotListFolder", {
        path: dir,
        reason: describeError(error),
      });
      throw new InputError(text, dir, { cause: error });
    }
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) {
      const fullPath = join(dir, child.name);
      if (child.isDirectory()) {
        pending.push(fullPath);
        continue;
      }
      const relativePath = toPrintable(
        relative(root, fullPath).split(sep).join("/"),
      );
      if (entries.length >= limits.maxEntries) {
        const text = localize("reader.tooManyFiles", {
          path: root,
          limit: limits.maxEntries,
        });
        throw new InputError(text, root);
      }
      if (!child.isFile()) {
        entries.push(unreadableEntry(relativePath, { kind: "not-regular" }));
        continue;
      }
      const { size } = await lstat(fullPath);
      totalBytes += size;
      entries.push({
        path: relativePath,
        baseName: child.name,
        size,
        unreadable: checkEntrySize(size, limits.maxEntryBytes),
        read: () =>
          readRegularFile(fullPath, relativePath, limits.maxEntryBytes),
      });
    }
  }
  checkTotal(root, totalBytes, limits);
  return { kind: "folder", entries, close: () => Promise.resolve() };
}

/**
 * Reads a file of a folder export without following a link and within the
 * size cap, judged on the opened file itself: the folder was listed earlier
 * and the file may have been swapped for a link or a pipe since.
 */
async function readRegularFile(
  fullPath: string,
  shownPath: string,
  maxBytes: number,
): Promise<Buffer> {
  let handle;
  try {
    handle = await open(
      fullPath,
      constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK,
    );
  } catch (error) {
    const text = localize("reader.entryCannotOpen", {
      path: shownPath,
      reason: describeError(error),
    });
    throw new InputError(text, shownPath, { cause: error });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw refuseUnreadable(shownPath, { kind: "not-regular" });
    }
    const tooBig = checkEntrySize(stats.size, maxBytes);
    if (tooBig !== undefined) throw refuseUnreadable(shownPath, tooBig);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function unreadableEntry(path: string, reason: UnreadableReason): SourceEntry {
  return {
    path,
    baseName: basename(path),
    size: 0,
    unreadable: reason,
    read: () => Promise.reject(refuseUnreadable(path, reason)),
  };
}

function checkTotal(
  source: string,
  totalBytes: number,
  limits: ReadLimits,
): void {
  if (totalBytes > limits.maxTotalBytes) {
    const text = localize("reader.totalTooBig", {
      path: source,
      size: toMiB(totalBytes),
      limit: toMiB(limits.maxTotalBytes),
    });
    throw new InputError(text, source);
  }
}

const openZipFile = promisify(
  (
    path: string,
    options: yauzl.Options,
    callback: (error: Error | null, zip: yauzl.ZipFile) => void,
  ) => {
    yauzl.open(path, options, callback);
  },
);

async function openZip(
  zipPath: string,
  limits: ReadLimits,
): Promise<ExportSource> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZipFile(zipPath, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    throw new InputError(
      localize("input.unreadableZip", {
        path: zipPath,
        reason: describeError(error),
      }),
      zipPath,
      { cause: error },
    );
  }

  try {
    const rawEntries = await listZipEntries(zip, zipPath, limits);
    let totalBytes = 0;
    const entries = rawEntries.map((entry) => {
      totalBytes += entry.uncompressedSize;
      return toSourceEntry(zip, zipPath, entry, limits);
    });
    checkTotal(zipPath, totalBytes, limits);
    const close = () => {
      zip.close();
      return Promise.resolve();
    };
    return { kind: "zip", entries, close };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function listZipEntries(
  zip: yauzl.ZipFile,
  zipPath: string,
  limits: ReadLimits,
): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const found: yauzl.Entry[] = [];
    zip.on("entry", (entry: yauzl.Entry) => {
      if (found.length >= limits.maxEntries) {
        const text = localize("reader.tooManyEntries", {
          path: zipPath,
          limit: limits.maxEntries,
        });
        reject(new InputError(text, zipPath));
        return;
      }
      if (!entry.fileName.endsWith("/")) found.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => {
      resolve(found);
    });
    zip.on("error", (error: unknown) => {
      const text = localize("reader.zipDamaged", {
        path: zipPath,
        reason: toPrintable(describeError(error)),
      });
      reject(new InputError(text, zipPath, { cause: error }));
    });
    zip.readEntry();
  });
}

function toSourceEntry(
  zip: yauzl.ZipFile,
  zipPath: string,
  entry: yauzl.Entry,
  limits: ReadLimits,
): SourceEntry {
  const path = toPrintable(entry.fileName);
  const size = entry.uncompressedSize;
  const ratio = size / Math.max(entry.compressedSize, 1);
  let unreadable = checkEntrySize(size, limits.maxEntryBytes);
  if (
    unreadable === undefined &&
    size > RATIO_CHECK_MIN_BYTES &&
    ratio > limits.maxCompressionRatio
  ) {
    unreadable = {
      kind: "inflation",
      ratio: Math.round(ratio),
      limit: limits.maxCompressionRatio,
    };
  }
  if (unreadable === undefined && entry.isEncrypted()) {
    unreadable = { kind: "encrypted" };
  }

  const reason = unreadable;
  return {
    path,
    baseName: path.split("/").pop() ?? path,
    size,
    unreadable,
    read: () =>
      reason === undefined
        ? readZipEntry(zip, zipPath, entry, limits)
        : Promise.reject(refuseUnreadable(path, reason)),
  };
}

// yauzl checks that an entry inflates to exactly the size its headers
// declare (validateEntrySizes) and says so in these words; they are matched
// so that a lying header gets its own message instead of yauzl's English.
const SIZE_MISMATCH = /^(too many|not enough) bytes in the stream\b/;

function readZipEntry(
  zip: yauzl.ZipFile,
  zipPath: string,
  entry: yauzl.Entry,
  limits: ReadLimits,
): Promise<Buffer> {
  const path = toPrintable(entry.fileName);
  const fail = (error: unknown) => {
    const isSizeMismatch =
      error instanceof Error && SIZE_MISMATCH.test(error.message);
    const text = isSizeMismatch
      ? localize("reader.entrySizeMismatch", {
          path,
          zip: zipPath,
          declared: entry.uncompressedSize,
        })
      : localize("reader.entryDamaged", {
          path,
          zip: zipPath,
          reason: describeError(error),
        });
    return new InputError(text, path, { cause: error });
  };

  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (openError, stream) => {
      if (openError) {
        reject(fail(openError));
        return;
      }
      const chunks: Buffer[] = [];
      let received = 0;
      stream.on("data", (chunk: Buffer) => {
        received += chunk.length;
        // yauzl also checks the declared size; this guards the absolute cap.
        if (received > limits.maxEntryBytes) {
          const text = localize("reader.entryOverCap", {
            path,
            zip: zipPath,
            limit: toMiB(limits.maxEntryBytes),
          });
          reject(new InputError(text, path));
          stream.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on("error", (error) => {
        reject(fail(error));
      });
      stream.on("end", () => {
        resolve(Buffer.concat(chunks, received));
      });
    });
  });
}
