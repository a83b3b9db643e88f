import { Command } from "commander";
import { z } from "zod";

import {
  openRuntime,
  runSecurityCheck,
  FINDING_LEVELS,
  type CheckArea,
  type FindingLevel,
  type SecurityFinding,
  type SecurityRating,
  type SelfCheckReport,
} from "../../runtime/index.js";
import {
  localize,
  translateText,
  type MessageKey,
  type Translate,
  type UserText,
} from "../../i18n/index.js";
import { openSystemKeyringEntry } from "../../security/index.js";
import { SecurityError, UsageError, toPrintable } from "../../shared/index.js";
import { homeDirOf } from "../command-environment.js";
import { writeLine, writeWarning, type CliContext } from "../context.js";
import { parseFlags, printWarnings } from "../flags.js";
import { addCommonOptions } from "../options.js";

export interface ValidateOptions {
  configPath: string | undefined;
  security: boolean;
  fix: boolean;
}

export type ValidateResult =
  | { kind: "config"; configPath: string | null; warnings: UserText[] }
  | { kind: "security"; report: SelfCheckReport };

/** `validate`: loads the config; with `security`, runs the self-check. */
export async function validateSetup(
  context: CliContext,
  options: ValidateOptions,
): Promise<ValidateResult> {
  if (options.fix && !options.security) {
    throw new UsageError(localize("validate.fixNeedsSecurity"));
  }
  const runtime = await openRuntime({
    configPath: options.configPath,
    env: context.env,
    cwd: context.cwd,
    homeDir: homeDirOf(context),
    now: context.now,
    command: "validate",
    onAuditFailure: (message) => {
      writeWarning(context, message);
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

const LEVEL_LABELS: Record<FindingLevel, MessageKey> = {
  ok: "validate.level.ok",
  info: "validate.level.info",
  warning: "validate.level.warning",
  error: "validate.level.error",
};

const AREA_LABELS: Record<CheckArea, MessageKey> = {
  config: "validate.area.config",
  keyring: "validate.area.keyring",
  key_source: "validate.area.keySource",
  file_modes: "validate.area.fileModes",
  https: "validate.area.https",
  audit: "validate.area.audit",
  rate_limit: "validate.area.rateLimit",
};

const RATING_LABELS: Record<SecurityRating, MessageKey> = {
  high: "validate.rating.high",
  medium: "validate.rating.medium",
  low: "validate.rating.low",
};

/** One finding as `level area: message`, its level padded to `width`. */
export function formatFinding(
  finding: SecurityFinding,
  t: Translate,
  width = 0,
): string {
  const level = t(LEVEL_LABELS[finding.level]).padEnd(width);
  const area = t(AREA_LABELS[finding.area]);
  const message = toPrintable(translateText(finding.message, t));
  return t("validate.finding", { level, area, message });
}

/** The human form of the report, one finding per line, rating last. */
export function formatSecurityReport(
  report: SelfCheckReport,
  t: Translate,
): string[] {
  const width = Math.max(
    ...FINDING_LEVELS.map((level) => t(LEVEL_LABELS[level]).length),
  );
  const lines = report.findings.map((finding) =>
    formatFinding(finding, t, width),
  );
  const { error, warning } = report.counts;
  lines.push(
    t("validate.rating", {
      rating: t(RATING_LABELS[report.rating]),
      errors: t("validate.errors", { count: error }),
      warnings: t("validate.warnings", { count: warning }),
    }),
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
      if (flags.json === true) {
        writeLine(context.stdout, JSON.stringify(result, null, 2));
      } else {
        writeLine(
          context.stdout,
          result.configPath === null
            ? t("validate.validDefaults")
            : t("validate.valid", { path: result.configPath }),
        );
      }
      return;
    }

    const { report } = result;
    const text =
      flags.json === true
        ? [JSON.stringify(report, null, 2)]
        : formatSecurityReport(report, t);
    for (const line of text) writeLine(context.stdout, line);
    if (report.counts.error > 0) {
      throw new SecurityError(
        localize("validate.failed", { count: report.counts.error }),
      );
    }
  });
  program.addCommand(command);
}
