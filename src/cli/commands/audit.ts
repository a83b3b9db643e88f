import { dirname } from "node:path";
import type { Writable } from "node:stream";

import type { Command } from "commander";
import { z } from "zod";

import { localize, type Translate } from "../../i18n/index.js";
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
  AuditSettings,
  AuditSeverity,
  AuditVerification,
  FilesystemSettings,
} from "../../security/index.js";
import { loadConfig } from "../../config/index.js";
import { toAuditSettings, toFilesystemSettings } from "../../runtime/index.js";
import { homeDirOf } from "../command-environment.js";
import type { CliContext } from "../context.js";
import { writeLine } from "../context.js";
import { addCommonOptions } from "../options.js";

export interface AuditLocation {
  /** The config file's folder, or the working folder without one. */
  baseDir: string;
  /** From the config file; the secure defaults when absent. */
  audit?: AuditSettings;
  filesystem?: FilesystemSettings;
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

function createReadOnlyGuard(location: AuditLocation): PathGuard {
  return new PathGuard(location.filesystem ?? DEFAULT_FILESYSTEM_SETTINGS, {
    baseDir: location.baseDir,
  });
}

function auditDirectoryOf(location: AuditLocation): string {
  return resolveAuditDirectory(
    location.audit ?? DEFAULT_AUDIT_SETTINGS,
    location.baseDir,
  );
}

/** Where the audit log of this config lives, and the rules for reading it. */
async function locateAudit(
  configPath: string | undefined,
  context: CliContext,
): Promise<AuditLocation> {
  const loaded = await loadConfig({
    explicitPath: configPath,
    env: context.env,
    cwd: context.cwd,
    homeDir: homeDirOf(context),
  });
  return {
    baseDir: loaded.path === undefined ? context.cwd : dirname(loaded.path),
    audit: toAuditSettings(loaded.config),
    filesystem: toFilesystemSettings(loaded.config),
  };
}

function columnLabels(t: Translate): string[] {
  return [
    t("auditList.time"),
    t("auditList.severity"),
    t("auditList.type"),
    t("auditList.action"),
    t("auditList.result"),
    t("auditList.message"),
  ];
}

/**
 * A heading and rows in columns two spaces apart, each as wide as its
 * longest cell; the last column is not padded.
 */
function formatTable(
  heading: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const widths = heading.map((label, column) =>
    Math.max(label.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const last = heading.length - 1;
  return [heading, ...rows].map((cells) =>
    cells
      .map((cell, column) =>
        column === last ? cell : cell.padEnd(widths[column] ?? 0),
      )
      .join("  "),
  );
}

/**
 * Prints the matching audit events, oldest first, under a heading (or says
 * there are none); returns how many.
 */
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
    createReadOnlyGuard(options),
  );

  if (options.json) {
    writeLine(options.stdout, JSON.stringify(records, null, 2));
  } else if (records.length === 0) {
    const isFiltered =
      options.since !== undefined ||
      options.types !== undefined ||
      options.minSeverity !== undefined;
    const key = isFiltered ? "auditList.noneMatching" : "auditList.none";
    writeLine(
      options.stderr,
      options.t(key, { folder: toPrintable(directory) }),
    );
  } else {
    const rows = records.map((record) => [
      record.timestamp,
      record.severity,
      record.event_type,
      `${record.source}/${record.action}`,
      record.result,
      toPrintable(record.message),
    ]);
    for (const line of formatTable(columnLabels(options.t), rows)) {
      writeLine(options.stdout, line);
    }
  }
  if (unreadableLines > 0) {
    const message = options.t("cli.audit.unreadable", {
      count: unreadableLines,
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
    pathGuard: createReadOnlyGuard(options),
    hashLine: createLineHasher(),
  });
  if (!result.isIntact) {
    throw new SecurityError(
      localize("auditList.broken", {
        file: result.file,
        line: result.line,
        problem: result.problem,
      }),
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
      localize("auditList.since", { value: toPrintable(value) }),
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
        localize("auditList.type.invalid", {
          types: AUDIT_EVENT_TYPES.join(", "),
          value: toPrintable(type),
        }),
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
      localize("auditList.severity.invalid", {
        severities: AUDIT_SEVERITIES.join(", "),
        value: toPrintable(value),
      }),
    );
  }
  return parsed.data;
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
      ...(await locateAudit(flags.config, context)),
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
    // `audit` has the same options, so `--config` after `verify` may land on
    // the parent; read both.
    const parentFlags = ListFlags.parse(audit.opts());
    const flags = ListFlags.parse(rawFlags);
    const location = await locateAudit(
      flags.config ?? parentFlags.config,
      context,
    );
    const result = await verifyAuditTrail(location);
    const directory = toPrintable(auditDirectoryOf(location));
    writeLine(
      context.stdout,
      result.files === 0
        ? t("cli.audit.nothingToVerify", { folder: directory })
        : t("cli.audit.intact", {
            lines: t("count.lines", { count: result.lines }),
            files: t("count.files", { count: result.files }),
            folder: directory,
          }),
    );
  });
}
