/**
 * The pure rules of the security self-check: each takes part of the loaded
 * configuration and returns findings, with no files, keyring or clock.
 */
import type { AppConfig } from "../config/index.js";
import { localize, type UserText } from "../i18n/index.js";
import { normalizeHost, parseBase64Key } from "../security/index.js";
import { errorTextOf } from "../shared/index.js";
import { isLoopbackHostname } from "../trakt/index.js";

export const CHECK_AREAS = [
  "config",
  "keyring",
  "key_source",
  "file_modes",
  "https",
  "audit",
  "rate_limit",
] as const;
export type CheckArea = (typeof CHECK_AREAS)[number];

/** `error` fails the check (exit 1); `warning` lowers the rating. */
export const FINDING_LEVELS = ["ok", "info", "warning", "error"] as const;
export type FindingLevel = (typeof FINDING_LEVELS)[number];

export interface SecurityFinding {
  area: CheckArea;
  level: FindingLevel;
  /** Printed in the user's language; English in `--json`. */
  message: UserText;
}

export type SecurityRating = "high" | "medium" | "low";

/** Any error rates the set-up low, any warning medium, otherwise high. */
export function rateFindings(
  findings: readonly SecurityFinding[],
): SecurityRating {
  if (findings.some((finding) => finding.level === "error")) return "low";
  if (findings.some((finding) => finding.level === "warning")) return "medium";
  return "high";
}

// The defaults of blocked_hosts: loopback and the cloud metadata address.
const PROTECTED_HOSTS = [
  "localhost",
  "127.0.0.1",
  "::1",
  "0.0.0.0",
  "169.254.169.254",
];
const TRAKT_HOSTS = ["api.trakt.tv", "auth.trakt.tv"];
// Shorter passphrases fall quickly to a guessing attack, even through scrypt.
const MIN_PASSPHRASE_LENGTH = 12;

export function checkHttps(config: AppConfig): SecurityFinding[] {
  const { https } = config.security;
  const found = (level: FindingLevel, message: UserText): SecurityFinding => ({
    area: "https",
    level,
    message,
  });
  const findings: SecurityFinding[] = [];

  if (!https.requireHttps) {
    findings.push(found("error", localize("validate.https.plainAllowed")));
  } else if (https.allowInsecure) {
    findings.push(found("warning", localize("validate.https.insecure")));
  } else {
    findings.push(found("ok", localize("validate.https.only")));
  }

  const tls = https.tlsMinVersion === "TLSv1.3" ? "1.3" : "1.2";
  findings.push(found("ok", localize("validate.https.tls", { version: tls })));

  const extra = https.allowedHosts.filter(
    (host) => !TRAKT_HOSTS.includes(host),
  );
  findings.push(
    extra.length === 0
      ? found(
          "ok",
          localize("validate.https.hosts", {
            hosts: https.allowedHosts.join(", "),
          }),
        )
      : found(
          "info",
          localize("validate.https.extraHosts", { hosts: extra.join(", ") }),
        ),
  );

  const unblocked = PROTECTED_HOSTS.filter(
    (host) => !https.blockedHosts.includes(host),
  );
  if (unblocked.length > 0) {
    findings.push(
      found(
        "warning",
        localize("validate.https.unblocked", { hosts: unblocked.join(", ") }),
      ),
    );
  }
  for (const [key, url] of [
    ["trakt.api_base_url", config.trakt.apiBaseUrl],
    ["trakt.auth_base_url", config.trakt.authBaseUrl],
  ] as const) {
    const { hostname, protocol } = new URL(url);
    const host = normalizeHost(hostname);
    if (isLoopbackHostname(host)) {
      const message =
        protocol === "http:"
          ? "validate.https.loopbackPlain"
          : "validate.https.loopback";
      findings.push(found("info", localize(message, { key, url })));
    } else if (!https.allowedHosts.includes(host)) {
      findings.push(
        found(
          "error",
          localize("validate.https.notAllowed", { key, url, host }),
        ),
      );
    }
  }
  if (!https.enableHsts) {
    findings.push(found("info", localize("validate.https.noHsts")));
  }
  return findings;
}

export function checkAudit(config: AppConfig): SecurityFinding[] {
  const { audit } = config.security;
  const found = (level: FindingLevel, message: UserText): SecurityFinding => ({
    area: "audit",
    level,
    message,
  });
  if (!audit.enabled) {
    return [found("warning", localize("validate.audit.off"))];
  }

  const findings = [
    found(
      "ok",
      localize("validate.audit.on", {
        folder: audit.directory,
        days: audit.retentionDays,
      }),
    ),
  ];
  if (audit.includeSensitive) {
    findings.push(found("warning", localize("validate.audit.sensitive")));
  }
  if (audit.logLevel === "warn" || audit.logLevel === "error") {
    findings.push(
      found(
        "info",
        localize("validate.audit.level", { level: audit.logLevel }),
      ),
    );
  }
  findings.push(found("info", localize("validate.audit.chainNote")));
  return findings;
}

export function checkRateLimit(config: AppConfig): SecurityFinding[] {
  const { rateLimit } = config.security;
  if (!rateLimit.enabled) {
    return [
      {
        area: "rate_limit",
        level: "warning",
        message: localize("validate.rateLimit.off"),
      },
    ];
  }
  const limits = Object.entries(rateLimit.limits)
    .map(
      ([name, limit]) =>
        `${name} ${limit.requestsPerMinute}/min (burst ${limit.burstCapacity})`,
    )
    .join(", ");
  return [
    {
      area: "rate_limit",
      level: "ok",
      message: localize("validate.rateLimit.on", { limits }),
    },
  ];
}

/**
 * Where a new encrypted file takes its key from, in the order the store
 * uses: ENCRYPTION_KEY, then ENCRYPTION_PASSPHRASE, then the key file.
 */
export function checkKeySource(
  config: AppConfig,
  env: Readonly<Record<string, string | undefined>>,
  keyFilePath: string,
): SecurityFinding {
  const found = (level: FindingLevel, message: UserText): SecurityFinding => ({
    area: "key_source",
    level,
    message,
  });
  const envKey = env.ENCRYPTION_KEY;
  if (envKey !== undefined && envKey !== "") {
    try {
      parseBase64Key(envKey, "ENCRYPTION_KEY");
    } catch (error) {
      return found("error", errorTextOf(error));
    }
    return found("ok", localize("validate.key.envKey"));
  }

  const passphrase = env.ENCRYPTION_PASSPHRASE;
  if (passphrase !== undefined && passphrase !== "") {
    return passphrase.length < MIN_PASSPHRASE_LENGTH
      ? found(
          "warning",
          localize("validate.key.shortPassphrase", {
            minimum: MIN_PASSPHRASE_LENGTH,
          }),
        )
      : found("ok", localize("validate.key.passphrase"));
  }

  if (config.security.keyringBackend !== "file") {
    return found(
      "info",
      localize("validate.key.unused", { path: keyFilePath }),
    );
  }
  return found(
    "warning",
    localize("validate.key.keyFile", { path: keyFilePath }),
  );
}
