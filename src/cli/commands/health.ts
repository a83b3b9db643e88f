import type { Command } from "commander";

import {
  DEFAULT_HEALTH_LIMITS,
  describeProblem,
  describeStatus,
  checkSchedulerHealth,
} from "../../schedule/index.js";
import { AppError, InputError } from "../../shared/index.js";
import { markReported } from "../command-log.js";
import { openCommandRuntime } from "../command-runtime.js";
import { writeLine, type CliContext } from "../context.js";
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
 * The configured exports folder, where the scheduler keeps its status.
 * Read-only and quiet: container health checks run `health` every few
 * minutes, so it writes no audit record.
 */
async function findStatusFolder(
  flags: HealthFlags,
  context: CliContext,
): Promise<string> {
  const runtime = await openCommandRuntime(flags.config, context, "health", {
    showWarnings: false,
    isAudited: false,
  });
  return runtime.dataGuard.checkPath(
    runtime.loaded.config.export.outputDir,
    "config",
    "read",
  );
}

function printJson(context: CliContext, verdict: object): void {
  context.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
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
    const outputRoot = await findStatusFolder(flags, context);
    let checked: Awaited<ReturnType<typeof checkSchedulerHealth>>;
    try {
      checked = await checkSchedulerHealth(outputRoot, {
        now: context.now(),
        maxFailures: flags.maxFailures,
      });
    } catch (error) {
      // Only reading the status file throws here: it is damaged, or not
      // a file this tool can read. A script still gets its JSON.
      if (flags.json !== true || !(error instanceof InputError)) throw error;
      // In English, like the messages inside `status`.
      const problem = { kind: "unreadable", reason: error.message };
      printJson(context, { healthy: false, problem, status: null });
      markReported(error);
      throw error;
    }
    const { verdict, path } = checked;
    const { status, problem } = verdict;
    if (flags.json === true) {
      printJson(context, {
        healthy: verdict.healthy,
        problem: problem ?? null,
        status: status ?? null,
      });
    } else if (status !== undefined) {
      for (const line of describeStatus(status, t, problem)) {
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
