import { stat } from "node:fs/promises";

import type { KeyringBackend } from "../../config/index.js";
import { localize, type UserText } from "../../i18n/index.js";
import {
  type CredentialHealth,
  FileCredentialStore,
  type KeySourceKind,
  type MigrateResult,
  type RotateKeyResult,
  type StoredCredentials,
  checkCredentialHealth,
  createCredentialStore,
  describeKeySource,
  keyEnvironmentFor,
  maskSecret,
  migrateCredentials,
  rotateKey,
} from "../../security/index.js";
import { UsageError } from "../../shared/index.js";
import {
  type CommandEnvironment,
  loadCommandConfig,
  storeOptionsFor,
} from "../command-environment.js";

/** Warnings every command returns for the CLI layer to print. */
interface WithWarnings {
  warnings: UserText[];
}

export interface CredentialsStatus extends WithWarnings {
  backend: KeyringBackend;
  location: string;
  configPath: string | null;
  stored: boolean;
  /** File backend only: where the key comes from. */
  keySource: string | null;
  /** File backend only: the permission bits, e.g. "0600". */
  fileMode: string | null;
  /** Each secret shows at most its last 4 characters. */
  masked: Partial<Record<SecretField, string>>;
  scope: string | null;
  expiresAt: string | null;
  health: CredentialHealth["state"] | "nothing-stored";
  advice: string[];
}

type SecretField =
  | "clientId"
  | "clientSecret"
  | "accessToken"
  | "refreshToken"
  | "dashboardSecret";

const SECRET_FIELDS: SecretField[] = [
  "clientId",
  "clientSecret",
  "accessToken",
  "refreshToken",
  "dashboardSecret",
];

/** `credentials status`: what is stored, where, and whether it is usable. */
export async function showCredentialsStatus(
  environment: CommandEnvironment,
): Promise<CredentialsStatus> {
  const loaded = await loadCommandConfig(environment);
  const options = storeOptionsFor(environment, loaded);
  const store = createCredentialStore(options);

  let credentials: StoredCredentials | undefined;
  let keySource: string | null = null;
  if (store instanceof FileCredentialStore) {
    const opened = await store.open();
    credentials = opened?.credentials;
    const keyFile = keyEnvironmentFor(options).keyFilePath;
    keySource =
      opened === undefined
        ? null
        : describeKeySource(opened.key.source, keyFile);
  } else {
    credentials = await store.get();
  }

  const masked: CredentialsStatus["masked"] = {};
  for (const field of SECRET_FIELDS) {
    const value = credentials?.[field];
    if (value !== undefined) masked[field] = maskSecret(value);
  }
  const health =
    credentials === undefined
      ? "nothing-stored"
      : checkCredentialHealth(credentials, environment.context.now()).state;

  const fileMode =
    store instanceof FileCredentialStore ? await modeOf(store.location) : null;
  const warnings: UserText[] = [...loaded.warnings];
  if (fileMode !== null && (Number.parseInt(fileMode, 8) & 0o077) !== 0) {
    warnings.push(
      localize("store.fileModeOpen", { path: store.location, mode: fileMode }),
    );
  }

  return {
    backend: store.backend,
    location: store.location,
    configPath: loaded.path ?? null,
    stored: credentials !== undefined,
    keySource,
    fileMode,
    masked,
    scope: credentials?.scope ?? null,
    expiresAt: credentials?.expiresAt ?? null,
    health,
    advice: adviceFor(health, credentials),
    warnings,
  };
}

function adviceFor(
  health: CredentialsStatus["health"],
  credentials: StoredCredentials | undefined,
): string[] {
  switch (health) {
    case "nothing-stored":
      return [
        'Store the Trakt client id and secret with "export-trakt credentials set".',
      ];
    case "missing-token":
      return ["No access token yet: sign in to Trakt to get one."];
    case "expired":
      return credentials?.refreshToken === undefined
        ? [
            "The access token has expired and there is no refresh token: sign in to Trakt again.",
          ]
        : [
            "The access token has expired; it will be refreshed on the next request.",
          ];
    case "valid":
      return [];
    default: {
      const unreachable: never = health;
      return unreachable;
    }
  }
}

