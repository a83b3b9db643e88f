import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import type { Stats } from "node:fs";
import {
  chmod,
  lstat,
  mkdir,
  open,
  realpath,
  rename,
  rm,
} from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

import {
  localize,
  type MessageKey,
  type MessageParams,
} from "../i18n/index.js";
import {
  InputError,
  OutputError,
  SecurityError,
  describeError,
  folderNotCreatedError,
  toPrintable,
} from "../shared/index.js";

import {
  findPathTextProblem,
  isWithinFolder,
  listPathPrefixes,
} from "./path-rules.js";
import type { FilesystemSettings } from "./settings.js";

/**
 * Where a path came from. A path typed on the command line for this run may
 * lie outside the allowed folders; every other origin may not.
 */
export type PathOrigin = "cli" | "config" | "dashboard" | "data";

export type PathAccess = "read" | "write" | "create";

const ACCESS_VERBS: Readonly<Record<PathAccess, MessageKey>> = {
  read: "guard.access.read",
  write: "guard.access.write",
  create: "guard.access.create",
};

/** Builds the refusal of one path: a `guard.` key plus its details. */
type Refuse = (key: MessageKey, params?: MessageParams) => SecurityError;

/** Which mode a created file gets: secrets get the config mode. */
export type FileKind = "config" | "data";

export interface PathGuardOptions {
  /** Folder that relative paths are resolved against (config folder or cwd). */
  baseDir: string;
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if (isMissingPathError(error)) return undefined;
    throw error;
  }
}

function isMissingPathError(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    (error.code === "ENOENT" || error.code === "ENOTDIR")
  );
}

/** The real path of the deepest existing ancestor, plus the missing tail. */
async function resolveRealPath(absolutePath: string): Promise<string> {
  const missing: string[] = [];
  let current = absolutePath;
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch (error) {
      if (!isMissingPathError(error) || dirname(current) === current) {
        throw error;
      }
      missing.push(basename(current));
      current = dirname(current);
    }
  }
}

/**
 * The one gate for every path the tool opens or creates. Rules are judged on
 * the resolved path and, where it exists, on the real path behind any link.
 */
export class PathGuard {
  readonly #settings: FilesystemSettings;
  readonly #baseDir: string;

  constructor(settings: FilesystemSettings, options: PathGuardOptions) {
    this.#settings = settings;
    this.#baseDir = resolve(options.baseDir);
  }

  get settings(): FilesystemSettings {
    return this.#settings;
  }

  /**
   * Checks a path against every rule and returns it absolute. Throws
   * SecurityError naming the rule that refused it.
   */
  async checkPath(
    path: string,
    origin: PathOrigin,
    access: PathAccess = "read",
  ): Promise<string> {
    const refuse: Refuse = (key, params = {}) =>
      new SecurityError(
        localize(key, {
          ...params,
          access: localize(ACCESS_VERBS[access]),
          path: toPrintable(path),
        }),
      );

    switch (findPathTextProblem(path)) {
      case "empty":
        throw refuse("guard.emptyPath");
      case "nul":
        throw refuse("guard.nul");
      case "encoded":
        throw refuse("guard.encoded");
      case undefined:
        break;
    }

    const absolute = resolve(this.#baseDir, path);
    const bases = this.#settings.allowedBasePaths.map((base) =>
      resolve(this.#baseDir, base),
    );
    const restricted = this.#settings.restrictedPaths.map((folder) =>
      resolve(this.#baseDir, folder),
    );
    this.#checkRestricted(absolute, restricted, refuse);
    if (origin !== "cli" && !bases.some((b) => isWithinFolder(absolute, b))) {
      throw this.#refuseOutside(bases, refuse);
    }
    if (this.#settings.checkSymlinks) {
      await this.#checkNoSymlinks(absolute, bases, refuse);
    }

    // A link can still lead elsewhere when check_symlinks is off (or be
    // swapped in above the checked part), so the real path meets the same rules.
    const real = await resolveRealPath(absolute);
    // A restricted folder may itself be a link (/etc on some systems), so
    // its real path is compared too.
    const realRestricted = await Promise.all(restricted.map(resolveRealPath));
    this.#checkRestricted(real, [...restricted, ...realRestricted], refuse);
    if (origin !== "cli") {
      const realBases = await Promise.all(bases.map(resolveRealPath));
      if (!realBases.some((base) => isWithinFolder(real, base))) {
        throw this.#refuseOutside(bases, refuse);
      }
    }
    return absolute;
  }

  #refuseOutside(bases: readonly string[], refuse: Refuse): SecurityError {
    const folders = bases.map((base) => `"${toPrintable(base)}"`).join(", ");
    return refuse("guard.outside", { folders });
  }

