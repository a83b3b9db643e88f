/**
 * The parts of the dashboard that other features provide, built over the
 * `serve` command's runtime: live exports, the Trakt login and the schedule.
 * They call the same functions as `export`, `auth`, `token revoke` and
 * `schedule`, so both front ends behave alike.
 */
import type {
  DashboardMetrics,
  ScheduleView,
  StartLiveExport,
} from "../dashboard/index.js";
import { LETTERBOXD_LIMITS } from "../letterboxd/index.js";
import type { Runtime } from "../runtime/index.js";
import {
  listNextRuns,
  parseCronSchedule,
  checkSchedulerHealth,
} from "../schedule/index.js";
import { errorTextOf } from "../shared/index.js";
import type { TraktApiEvent } from "../trakt/index.js";

import { exportWithRuntime, type ExportFlags } from "./commands/export.js";
import type { CliContext } from "./context.js";

/** How many upcoming runs the Schedule page lists. */
const NEXT_RUNS_SHOWN = 5;

/** Counts a Trakt client event in the dashboard's metrics. */
export function countTraktEvent(
  metrics: DashboardMetrics,
  event: TraktApiEvent,
): void {
  switch (event.kind) {
    case "response":
      metrics.recordTraktRequest(event.status);
      return;
    case "retry":
      metrics.recordRetry();
      return;
    case "rate-limit-wait":
      metrics.recordRateLimitWait();
      return;
    case "page":
    case "token-refreshed":
    case "warning":
      return;
    default: {
      const unhandled: never = event;
      throw new Error(`Unhandled Trakt event ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * Live exports from the Export page: the `export` command's pipeline in the
 * dashboard's runtime, holding the same export lock, with progress going to
 * the job's event stream and Trakt requests to the metrics.
 */
export function createLiveExportStarter(
  context: CliContext,
  runtime: Runtime,
  metrics: DashboardMetrics,
): StartLiveExport {
  return (request) => {
    const flags: ExportFlags = {
      maxRows: LETTERBOXD_LIMITS.maxRows,
      maxBytes: LETTERBOXD_LIMITS.maxBytes,
      historyMode: request.historyMode,
      export: [...request.include],
      ...(request.timeZone === undefined ? {} : { timezone: request.timeZone }),
      ...(request.sinceDate === undefined ? {} : { since: request.sinceDate }),
    };
    return exportWithRuntime(flags, context, runtime, {
      purpose: "manual",
      outputRoot: request.outputRoot,
      onEvent: request.onEvent,
      onApiEvent: (event) => {
        countTraktEvent(metrics, event);
      },
    });
  };
}

/**
 * The `[schedule]` of the config, with its next runs in the export time
 * zone (`[export] timezone`, else this computer's); none when it is absent.
 */
export function createScheduleView(
  runtime: Runtime,
  systemTimeZone: string,
  now: () => Date,
): ScheduleView {
  return {
    listSchedules: () => {
      const { config } = runtime.loaded;
      const expression = config.schedule.cron;
      if (expression === undefined) return Promise.resolve([]);

      const timeZone = config.export.timezone ?? systemTimeZone;
      const schedule = parseCronSchedule(expression, timeZone);
      return Promise.resolve([
        {
          name: "[schedule] cron",
          description: `${schedule.expression} (${timeZone})`,
          timeZone,
          nextRuns: listNextRuns(schedule, now(), NEXT_RUNS_SHOWN),
        },
      ]);
    },
    readSchedulerHealth: async () => {
      try {
        const outputRoot = await runtime.dataGuard.checkPath(
          runtime.loaded.config.export.outputDir,
          "config",
          "read",
        );
        const { verdict, path } = await checkSchedulerHealth(outputRoot, {
          now: now(),
        });
        return { kind: "read", verdict, path };
      } catch (error) {
        return { kind: "unreadable", message: errorTextOf(error) };
      }
    },
  };
}
