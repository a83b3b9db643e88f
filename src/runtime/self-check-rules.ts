/**
 * The pure rules of the security self-check: each takes part of the loaded
 * configuration and returns findings, with no files, keyring or clock.
 */
import type { AppConfig } from "../config/index.js";
import { normalizeHost, parseBase64Key } from "../security/index.js";
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
  message: string;
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
  const found = (level: FindingLevel, message: string): SecurityFinding => ({
    area: "https",
    level,
    message,
  });
  const findings: SecurityFinding[] = [];

  if (!https.requireHttps) {
    findings.push(
      found(
        "error",
        "require_https = false: requests may use plain HTTP, where tokens can be read on the network. Set security.require_https = true.",
      ),
    );
  } else if (https.allowInsecure) {
    findings.push(
      found(
        "warning",
        "allow_insecure = true: plain HTTP is allowed to hosts outside blocked_hosts. Keep it for a development server only.",
      ),
    );
  } else {
    findings.push(found("ok", "Only HTTPS requests are allowed."));
  }

  const tls = https.tlsMinVersion === "TLSv1.3" ? "1.3" : "1.2";
  findings.push(found("ok", `TLS ${tls} or later is required.`));

  const extra = https.allowedHosts.filter(
    (host) => !TRAKT_HOSTS.includes(host),
  );
  findings.push(
    extra.length === 0
      ? found("ok", `Requests go only to ${https.allowedHosts.join(", ")}.`)
      : found("info", `allowed_hosts also lists ${extra.join(", ")}.`),
  );

  const unblocked = PROTECTED_HOSTS.filter(
    (host) => !https.blockedHosts.includes(host),
  );
  if (unblocked.length > 0) {
    findings.push(
      found(
        "warning",
        `blocked_hosts no longer lists ${unblocked.join(", ")}: loopback or cloud metadata addresses could be reached if allowed_hosts names them. Add them back to security.https.blocked_hosts.`,
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
      const plain = protocol === "http:" ? ", over plain HTTP" : "";
      findings.push(
        found(
          "info",
          `${key} is ${url}: requests go to a server on this machine (such as the sandbox)${plain}, whatever allowed_hosts says.`,
        ),
      );
    } else if (!https.allowedHosts.includes(host)) {
      findings.push(
        found(
          "error",
          `${key} is ${url}, but ${host} is not in security.https.allowed_hosts: every request to it will be refused. Add the host there or fix the URL.`,
        ),
      );
    }
  }
  if (!https.enableHsts) {
    findings.push(
      found(
        "info",
        "enable_hsts = false: a missing HSTS header is not reported.",
      ),
    );
  }
  return findings;
}

export function checkAudit(config: AppConfig): SecurityFinding[] {
  const { audit } = config.security;
  const found = (level: FindingLevel, message: string): SecurityFinding => ({
    area: "audit",
    level,
    message,
  });
  if (!audit.enabled) {
    return [
      found(
        "warning",
        "Audit logging is off: credential use and exports leave no record. Set security.audit_logging = true.",
      ),
    ];
  }

  const findings = [
    found(
      "ok",
      `Audit logging is on in "${audit.directory}", files kept ${audit.retentionDays} days.`,
    ),
  ];
  if (audit.includeSensitive) {
    findings.push(
      found(
        "warning",
        "include_sensitive = true: user names, paths and addresses are written to the audit log (secrets never are). Set it to false outside debugging.",
      ),
    );
  }
  if (audit.logLevel === "warn" || audit.logLevel === "error") {
    findings.push(
      found(
        "info",
        `log_level = "${audit.logLevel}": routine events such as credential access are not recorded.`,
      ),
    );
  }
  findings.push(
    found(
      "info",
      "The hash chain shows lines edited, inserted or removed by hand, but it has no secret key: someone who can write the audit folder can rewrite the whole chain.",
    ),
  );
  return findings;
}

export function checkRateLimit(config: AppConfig): SecurityFinding[] {
  const { rateLimit } = config.security;
  if (!rateLimit.enabled) {
    return [
      {
        area: "rate_limit",
        level: "warning",
        message:
          "Rate limiting is off: a loop or a retry storm can exhaust the Trakt API quota. Set security.rate_limit_enabled = true.",
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
      message: `Rate limiting is on: ${limits}.`,
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
  const found = (level: FindingLevel, message: string): SecurityFinding => ({
    area: "key_source",
    level,
    message,
  });
  const envKey = env.ENCRYPTION_KEY;
  if (envKey !== undefined && envKey !== "") {
    try {
      parseBase64Key(envKey, "ENCRYPTION_KEY");
    } catch (error) {
      return found("error", error instanceof Error ? error.message : "");
    }
    return found("ok", "The key comes from ENCRYPTION_KEY (32 bytes).");
  }

  const passphrase = env.ENCRYPTION_PASSPHRASE;
  if (passphrase !== undefined && passphrase !== "") {
    return passphrase.length < MIN_PASSPHRASE_LENGTH
      ? found(
          "warning",
          `ENCRYPTION_PASSPHRASE is shorter than ${MIN_PASSPHRASE_LENGTH} characters, which a guessing attack can break despite scrypt. Choose a longer one.`,
        )
      : found(
          "ok",
          "The key is derived from ENCRYPTION_PASSPHRASE with scrypt.",
        );
  }

  if (config.security.keyringBackend !== "file") {
    return found(
      "info",
      `No ENCRYPTION_KEY or ENCRYPTION_PASSPHRASE: "export --encrypt" would use the key file "${keyFilePath}".`,
    );
  }
  return found(
    "warning",
    `The key comes from the key file "${keyFilePath}" beside the credentials file: it only protects against someone who gets the credentials file alone. Set ENCRYPTION_KEY and run "export-trakt credentials rotate-key --to env-key", or use a passphrase with --to passphrase.`,
  );
}
