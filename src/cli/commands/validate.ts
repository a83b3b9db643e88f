import { Command } from "commander";
import { z } from "zod";

import {
  openRuntime,
  runSecurityCheck,
  type FindingLevel,
  type SelfCheckReport,
} from "../../runtime/index.js";
import { openSystemKeyringEntry } from "../../security/index.js";
import { SecurityError, UsageError, toPrintable } from "../../shared/index.js";
import { homeDirOf } from "../command-environment.js";
import { writeLine, type CliContext } from "../context.js";
import { parseFlags, printWarnings } from "../flags.js";
import { addCommonOptions } from "../options.js";

export interface ValidateOptions {
  configPath: string | undefined;
  security: boolean;
  fix: boolean;
}

export type ValidateResult =
  | { kind: "config"; configPath: string | null; warnings: string[] }
  | { kind: "security"; report: SelfCheckReport };

/** `validate`: loads the config; with `security`, runs the self-check. */
export async function validateSetup(
  context: CliContext,
  options: ValidateOptions,
): Promise<ValidateResult> {
  if (options.fix && !options.security) {
    throw new UsageError(
      '--fix corrects what the security check finds; use "export-trakt validate --security --fix".',
    );
  }
  const runtime = await openRuntime({
    configPath: options.configPath,
    env: context.env,
    cwd: context.cwd,
    homeDir: homeDirOf(context),
    now: context.now,
    command: "validate",
    onAuditFailure: (message) => {
      writeLine(context.stderr, `Warning: ${message}`);
    },
    // The self-check reports (and fixes) modes itself instead of refusing.
    shouldCheckSecretFiles: !options.security,
  });
  const configPath = runtime.loaded.path ?? null;
  if (!options.security) {
    runtime.close("success");
    return { kind: "config", configPath, warnings: runtime.warnings };
  }

  const report = await runSecurityCheck({
    loaded: runtime.loaded,
    filesystem: runtime.filesystem,
    env: context.env,
    shouldFix: options.fix,
    openKeyringEntry: context.openKeyringEntry ?? openSystemKeyringEntry,
  });
  if (report.fixed.length > 0) {
    runtime.audit.record({
      eventType: "config_change",
      severity: "medium",
      source: "cli",
      action: "fix-permissions",
      result: "success",
      message: `Corrected the mode of ${report.fixed.length} file(s)`,
      details: { paths: report.fixed },
    });
  }
  runtime.close(report.counts.error > 0 ? "failure" : "success");
  return { kind: "security", report };
}

const LEVEL_LABELS: Record<FindingLevel, string> = {
  ok: "ok     ",
  info: "note   ",
  warning: "warning",
  error: "error  ",
};

/** The human form of the report, one finding per line, rating last. */
export function formatSecurityReport(report: SelfCheckReport): string[] {
  const lines = report.findings.map(
    (finding) =>
      `${LEVEL_LABELS[finding.level]} ${finding.area}: ${toPrintable(finding.message)}`,
  );
  const { error, warning } = report.counts;
  lines.push(
    `Security rating: ${report.rating} (${error} error(s), ${warning} warning(s)).`,
  );
  return lines;
}

const ValidateFlags = z.object({
  config: z.string().optional(),
  security: z.boolean().optional(),
  fix: z.boolean().optional(),
  json: z.boolean().optional(),
  quiet: z.boolean().optional(),
  verbose: z.boolean().optional(),
});

/** `export-trakt validate [--security] [--fix] [--json]`. */
export function registerValidateCommand(
  program: Command,
  context: CliContext,
): void {
  const { t } = context.translator;
  const command = addCommonOptions(new Command("validate"), t)
    .description(t("help.validate"))
    .option("--security", t("help.validate.security"))
    .option("--fix", t("help.validate.fix"))
    .option("--json", t("help.validate.json"));
  command.action(async () => {
    const flags = parseFlags(ValidateFlags, command);
    const result = await validateSetup(context, {
      configPath: flags.config,
      security: flags.security === true,
      fix: flags.fix === true,
    });
    if (result.kind === "config") {
      printWarnings(context, result.warnings);
      const where = result.configPath ?? "no config file, built-in defaults";
      if (flags.json === true) {
        writeLine(context.stdout, JSON.stringify(result, null, 2));
      } else {
        writeLine(context.stdout, `The configuration is valid (${where}).`);
      }
      return;
    }

    const { report } = result;
    const text =
      flags.json === true
        ? [JSON.stringify(report, null, 2)]
        : formatSecurityReport(report);
    for (const line of text) writeLine(context.stdout, line);
    if (report.counts.error > 0) {
      throw new SecurityError(
        `The security check found ${report.counts.error} error(s), listed above. Fix them (file modes with --fix) and run "export-trakt validate --security" again.`,
      );
    }
  });
  program.addCommand(command);
}
