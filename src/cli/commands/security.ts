import { Command } from "commander";
import { z } from "zod";

import {
  openRuntime,
  readSecurityStatus,
  type SecurityStatus,
} from "../../runtime/index.js";
import {
  translateText,
  type Translate,
  type Translator,
} from "../../i18n/index.js";
import { toPrintable } from "../../shared/index.js";
import { homeDirOf } from "../command-environment.js";
import { writeLine, writeWarning, type CliContext } from "../context.js";
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
      writeWarning(context, message);
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

/** `name count` pairs by name, or "none". */
function formatCounts(
  counts: Record<string, number>,
  translator: Translator,
): string {
  const numbers = new Intl.NumberFormat(translator.language);
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0
    ? translator.t("status.none")
    : entries
        .map(([name, count]) => `${name} ${numbers.format(count)}`)
        .join(", ");
}

/** Where the key comes from, in the user's language. */
function keySourceText(status: SecurityStatus, t: Translate): string {
  const { keySource, keyFilePath } = status.encryption;
  switch (keySource) {
    case "env-key":
      return "ENCRYPTION_KEY";
    case "passphrase":
      return t("status.keySource.passphrase");
    case "key-file":
      return t("status.keySource.keyFile", { path: keyFilePath });
    default: {
      const unreachable: never = keySource;
      return unreachable;
    }
  }
}

function chainText(status: SecurityStatus, t: Translate): string {
  const { chain } = status.audit;
  return chain.isIntact
    ? t("status.security.chainIntact", {
        lines: t("status.security.lines", { count: chain.lines }),
        files: t("count.files", { count: chain.files }),
      })
    : t("status.security.chainBroken", {
        file: chain.file,
        line: chain.line,
        problem: chain.problem,
      });
}

/** The human form: one `Label: value` line per figure. */
export function formatSecurityStatus(
  status: SecurityStatus,
  translator: Translator,
): string[] {
  const { t } = translator;
  const { audit, rateLimit, encryption } = status;
  const counters = Object.entries(rateLimit.counters)
    .map(([name, { allowed, delayed, refused }]) =>
      t("status.security.counter", { name, allowed, delayed, refused }),
    )
    .join("; ");
  const problems = status.permissions.findings.filter(
    (finding) => finding.level !== "ok",
  );
  const source = keySourceText(status, t);
  const checkedAt = status.permissions.checkedAt;

  const lines = [
    t("status.field", {
      label: t("status.configFile"),
      value: status.configPath ?? t("status.noConfig"),
    }),
    encryption.enabled
      ? t("status.security.encryptionOn", { source })
      : t("status.security.encryptionOff", { source }),
    t("status.security.backend", { backend: status.backend }),
    audit.enabled
      ? t("status.security.auditOn", { folder: audit.directory })
      : t("status.security.auditOff", { folder: audit.directory }),
    t("status.security.eventsByType", {
      since: audit.since,
      counts: formatCounts(audit.eventsByType, translator),
    }),
    t("status.security.eventsBySeverity", {
      counts: formatCounts(audit.eventsBySeverity, translator),
    }),
    t("status.security.writeFailures", { failures: audit.writeFailures }),
    chainText(status, t),
    t(
      rateLimit.enabled
        ? "status.security.rateLimitOn"
        : "status.security.rateLimitOff",
      { count: rateLimit.serverLimitHits },
    ),
    t("status.security.counters", {
      counters: counters === "" ? t("status.none") : counters,
    }),
    problems.length === 0
      ? t("status.security.permissionsOk", { time: checkedAt })
      : t("status.security.permissionsProblems", {
          time: checkedAt,
          count: problems.length,
        }),
    ...problems.map((finding) => `  ${translateText(finding.message, t)}`),
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
        : formatSecurityStatus(result, context.translator);
    for (const line of lines) writeLine(context.stdout, line);
  });
  group.addCommand(status);
}
