import type { ExportReport } from "../../export/index.js";
import { recordAction } from "../dashboard-audit.js";
import type { JobRunner, JobSource } from "../jobs.js";
import { HttpError } from "../http-errors.js";
import { renderPage } from "../layout.js";
import { renderJobPage } from "../pages/job-page.js";
import type { RequestContext } from "../request-context.js";
import { redirect, sendHtml } from "../respond.js";
import type { Route } from "../router.js";
import { streamJobEvents } from "../sse.js";

/**
 * Starts an export job, audits how it ends, and sends the browser to the
 * job's page. `cleanup` runs whatever happens (it removes uploads).
 */
export async function startExportJob(
  context: RequestContext,
  source: JobSource,
  run: JobRunner,
  cleanup: () => Promise<void>,
): Promise<void> {
  const audited: JobRunner = async (onEvent) => {
    try {
      const report: ExportReport = await run(onEvent);
      recordAction(context, {
        eventType: "data_export",
        action: `export_${source}`,
        result: "success",
        message: `Export from ${source} wrote ${report.totals.rows} rows in ${report.totals.files} files.`,
        details: { folder: report.outputDir ?? "" },
      });
      return report;
    } catch (error) {
      recordAction(context, {
        eventType: "data_export",
        action: `export_${source}`,
        result: "failure",
        message: `Export from ${source} failed.`,
      });
      throw error;
    } finally {
      await cleanup();
    }
  };
  let job;
  try {
    job = context.state.jobs.start(source, audited);
  } catch (error) {
    await cleanup();
    throw error;
  }
  redirect(context.response, `/jobs/${job.id}`);
}

function findJob(context: RequestContext, id: string | undefined) {
  const job = context.state.jobs.get(id ?? "");
  if (job === undefined) throw new HttpError(404, "No such job.");
  return job;
}

export const JOB_ROUTES: readonly Route[] = [
  {
    method: "GET",
    pattern: "/jobs/:id",
    access: "session",
    handle: (context, params) => {
      const job = findJob(context, params.id);
      const title = context.t("job.title", { id: job.id });
      const page = renderPage(context, title, renderJobPage(job, context.t));
      sendHtml(context.response, 200, page);
      return Promise.resolve();
    },
  },
  {
    method: "GET",
    pattern: "/jobs/:id/events",
    access: "session",
    handle: (context, params) => {
      const job = findJob(context, params.id);
      streamJobEvents(context.response, context.state.jobs, job, context.t);
      return Promise.resolve();
    },
  },
];
