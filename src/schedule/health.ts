import { hostname } from "node:os";

import { isProcessAlive } from "./lock.js";
import {
  DEFAULT_HEALTH_LIMITS,
  assessScheduleHealth,
  readScheduleStatus,
  scheduleStatusPath,
  type HealthVerdict,
} from "./status.js";

/**
 * Reads the status the scheduler keeps in `outputRoot` and judges it on this
 * host and clock, as `health` and the dashboard both do.
 */
export async function checkSchedulerHealth(
  outputRoot: string,
  options: { now: Date; maxFailures?: number },
): Promise<{ verdict: HealthVerdict; path: string }> {
  const path = scheduleStatusPath(outputRoot);
  const verdict = assessScheduleHealth(await readScheduleStatus(path), {
    now: options.now,
    hostname: hostname(),
    isProcessAlive,
    maxFailures: options.maxFailures ?? DEFAULT_HEALTH_LIMITS.maxFailures,
    graceMs: DEFAULT_HEALTH_LIMITS.graceMs,
    maxRunMs: DEFAULT_HEALTH_LIMITS.maxRunMs,
    maxSkippedRuns: DEFAULT_HEALTH_LIMITS.maxSkippedRuns,
  });
  return { verdict, path };
}
