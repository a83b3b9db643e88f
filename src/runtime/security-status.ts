/**
 * `security status`: what protects this set-up right now, gathered from the
 * configuration, the audit folder, the rate limiter and a fresh permission
 * check of the secret files.
 */
import { dirname } from "node:path";

import type { KeyringBackend } from "../config/index.js";
import {
  PathGuard,
  createLineHasher,
  keyFilePathFor,
  readAuditRecords,
  verifyAuditLog,
  type KeySourceKind,
  type RateLimitCounters,
} from "../security/index.js";

import type { Runtime } from "./open-runtime.js";
import { checkFileModes } from "./self-check-files.js";
import type { SecurityFinding } from "./self-check-rules.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The `--json` shape; `schemaVersion` changes only with a breaking change. */
export interface SecurityStatus {
  schemaVersion: 1;
  configPath: string | null;
  encryption: {
    enabled: boolean;
    keySource: KeySourceKind;
    /** Used only when `keySource` is "key-file". */
    keyFilePath: string;
  };
  backend: KeyringBackend;
  audit: {
    enabled: boolean;
    directory: string;
    /** Start of the retention window the figures cover. */
    since: string;
    eventsByType: Record<string, number>;
    eventsBySeverity: Record<string, number>;
    unreadableLines: number;
    /** Events this command could not write (earlier runs are not known). */
    writeFailures: number;
    chain:
      | { isIntact: true; files: number; lines: number }
      | { isIntact: false; file: string; line: number; problem: string };
  };
  rateLimit: {
    enabled: boolean;
    /** `rate_limit_hit` events (server 429 answers) in the audit window. */
    serverLimitHits: number;
    /** This process's counters; a new CLI run starts from zero. */
    counters: Record<string, RateLimitCounters>;
  };
  permissions: { checkedAt: string; findings: SecurityFinding[] };
}

function keySourceOf(
  env: Readonly<Record<string, string | undefined>>,
): KeySourceKind {
  const isSet = (name: string): boolean => (env[name] ?? "") !== "";
  if (isSet("ENCRYPTION_KEY")) return "env-key";
  if (isSet("ENCRYPTION_PASSPHRASE")) return "passphrase";
  return "key-file";
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export interface SecurityStatusOptions {
  runtime: Runtime;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now: Date;
}

/** Gathers the status; reads files but changes nothing. */
export async function readSecurityStatus(
  options: SecurityStatusOptions,
): Promise<SecurityStatus> {
  const { runtime, env, now } = options;
  const { config, path: configPath } = runtime.loaded;
  const { security } = config;
  // The audit log resolves its folder from here; reading must agree.
  const baseDir = configPath === undefined ? options.cwd : dirname(configPath);
  const guard = new PathGuard(runtime.filesystem, { baseDir });
  const directory = security.audit.directory;
  const since = new Date(now.getTime() - security.audit.retentionDays * DAY_MS);

  const { records, unreadableLines } = await readAuditRecords(
    directory,
    { since },
    guard,
  );
  const verification = await verifyAuditLog(directory, {
    pathGuard: guard,
    hashLine: createLineHasher(),
  });
  const permissions = await checkFileModes(
    [
      ...(configPath === undefined
        ? []
        : [
            {
              path: configPath,
              kind: "secret-file" as const,
              role: "config" as const,
            },
          ]),
      {
        path: security.keyring.filePath,
        kind: "secret-file",
        role: "credentials",
      },
      {
        path: keyFilePathFor(security.keyring.filePath),
        kind: "secret-file",
        role: "key",
      },
      { path: directory, kind: "folder", role: "audit" },
    ],
    runtime.filesystem,
    false,
  );

  return {
    schemaVersion: 1,
    configPath: configPath ?? null,
    encryption: {
      enabled: security.encryptionEnabled,
      keySource: keySourceOf(env),
      keyFilePath: keyFilePathFor(security.keyring.filePath),
    },
    backend: security.keyringBackend,
    audit: {
      enabled: security.audit.enabled,
      directory,
      since: since.toISOString(),
      eventsByType: countBy(records.map((record) => record.event_type)),
      eventsBySeverity: countBy(records.map((record) => record.severity)),
      unreadableLines,
      writeFailures: runtime.audit.stats()?.writeFailures ?? 0,
      chain: verification.isIntact
        ? {
            isIntact: true,
            files: verification.files,
            lines: verification.lines,
          }
        : {
            isIntact: false,
            file: verification.file,
            line: verification.line,
            problem: verification.problem,
          },
    },
    rateLimit: {
      enabled: security.rateLimit.enabled,
      serverLimitHits: records.filter(
        (record) => record.event_type === "rate_limit_hit",
      ).length,
      counters: runtime.rateLimiter.counters(),
    },
    permissions: {
      checkedAt: now.toISOString(),
      findings: permissions.findings,
    },
  };
}