  #checkRestricted(
    absolute: string,
    restricted: readonly string[],
    refuse: Refuse,
  ): void {
    for (const folder of restricted) {
      if (isWithinFolder(absolute, folder)) {
        throw refuse("guard.restricted", { folder: toPrintable(folder) });
      }
    }
  }

  /**
   * Refuses a symbolic link anywhere below the trusted prefix: the folder
   * holding an allowed base, or the base directory. Links above it (a
   * home folder on another disk) were set up by the machine's owner.
   */
  async #checkNoSymlinks(
    absolute: string,
    bases: readonly string[],
    refuse: Refuse,
  ): Promise<void> {
    const trusted = [this.#baseDir, ...bases.map((base) => dirname(base))]
      .filter((prefix) => isWithinFolder(absolute, prefix))
      .sort((a, b) => b.length - a.length)[0];

    for (const prefix of listPathPrefixes(absolute)) {
      if (trusted !== undefined && isWithinFolder(trusted, prefix)) continue;

      const stats = await lstatOrUndefined(prefix);
      if (stats === undefined) return;
      if (stats.isSymbolicLink()) {
        throw refuse("guard.symlink", { link: toPrintable(prefix) });
      }
    }
  }

  /** Reads a whole file, refusing links (where configured) and oversized files. */
  async readFile(path: string, origin: PathOrigin): Promise<Buffer> {
    const absolute = await this.checkPath(path, origin, "read");
    const flags =
      constants.O_RDONLY |
      (this.#settings.checkSymlinks ? constants.O_NOFOLLOW : 0);
    const maxBytes = this.#settings.maxFileSize;
    const shown = toPrintable(path);
    const tooLarge = (size: number): SecurityError =>
      new SecurityError(
        localize("guard.tooLarge", {
          path: shown,
          size: String(size),
          limit: String(maxBytes),
        }),
      );

    let handle;
    try {
      handle = await open(absolute, flags);
    } catch (error) {
      // The system's own English reason; the sentence around it is translated.
      const reason = describeError(error);
      throw new InputError(
        localize("guard.cannotOpen", { path: shown, reason }),
        absolute,
        { cause: error },
      );
    }
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) {
        throw new SecurityError(localize("guard.notFile", { path: shown }));
      }
      if (stats.size > maxBytes) throw tooLarge(stats.size);

      // The file may grow after the size check, so the read itself is capped.
      const buffer = Buffer.alloc(Math.min(maxBytes + 1, stats.size + 1));
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(
          buffer,
          length,
          buffer.length - length,
        );
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > maxBytes) throw tooLarge(length);
        if (length === buffer.length) break;
      }
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  }

  /**
   * Creates a folder (and missing parents) with the configured directory
   * mode, after checking it. Existing folders keep their mode. A folder that
   * cannot be made (a read-only mount, a refused permission) is an
   * OutputError naming it and `setting`, the config key or flag that chose it.
   */
  async ensureDirectory(
    path: string,
    origin: PathOrigin,
    setting?: string,
  ): Promise<string> {
    const absolute = await this.checkPath(path, origin, "create");
    const mode = this.#settings.directoryMode;

    for (const prefix of listPathPrefixes(absolute)) {
      const stats = await lstatOrUndefined(prefix);
      if (stats?.isDirectory() === true || stats?.isSymbolicLink() === true) {
        continue;
      }
      if (stats !== undefined) {
        throw new SecurityError(
          localize("guard.notFolder", {
            path: toPrintable(path),
            prefix: toPrintable(prefix),
          }),
        );
      }
      try {
        await mkdir(prefix, { mode });
        // mkdir applies the umask; the configured mode is the contract.
        await chmod(prefix, mode);
      } catch (error) {
        throw folderNotCreatedError(absolute, setting, error);
      }
    }

    // Re-check: a link swapped in while folders were being created is caught here.
    return this.checkPath(path, origin, "create");
  }

  /**
   * Writes a file through a temporary file and a rename, so a failed write
   * never leaves a half-written file, and never writes through a link.
   */
  async writeFileAtomic(
    path: string,
    data: string | Uint8Array,
    options: { origin: PathOrigin; kind: FileKind },
  ): Promise<string> {
    const absolute = await this.checkPath(path, options.origin, "write");
    await this.ensureDirectory(dirname(absolute), options.origin);
    const existing = await lstatOrUndefined(absolute);
    if (existing !== undefined && !existing.isFile()) {
      throw new SecurityError(
        localize("guard.existsNotFile", { path: toPrintable(path) }),
      );
    }

    const mode =
      options.kind === "config"
        ? this.#settings.configFileMode
        : this.#settings.dataFileMode;
    const temporary = join(
      dirname(absolute),
      `.${basename(absolute)}.${randomBytes(6).toString("hex")}.tmp`,
    );
    const flags =
      constants.O_WRONLY |
      constants.O_CREAT |
      constants.O_EXCL |
      constants.O_NOFOLLOW;
    try {
      const handle = await open(temporary, flags, mode);
      try {
        await handle.chmod(mode);
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, absolute);
    } catch (error) {
      await rm(temporary, { force: true });
      const reason = describeError(error);
      throw new OutputError(
        localize("guard.writeFailed", { path: toPrintable(path), reason }),
        absolute,
        { cause: error },
      );
    }
    return absolute;
  }
}
