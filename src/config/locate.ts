import { isAbsolute, join, resolve } from "node:path";
import { pathExists } from "../shared/index.js";

export type ConfigSource =
  "flag" | "environment" | "working-directory" | "user-directory";

export interface LocateConfigOptions {
  /** The `--config` flag, when given. */
  explicitPath: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  homeDir: string;
}

export interface ConfigLocation {
  path: string;
  source: ConfigSource;
}

/** The user's own config file: XDG_CONFIG_HOME, else ~/.config. */
export function userConfigPath(
  env: Readonly<Record<string, string | undefined>>,
  homeDir: string,
): string {
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says a relative value must be ignored.
  const base =
    xdg !== undefined && isAbsolute(xdg) ? xdg : join(homeDir, ".config");
  return join(base, "export-trakt", "config.toml");
}

/**
 * Picks the config file: `--config`, then EXPORT_TRAKT_CONFIG, then
 * config/config.toml in the working folder, then the user's config folder.
 * Returns `undefined` when none applies, meaning "use the defaults".
 */
export async function locateConfig(
  options: LocateConfigOptions,
): Promise<ConfigLocation | undefined> {
  if (options.explicitPath !== undefined) {
    const path = resolve(options.cwd, options.explicitPath);
    return { path, source: "flag" };
  }
  const fromEnv = options.env.EXPORT_TRAKT_CONFIG;
  if (fromEnv !== undefined && fromEnv !== "") {
    const path = resolve(options.cwd, fromEnv);
    return { path, source: "environment" };
  }

  const local = join(options.cwd, "config", "config.toml");
  if (await pathExists(local)) {
    return { path: local, source: "working-directory" };
  }
  const user = userConfigPath(options.env, options.homeDir);
  if (await pathExists(user)) {
    return { path: user, source: "user-directory" };
  }
  return undefined;
}