async function modeOf(path: string): Promise<string | null> {
  try {
    return ((await stat(path)).mode & 0o777).toString(8).padStart(4, "0");
  } catch {
    // No file yet (nothing stored): there is no mode to report.
    return null;
  }
}

export interface SetCredentialsResult extends WithWarnings {
  backend: KeyringBackend;
  location: string;
  /** True when the stored tokens were kept because the client id is unchanged. */
  keptTokens: boolean;
}

/** `credentials set`: client id and secret from the prompt or stdin. */
export async function setCredentials(
  environment: CommandEnvironment,
): Promise<SetCredentialsResult> {
  const loaded = await loadCommandConfig(environment);
  const store = createCredentialStore(storeOptionsFor(environment, loaded));
  if (store.backend === "env") {
    throw new UsageError(localize("store.envCannotSet"));
  }

  // Reading first also proves the store is usable before anything is typed.
  const previous = await store.get();
  const { t } = environment.context.translator;
  const clientId = (
    await environment.prompter.ask(t("store.prompt.clientId"))
  ).trim();
  const clientSecret = (
    await environment.prompter.askSecret(t("store.prompt.clientSecret"))
  ).trim();
  if (clientId === "" || clientSecret === "") {
    throw new UsageError(localize("store.emptyClient"));
  }

  // Tokens belong to one Trakt application; keep them only for the same one.
  const keptTokens = previous?.clientId === clientId;
  const record: StoredCredentials = keptTokens
    ? { ...previous, clientId, clientSecret }
    : { clientId, clientSecret };
  const result = await store.set(record);

  return {
    backend: store.backend,
    location: store.location,
    keptTokens,
    warnings: [...loaded.warnings, ...result.warnings],
  };
}

export interface DeleteCredentialsResult extends WithWarnings {
  backend: KeyringBackend;
  location: string;
  deleted: boolean;
}

/** `credentials delete`. */
export async function deleteCredentials(
  environment: CommandEnvironment,
): Promise<DeleteCredentialsResult> {
  const loaded = await loadCommandConfig(environment);
  const store = createCredentialStore(storeOptionsFor(environment, loaded));
  const result = await store.delete();

  return {
    backend: store.backend,
    location: store.location,
    deleted: result.deleted,
    warnings: [...loaded.warnings, ...result.warnings],
  };
}

export interface RotateCredentialsResult extends RotateKeyResult {
  location: string;
}

/** `credentials rotate-key [--to SOURCE]`: file backend only. */
export async function rotateCredentialsKey(
  environment: CommandEnvironment,
  to: KeySourceKind | undefined,
): Promise<RotateCredentialsResult> {
  const loaded = await loadCommandConfig(environment);
  const options = storeOptionsFor(environment, loaded);
  const store = createCredentialStore(options);
  if (!(store instanceof FileCredentialStore)) {
    throw new UsageError(
      localize("store.rotateNeedsFile", { backend: store.backend }),
    );
  }

  const result = await rotateKey({
    store,
    keys: keyEnvironmentFor(options),
    to,
    onEvent: environment.onEvent,
  });
  return {
    ...result,
    location: store.location,
    warnings: [...loaded.warnings, ...result.warnings],
  };
}

/** `credentials migrate --to BACKEND`. */
export async function migrateCredentialsTo(
  environment: CommandEnvironment,
  to: KeyringBackend,
): Promise<MigrateResult> {
  const loaded = await loadCommandConfig(environment);
  const source = createCredentialStore(storeOptionsFor(environment, loaded));
  const destination = createCredentialStore(
    storeOptionsFor(environment, loaded, to),
  );
  const result = await migrateCredentials(source, destination);

  return { ...result, warnings: [...loaded.warnings, ...result.warnings] };
}
