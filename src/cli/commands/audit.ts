import { dirname, resolve } from "node:path";
import type { Writable } from "node:stream";

import type { Command } from "commander";
import { z } from "zod";

import type { Translate } from "../../i18n/index.js";
import { SecurityError, UsageError, toPrintable } from "../../shared/index.js";
import {
  AUDIT_EVENT_TYPES,
  AUDIT_SEVERITIES,
  DEFAULT_AUDIT_SETTINGS,
  DEFAULT_FILESYSTEM_SETTINGS,
  PathGuard,
  createLineHasher,
  readAuditRecords,
  resolveAuditDirectory,
  verifyAuditLog,
} from "../../security/index.js";
import type {
  AuditEventType,
  AuditSeverity,
  AuditVerification,
} from "../../security/index.js";
import type { CliContext } from "../context.js";
import { writeLine } from "../context.js";
import { addCommonOptions } from "../options.js";

export interface AuditLocation {
  /** The config file's folder, or the working folder without one. */
  baseDir: string;
}

export interface ListAuditEventsOptions extends AuditLocation {
  since?: Date;
  types?: readonly AuditEventType[];
  minSeverity?: AuditSeverity;
  json: boolean;
  stdout: Writable;
  stderr: Writable;
  /** Renders the warning about unreadable lines. */
  t: Translate;
}

// TODO(#4): take the audit and filesystem settings from the loaded config
// file once the loader exists; until then the secure defaults apply.
function createReadOnlyGuard(baseDir: string): PathGuard {
  return new PathGuard(DEFAULT_FILESYSTEM_SETTINGS, { baseDir });
}

function auditDirectoryOf(location: AuditLocation): string {
  return resolveAuditDirectory(DEFAULT_AUDIT_SETTINGS, location.baseDir);
}

/** Prints the matching audit events, oldest first; returns how many. */
export async function listAuditEvents(
  options: ListAuditEventsOptions,
): Promise<number> {
  const directory = auditDirectoryOf(options);
  const { records, unreadableLines } = await readAuditRecords(
    directory,
    {
      ...(options.since === undefined ? {} : { since: options.since }),
      ...(options.types === undefined ? {} : { types: options.types }),
      ...(options.minSeverity === undefined
        ? {}
        : { minSeverity: options.minSeverity }),
    },
    createReadOnlyGuard(options.baseDir),
  );

  if (options.json) {
    writeLine(options.stdout, JSON.stringify(records, null, 2));
  } else {
    for (const record of records) {
      const where = `${record.source}/${record.action}`;
      const text = toPrintable(record.message);
      writeLine(
        options.stdout,
        `${record.timestamp}  ${record.severity.padEnd(8)} ${record.event_type.padEnd(19)} ${where}  ${record.result}  ${text}`,
      );
    }
  }
  if (unreadableLines > 0) {
    const message = options.t("cli.audit.unreadable", {
      lines: unreadableLines,
    });
    writeLine(options.stderr, options.t("cli.warning", { message }));
  }
  return records.length;
}

/**
 * Checks the audit chain. Throws SecurityError naming the file and line of
 * the first break; returns the summary when the chain is intact.
 */
export async function verifyAuditTrail(
  options: AuditLocation,
): Promise<AuditVerification> {
  const directory = auditDirectoryOf(options);
  const result = await verifyAuditLog(directory, {
    pathGuard: createReadOnlyGuard(options.baseDir),
    hashLine: createLineHasher(),
  });
  if (!result.isIntact) {
    throw new SecurityError(
      `The audit log is broken at "${result.file}" line ${result.line}: ${result.problem}. Entries from this line on cannot be trusted; keep a copy of the folder for investigation.`,
    );
  }
  return result;
}

const ListFlags = z.object({
  config: z.string().optional(),
  since: z.string().optional(),
  type: z.string().optional(),
  severity: z.string().optional(),
  json: z.boolean().optional(),
});

function parseSince(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .safeParse(value);
  if (!parsed.success) {
    throw new UsageError(
      `--since must be a date such as 2026-03-01 or 2026-03-01T10:00:00Z, not "${toPrintable(value)}".`,
    );
  }
  return new Date(parsed.data);
}

function parseTypes(value: string | undefined): AuditEventType[] | undefined {
  if (value === undefined) return undefined;
  return value.split(",").map((type) => {
    const parsed = z.enum(AUDIT_EVENT_TYPES).safeParse(type.trim());
    if (!parsed.success) {
      throw new UsageError(
        `--type must be one of ${AUDIT_EVENT_TYPES.join(", ")}, not "${toPrintable(type)}".`,
      );
    }
    return parsed.data;
  });
}

function parseSeverity(value: string | undefined): AuditSeverity | undefined {
  if (value === undefined) return undefined;
  const parsed = z.enum(AUDIT_SEVERITIES).safeParse(value);
  if (!parsed.success) {
    throw new UsageError(
      `--severity must be one of ${AUDIT_SEVERITIES.join(", ")}, not "${toPrintable(value)}".`,
    );
  }
  return parsed.data;
}

function baseDirFor(configPath: string | undefined, cwd: string): string {
  return configPath === undefined ? cwd : dirname(resolve(cwd, configPath));
}

/** Registers `audit` and `audit verify`. */
export function registerAuditCommands(
  program: Command,
  context: CliContext,
): void {
  const { t } = context.translator;
  const audit = addCommonOptions(
    program
      .command("audit")
      .description(t("help.audit"))
      .option("--since <date>", t("help.audit.since"))
      .option("--type <types>", t("help.audit.type"))
      .option("--severity <level>", t("help.audit.severity"))
      .option("--json", t("help.audit.json")),
    t,
  ).action(async (rawFlags: unknown) => {
    const flags = ListFlags.parse(rawFlags);
    const since = parseSince(flags.since);
    const types = parseTypes(flags.type);
    const minSeverity = parseSeverity(flags.severity);
    await listAuditEvents({
      baseDir: baseDirFor(flags.config, context.cwd),
      json: flags.json ?? false,
      stdout: context.stdout,
      stderr: context.stderr,
      t,
      ...(since === undefined ? {} : { since }),
      ...(types === undefined ? {} : { types }),
      ...(minSeverity === undefined ? {} : { minSeverity }),
    });
  });

  addCommonOptions(
    audit.command("verify").description(t("help.audit.verify")),
    t,
  ).action(async (rawFlags: unknown) => {
    const flags = ListFlags.parse(rawFlags);
    const baseDir = baseDirFor(flags.config, context.cwd);
    const result = await verifyAuditTrail({ baseDir });
    const directory = toPrintable(auditDirectoryOf({ baseDir }));
    writeLine(
      context.stdout,
      result.files === 0
        ? t("cli.audit.nothingToVerify", { folder: directory })
        : t("cli.audit.intact", {
            lines: result.lines,
            files: result.files,
            folder: directory,
          }),
    );
  });
}
