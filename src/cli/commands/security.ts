import { Command } from "commander";
import { z } from "zod";

import {
  openRuntime,
  readSecurityStatus,
  type SecurityStatus,
} from "../../runtime/index.js";
import { describeKeySource } from "../../security/index.js";
import { toPrintable } from "../../shared/index.js";
import { homeDirOf } from "../command-environment.js";
import { writeLine, type CliContext } from "../context.js";
import { parseFlags } from "../flags.js";
import { addCommonOptions } from "../options.js";

/** `security status`: gathers the figures through the configured runtime. */
export async function showSecurityStatus(
  context: CliContext,
  configPath: string | undefined,
): Promise<SecurityStatus> {
  const runtime = await openRuntime({
    configPath,
    env: context.env,
    cwd: context.cwd,
    homeDir: homeDirOf(context),
    now: context.now,
    command: "security status",
    onAuditFailure: (message) => {
      writeLine(context.stderr, `Warning: ${message}`);
    },
    // The status reports modes itself rather than refusing to start.
    shouldCheckSecretFiles: false,
  });
  try {
    const status = await readSecurityStatus({
      runtime,
      env: context.env,
      cwd: context.cwd,
      now: context.now(),
    });
    runtime.close("success");
    return status;
  } catch (error) {
    runtime.close("failure");
    throw error;
  }
}

function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0
    ? "none"
    : entries.map(([name, count]) => `${name} ${count}`).join(", ");
}

/** The human form: one `Label: value` line per figure. */
export function formatSecurityStatus(status: SecurityStatus): string[] {
  const { audit, rateLimit, encryption } = status;
  const chain = audit.chain.isIntact
    ? `intact (${audit.chain.lines} lines in ${audit.chain.files} files)`
    : `BROKEN at "${audit.chain.file}" line ${audit.chain.line}: ${audit.chain.problem}`;
  const counters = Object.entries(rateLimit.counters)
    .map(
      ([name, c]) =>
        `${name} allowed ${c.allowed}, delayed ${c.delayed}, refused ${c.refused}`,
    )
    .join("; ");
  const problems = status.permissions.findings.filter(
    (finding) => finding.level !== "ok",
  );

  const lines = [
    `Config file: ${status.configPath ?? "none (built-in defaults)"}`,
    `Encryption: ${encryption.enabled ? "on" : "off"}, key from ${describeKeySource(encryption.keySource, encryption.keyFilePath)}`,
    `Credential backend: ${status.backend}`,
    `Audit log: ${audit.enabled ? "on" : "off"}, ${audit.directory}`,
    `Audit events since ${audit.since}: ${formatCounts(audit.eventsByType)}`,
    `Audit events by severity: ${formatCounts(audit.eventsBySeverity)}`,
    `Audit write failures (this run): ${audit.writeFailures}`,
    `Audit chain: ${chain}`,
    `Rate limiting: ${rateLimit.enabled ? "on" : "off"}, ${rateLimit.serverLimitHits} server limit hit(s) in the audit window`,
    `Rate-limit counters (this run): ${counters === "" ? "none" : counters}`,
    `Permission check at ${status.permissions.checkedAt}: ${problems.length === 0 ? "no problems" : `${problems.length} problem(s)`}`,
    ...problems.map((finding) => `  ${finding.message}`),
  ];
  return lines.map((line) => toPrintable(line));
}

const StatusFlags = z.object({
  config: z.string().optional(),
  json: z.boolean().optional(),
  quiet: z.boolean().optional(),
  verbose: z.boolean().optional(),
});

/** `export-trakt security status [--json]`. */
export function registerSecurityCommands(
  program: Command,
  context: CliContext,
): void {
  const { t } = context.translator;
  const group = program.command("security").description(t("help.security"));
  const status = addCommonOptions(new Command("status"), t)
    .description(t("help.security.status"))
    .option("--json", t("help.security.json"));
  status.action(async () => {
    const flags = parseFlags(StatusFlags, status);
    const result = await showSecurityStatus(context, flags.config);
    const lines =
      flags.json === true
        ? [JSON.stringify(result, null, 2)]
        : formatSecurityStatus(result);
    for (const line of lines) writeLine(context.stdout, line);
  });
  group.addCommand(status);
}
