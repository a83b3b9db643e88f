import { homedir } from "node:os";

import { type LoadedConfig, loadConfig } from "../config/index.js";
import type {
  CreateStoreOptions,
  CredentialEventSink,
  KeyEnvironment,
  OpenKeyringEntry,
  PathGuard,
  ScryptParams,
} from "../security/index.js";
import { localize } from "../i18n/index.js";
import { UsageError } from "../shared/index.js";

import type { CliContext } from "./context.js";
import type { Prompter } from "./prompt.js";

/** What a command needs besides its own flags. */
export interface CommandEnvironment {
  context: CliContext;
  /** The `--config` flag, when given. */
  configPath: string | undefined;
  prompter: Prompter;
  /** Checks every data path the command opens or writes. */
  dataGuard?: PathGuard | undefined;
  /** The configuration, when the command already loaded it. */
  loaded?: LoadedConfig | undefined;
  /** Receives credential events; the audit log plugs in here. */
  onEvent?: CredentialEventSink | undefined;
  /** Replaces the OS keyring, for tests and the dashboard. */
  openKeyringEntry?: OpenKeyringEntry | undefined;
  /** scrypt cost for new passphrase keys; tests pass a cheaper one. */
  scrypt?: ScryptParams | undefined;
}

/** The home folder: HOME from the passed environment, else the OS's. */
export function homeDirOf(context: CliContext): string {
  const home = context.env.HOME;
  return home !== undefined && home !== "" ? home : homedir();
}

export async function loadCommandConfig(
  environment: CommandEnvironment,
): Promise<LoadedConfig> {
  if (environment.loaded !== undefined) return environment.loaded;
  return loadConfig({
    explicitPath: environment.configPath,
    env: environment.context.env,
    cwd: environment.context.cwd,
    homeDir: homeDirOf(environment.context),
  });
}

/** Store options for the loaded config, optionally for another backend. */
export function storeOptionsFor(
  environment: CommandEnvironment,
  loaded: LoadedConfig,
  backend?: CreateStoreOptions["backend"],
): CreateStoreOptions {
  return {
    security: loaded.config.security,
    env: environment.context.env,
    backend,
    promptPassphrase: passphrasePromptFor(environment),
    onEvent: environment.onEvent,
    openKeyringEntry: environment.openKeyringEntry,
    scrypt: environment.scrypt,
  };
}

/**
 * A passphrase can only be asked on a terminal: piped stdin already carries
 * other answers, so there ENCRYPTION_PASSPHRASE must be set instead.
 */
function passphrasePromptFor(
  environment: CommandEnvironment,
): KeyEnvironment["promptPassphrase"] {
  if (environment.context.isStdinTty !== true) return undefined;
  const { prompter } = environment;
  const { t } = environment.context.translator;
  return async (purpose) => {
    if (purpose === "unlock") {
      return prompter.askSecret(t("store.prompt.passphrase"));
    }
    const first = await prompter.askSecret(t("store.prompt.newPassphrase"));
    const second = await prompter.askSecret(
      t("store.prompt.newPassphraseAgain"),
    );
    if (first !== second) {
      throw new UsageError(localize("store.passphrasesDiffer"));
    }
    return first;
  };
}
