import { constants, open } from "node:fs/promises";

import {
  localize,
  type LocalizedText,
  type MessageKey,
  type UserText,
} from "../i18n/index.js";
import { UsageError } from "../shared/index.js";

import { type ConfigSource, locateConfig } from "./locate.js";
import { parseConfigText, readLanguageSetting } from "./parse.js";
import type { AppConfig } from "./types.js";

export interface LoadConfigOptions {
  /** The `--config` flag, when given. */
  explicitPath?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  homeDir: string;
}

export interface LoadedConfig {
  config: AppConfig;
  /** Absolute path of the file read, or `undefined` when defaults apply. */
  path: string | undefined;
  source: ConfigSource | "defaults";
  /** Each starts with its key path; English in `englishOf(warning)`. */
  warnings: LocalizedText[];
}

// A config file is a few kilobytes; anything far larger is not one.
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Finds, reads, validates and normalises the configuration. */
export async function loadConfig(
  options: LoadConfigOptions,
): Promise<LoadedConfig> {
  const location = await locateConfig({
    explicitPath: options.explicitPath,
    env: options.env,
    cwd: options.cwd,
    homeDir: options.homeDir,
  });
  if (location === undefined) {
    const parsed = parseConfigText("", { ...options, configPath: undefined });
    return { ...parsed, path: undefined, source: "defaults" };
  }

  const text = await readConfigFile(location.path, location.source);
  const parsed = parseConfigText(text, {
    env: options.env,
    cwd: options.cwd,
    configPath: location.path,
  });
  return { ...parsed, path: location.path, source: location.source };
}

/**
 * The `[i18n] language` of the config file `loadConfig` would read, even when
 * other keys of that file are wrong, so that its problems can be reported in
 * the language it asks for. `undefined` when there is no file, it cannot be
 * read or is not valid TOML, or it sets no usable language.
 */
export async function findConfiguredLanguage(
  options: LoadConfigOptions,
): Promise<string | undefined> {
  const location = await locateConfig({
    explicitPath: options.explicitPath,
    env: options.env,
    cwd: options.cwd,
    homeDir: options.homeDir,
  });
  if (location === undefined) return undefined;

  try {
    const text = await readConfigFile(location.path, location.source);
    return readLanguageSetting(text);
  } catch {
    // An unreadable file has no language to offer; loadConfig reports why.
    return undefined;
  }
}

async function readConfigFile(
  path: string,
  source: ConfigSource,
): Promise<string> {
  const key: MessageKey =
    source === "flag"
      ? "config.unreadableFlag"
      : source === "environment"
        ? "config.unreadableEnvironment"
        : "config.unreadableFound";
  let bytes: Buffer;
  let size = 0;
  try {
    // Links are followed (a config kept with dotfiles is usual), but only a
    // regular file is read: a FIFO or a device would hang or never end.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stats = await handle.stat();
      size = stats.size;
      if (!stats.isFile()) {
        throw new UsageError(
          localize(key, { path, reason: localize("record.notRegular") }),
        );
      }
      const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(localize(key, { path, reason: describeCode(error) }), {
      cause: error,
    });
  }
  if (bytes.length > MAX_CONFIG_BYTES) {
    throw new UsageError(
      localize("config.tooLarge", {
        path,
        size: String(Math.max(size, bytes.length)),
        limit: String(MAX_CONFIG_BYTES),
      }),
    );
  }
  return bytes.toString("utf8");
}

/** Why a file could not be read; an unusual code is shown as it is. */
function describeCode(error: unknown): UserText {
  if (error instanceof Error && "code" in error) {
    const code = error.code;
    if (code === "ENOENT") return localize("config.reason.missing");
    if (code === "EACCES") return localize("config.reason.denied");
    if (code === "EISDIR") return localize("config.reason.folder");
    if (code === "ELOOP") return localize("config.reason.loop");
    if (typeof code === "string") return code;
  }
  return localize("config.reason.unknown");
}
