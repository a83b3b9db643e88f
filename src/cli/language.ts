import { findConfiguredLanguage, loadConfig } from "../config/index.js";
import {
  createTranslator,
  selectLanguage,
  type Translator,
} from "../i18n/index.js";

export interface CliLanguageSources {
  /** The command line, searched only for `--config`. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  homeDir: string;
}

/**
 * The `--config` value of a command line, found before commander parses it:
 * help and usage errors must already speak the configured language.
 */
export function findConfigFlag(argv: readonly string[]): string | undefined {
  for (const [index, argument] of argv.entries()) {
    if (argument === "--") return undefined;
    if (argument === "--config") return argv[index + 1];
    if (argument.startsWith("--config=")) {
      return argument.slice("--config=".length);
    }
  }
  return undefined;
}

/**
 * The translator of a CLI run: `[i18n] language` from the config the command
 * will read, else the environment's locale, else English.
 */
export async function resolveCliTranslator(
  sources: CliLanguageSources,
): Promise<Translator> {
  const configured = await readConfiguredLanguage(sources);
  return createTranslator(selectLanguage({ configured, env: sources.env }));
}

async function readConfiguredLanguage(
  sources: CliLanguageSources,
): Promise<string | undefined> {
  const options = {
    explicitPath: findConfigFlag(sources.argv),
    env: sources.env,
    cwd: sources.cwd,
    homeDir: sources.homeDir,
  };
  try {
    const loaded = await loadConfig(options);
    return loaded.config.i18n.language;
  } catch {
    // The command reads the config again and reports its problems: in the
    // language the file still asks for when `[i18n] language` itself is
    // fine, else in the environment's (a missing file, broken TOML).
    return findConfiguredLanguage(options);
  }
}
