import type { ExportReport } from "../../export/index.js";
import type { DashboardDependencies } from "../dependencies.js";
import type { Job } from "../jobs.js";
import type { Route } from "../router.js";

import { AUDIT_ROUTES } from "./audit.js";
import { AUTH_ROUTES } from "./auth.js";
import { CONVERT_ROUTES } from "./convert.js";
import { EXPORTS_ROUTES } from "./exports.js";
import { JOB_ROUTES } from "./jobs.js";
import { LIVE_ROUTES } from "./live.js";
import { SYSTEM_ROUTES } from "./system.js";

export function buildRoutes(): Route[] {
  return [
    ...SYSTEM_ROUTES,
    ...AUTH_ROUTES,
    ...CONVERT_ROUTES,
    ...JOB_ROUTES,
    ...EXPORTS_ROUTES,
    ...LIVE_ROUTES,
    ...AUDIT_ROUTES,
  ];
}

/** Counts a finished job in the metrics. */
export function recordFinishedJob(
  deps: DashboardDependencies,
  job: Job,
  report: ExportReport | undefined,
): void {
  deps.metrics.recordExport(
    job.status === "succeeded" ? "success" : "failure",
    report?.totals.rows ?? 0,
  );
}
