import { readFile } from "node:fs/promises";

import { UsageError } from "../shared/index.js";

import { type ConfigSource, locateConfig } from "./locate.js";
import { parseConfigText } from "./parse.js";
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
  warnings: string[];
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

async function readConfigFile(
  path: string,
  source: ConfigSource,
): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const origin =
      source === "flag"
        ? "given with --config"
        : source === "environment"
          ? "named by EXPORT_TRAKT_CONFIG"
          : "found";
    throw new UsageError(
      `Could not read the config file "${path}" ${origin}: ${errorCode(error)}. Check the path, or run "export-trakt config init" to create one.`,
      { cause: error },
    );
  }
  if (bytes.length > MAX_CONFIG_BYTES) {
    throw new UsageError(
      `The config file "${path}" is ${bytes.length} bytes; a config file is at most ${MAX_CONFIG_BYTES} bytes. Check that --config points at the right file.`,
    );
  }
  return bytes.toString("utf8");
}

function errorCode(error: unknown): string {
  if (error instanceof Error && "code" in error) {
    const code = error.code;
    if (code === "ENOENT") return "no such file";
    if (code === "EACCES") return "permission denied";
    if (code === "EISDIR") return "it is a folder";
    if (typeof code === "string") return code;
  }
  return "unknown error";
}
