import type { Command } from "commander";

import { openRuntime } from "../../runtime/index.js";
import {
  DEFAULT_HEALTH_LIMITS,
  describeProblem,
  describeStatus,
  type HealthVerdict,
  checkSchedulerHealth,
} from "../../schedule/index.js";
import { AppError } from "../../shared/index.js";
import { markReported } from "../command-log.js";
import { homeDirOf } from "../command-environment.js";
import { writeLine, writeWarning, type CliContext } from "../context.js";
import { addCommonOptions, parsePositiveInteger } from "../options.js";

interface HealthFlags {
  config?: string;
  json?: boolean;
  maxFailures: number;
}

/** The scheduler is missing, stopped, late or failing. */
export class UnhealthyError extends AppError {
  override readonly name = "UnhealthyError";
}

/**
 * Reads the scheduler's status file in the configured exports folder and
 * judges it. Read-only and quiet: container health checks run it every few
 * minutes, so it writes no audit record.
 */
export async function checkConfiguredScheduler(
  flags: HealthFlags,
  context: CliContext,
): Promise<{ verdict: HealthVerdict; path: string }> {
  const runtime = await openRuntime({
    configPath: flags.config,
    env: context.env,
    cwd: context.cwd,
    homeDir: homeDirOf(context),
    now: context.now,
    command: "health",
    onAuditFailure: (message) => {
      writeWarning(context, message);
    },
    isAudited: false,
  });
  const outputRoot = await runtime.dataGuard.checkPath(
    runtime.loaded.config.export.outputDir,
    "config",
    "read",
  );
  return checkSchedulerHealth(outputRoot, {
    now: context.now(),
    maxFailures: flags.maxFailures,
  });
}

export function registerHealth(program: Command, context: CliContext): void {
  const { t } = context.translator;
  const command = program
    .command("health")
    .description(t("help.health"))
    .option("--json", t("help.health.json"))
    .option(
      "--max-failures <n>",
      t("help.health.maxFailures"),
      parsePositiveInteger("--max-failures"),
      DEFAULT_HEALTH_LIMITS.maxFailures,
    );
  addCommonOptions(command, t).action(async (flags: HealthFlags) => {
    const { verdict, path } = await checkConfiguredScheduler(flags, context);
    const { status, problem } = verdict;
    if (flags.json === true) {
      context.stdout.write(
        `${JSON.stringify({ healthy: verdict.healthy, problem: problem ?? null, status: status ?? null }, null, 2)}\n`,
      );
    } else if (status !== undefined) {
      for (const line of describeStatus(status, t)) {
        writeLine(context.stdout, line);
      }
    }
    if (problem === undefined) return;
    const error = new UnhealthyError(
      describeProblem(problem, path, status?.timeZone ?? "UTC"),
    );
    // `--json` already said it on stdout; the exit code is what is left.
    if (flags.json === true) markReported(error);
    throw error;
  });
}
