/**
 * `validate --security`: rates the set-up high, medium or low from findings
 * about the config, the credential backend, the key source, file modes, the
 * HTTPS policy, the audit log and the rate limiter.
 */
import type { LoadedConfig } from "../config/index.js";
import {
  keyFilePathFor,
  type FilesystemSettings,
  type OpenKeyringEntry,
} from "../security/index.js";
import { localize, type UserText } from "../i18n/index.js";
import { describeError, toPrintable } from "../shared/index.js";

import { checkFileModes } from "./self-check-files.js";
import {
  checkAudit,
  checkHttps,
  checkKeySource,
  checkRateLimit,
  rateFindings,
  type FindingLevel,
  type SecurityFinding,
  type SecurityRating,
} from "./self-check-rules.js";

export interface SelfCheckOptions {
  loaded: LoadedConfig;
  filesystem: FilesystemSettings;
  env: Readonly<Record<string, string | undefined>>;
  shouldFix: boolean;
  openKeyringEntry: OpenKeyringEntry;
  /** How long the keyring may take to answer before it counts as absent. */
  keyringTimeoutMs?: number;
}

/** The `--json` shape; `schemaVersion` changes only with a breaking change. */
export interface SelfCheckReport {
  schemaVersion: 1;
  configPath: string | null;
  rating: SecurityRating;
  counts: Record<FindingLevel, number>;
  findings: SecurityFinding[];
  fixed: string[];
}

const DEFAULT_KEYRING_TIMEOUT_MS = 5_000;

/** Runs every check; never throws for a finding, only for a bug. */
export async function runSecurityCheck(
  options: SelfCheckOptions,
): Promise<SelfCheckReport> {
  const { config } = options.loaded;
  const keyFilePath = keyFilePathFor(config.security.keyring.filePath);

  const files = await checkFileModes(
    [
      ...(options.loaded.path === undefined
        ? []
        : [
            {
              path: options.loaded.path,
              kind: "secret-file" as const,
              role: "config" as const,
            },
          ]),
      {
        path: config.security.keyring.filePath,
        kind: "secret-file",
        role: "credentials",
      },
      { path: keyFilePath, kind: "secret-file", role: "key" },
      {
        path: config.security.audit.directory,
        kind: "folder",
        role: "audit",
      },
    ],
    options.filesystem,
    options.shouldFix,
  );

  const findings: SecurityFinding[] = [
    ...checkConfig(options.loaded),
    await checkKeyring(options),
    checkKeySource(config, options.env, keyFilePath),
    ...files.findings,
    ...checkHttps(config),
    ...checkAudit(config),
    ...checkRateLimit(config),
  ];
  const counts = { ok: 0, info: 0, warning: 0, error: 0 };
  for (const finding of findings) counts[finding.level] += 1;

  return {
    schemaVersion: 1,
    configPath: options.loaded.path ?? null,
    rating: rateFindings(findings),
    counts,
    findings,
    fixed: files.fixed,
  };
}

function checkConfig(loaded: LoadedConfig): SecurityFinding[] {
  const { security } = loaded.config;
  const found = (level: FindingLevel, message: UserText): SecurityFinding => ({
    area: "config",
    level,
    message,
  });
  const findings = [
    loaded.path === undefined
      ? found("ok", localize("validate.config.defaults"))
      : found("ok", localize("validate.config.valid", { path: loaded.path })),
    ...loaded.warnings.map((warning) => found("warning", warning)),
  ];
  if (!security.filesystem.enforcePermissions) {
    findings.push(
      found("info", localize("validate.config.permissionsNotEnforced")),
    );
  }
  if (!security.encryptionEnabled) {
    findings.push(found("warning", localize("validate.config.encryptionOff")));
  }
  return findings;
}

async function checkKeyring(
  options: SelfCheckOptions,
): Promise<SecurityFinding> {
  const { security } = options.loaded.config;
  const found = (level: FindingLevel, message: UserText): SecurityFinding => ({
    area: "keyring",
    level,
    message,
  });
  switch (security.keyringBackend) {
    case "file":
      return found(
        "ok",
        localize("validate.keyring.file", { path: security.keyring.filePath }),
      );
    case "env":
      return found("warning", localize("validate.keyring.env"));
    case "system": {
      const probe = await probeKeyring(options);
      // Unreachable is not a weakness: nothing can be stored or read there,
      // and "credentials set" stops with advice until a keyring runs.
      return probe === undefined
        ? found("ok", localize("validate.keyring.systemReachable"))
        : found("info", probe);
    }
    default: {
      const unreachable: never = security.keyringBackend;
      return unreachable;
    }
  }
}

/** `undefined` when the keyring answers, else the finding that says why not. */
async function probeKeyring(
  options: SelfCheckOptions,
): Promise<UserText | undefined> {
  const { keyring } = options.loaded.config.security;
  const timeoutMs = options.keyringTimeoutMs ?? DEFAULT_KEYRING_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<UserText>((resolve) => {
    timer = setTimeout(() => {
      resolve(localize("validate.keyring.systemSilent", { ms: timeoutMs }));
    }, timeoutMs);
  });
  const answer = (async () => {
    const entry = await options.openKeyringEntry(
      keyring.serviceName,
      keyring.username,
    );
    // Only reachability matters; the stored value is not looked at.
    await entry.getPassword();
    return undefined;
  })().catch((error: unknown) =>
    localize("validate.keyring.systemUnreachable", {
      reason: toPrintable(describeError(error)),
    }),
  );

  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
