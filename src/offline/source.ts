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
  unreadable: string | undefined;
  read: () => Promise<Buffer>;
}

export interface ExportSource {
  kind: "zip" | "folder" | "file";
  entries: SourceEntry[];
  close: () => Promise<void>;
}

const MiB = 1024 * 1024;

function formatMiB(bytes: number): string {
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;
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
      `"${inputPath}" is a symbolic link; pass the real path of the export instead.`,
      inputPath,
    );
  }
  if (stats.isDirectory()) return openFolder(inputPath, limits);
  if (!stats.isFile()) {
    throw new InputError(
      `"${inputPath}" is neither a file nor a folder. Pass a Trakt data export .zip or its folder.`,
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

function checkEntrySize(size: number, limits: ReadLimits): string | undefined {
  return size > limits.maxEntryBytes
    ? `is ${formatMiB(size)}, over the ${formatMiB(limits.maxEntryBytes)} limit for one file`
    : undefined;
}

function openSingleFile(
  path: string,
  size: number,
  limits: ReadLimits,
): ExportSource {
  const tooBig = checkEntrySize(size, limits);
  if (tooBig !== undefined) {
    throw new InputError(
      `"${path}" ${tooBig}; it cannot be a Trakt export file.`,
      path,
    );
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
      throw new InputError(
        `Cannot list the folder "${dir}": ${describeError(error)}.`,
        dir,
        {
          cause: error,
        },
      );
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
        throw new InputError(
          `The folder "${root}" holds more than ${limits.maxEntries} files; a Trakt export has far fewer. Point --from at the export itself.`,
          root,
        );
      }
      if (!child.isFile()) {
        entries.push(
          unreadableEntry(
            relativePath,
            "is not a regular file (links and special files are not followed)",
          ),
        );
        continue;
      }
      const { size } = await lstat(fullPath);
      const tooBig = checkEntrySize(size, limits);
      totalBytes += size;
      entries.push({
        path: relativePath,
        baseName: child.name,
        size,
        unreadable: tooBig,
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
  const refuse = (reason: string) =>
    new InputError(
      `"${shownPath}" ${reason}. Replace it with the file from your Trakt export.`,
      shownPath,
    );
  let handle;
  try {
    handle = await open(
      fullPath,
      constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK,
    );
  } catch (error) {
    throw refuse(`cannot be opened (${describeError(error)})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw refuse("is not a regular file");
    const tooBig = checkEntrySize(stats.size, {
      ...DEFAULT_READ_LIMITS,
      maxEntryBytes: maxBytes,
    });
    if (tooBig !== undefined) throw refuse(tooBig);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function unreadableEntry(path: string, reason: string): SourceEntry {
  return {
    path,
    baseName: basename(path),
    size: 0,
    unreadable: reason,
    read: () =>
      Promise.reject(
        new InputError(`"${path}" cannot be read: ${reason}.`, path),
      ),
  };
}

function checkTotal(
  source: string,
  totalBytes: number,
  limits: ReadLimits,
): void {
  if (totalBytes > limits.maxTotalBytes) {
    throw new InputError(
      `"${source}" would unpack to ${formatMiB(totalBytes)}, over the ${formatMiB(limits.maxTotalBytes)} limit; it is not a plausible Trakt export (or it is a ZIP bomb). Nothing was written.`,
      source,
    );
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
        reject(
          new InputError(
            `"${zipPath}" holds more than ${limits.maxEntries} entries; a Trakt export has far fewer. Nothing was read.`,
            zipPath,
          ),
        );
        return;
      }
      if (!entry.fileName.endsWith("/")) found.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => {
      resolve(found);
    });
    zip.on("error", (error: unknown) => {
      reject(
        new InputError(
          `"${zipPath}" is damaged or unsafe (${toPrintable(describeError(error))}). Download the export from Trakt again.`,
          zipPath,
          {
            cause: error,
          },
        ),
      );
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
  let unreadable = checkEntrySize(size, limits);
  if (
    unreadable === undefined &&
    size > RATIO_CHECK_MIN_BYTES &&
    ratio > limits.maxCompressionRatio
  ) {
    unreadable = `inflates ${Math.round(ratio)} times its compressed size, over the limit of ${limits.maxCompressionRatio} (a ZIP bomb)`;
  }
  if (unreadable === undefined && entry.isEncrypted())
    unreadable = "is encrypted";

  const reasonForBomb = unreadable;
  return {
    path,
    baseName: path.split("/").pop() ?? path,
    size,
    unreadable,
    read: () =>
      reasonForBomb === undefined
        ? readZipEntry(zip, zipPath, entry, limits)
        : Promise.reject(
            new InputError(`"${path}" in "${zipPath}" ${reasonForBomb}.`, path),
          ),
  };
}

function readZipEntry(
  zip: yauzl.ZipFile,
  zipPath: string,
  entry: yauzl.Entry,
  limits: ReadLimits,
): Promise<Buffer> {
  const fail = (error: unknown) =>
    new InputError(
      `Cannot read "${toPrintable(entry.fileName)}" from "${zipPath}": ${describeError(error)}. The archive looks damaged; download the export from Trakt again.`,
      toPrintable(entry.fileName),
      { cause: error },
    );

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
          stream.destroy(
            new Error(`it inflates past ${formatMiB(limits.maxEntryBytes)}`),
          );
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
