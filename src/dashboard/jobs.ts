import { randomBytes } from "node:crypto";
import { basename } from "node:path";

import type { ExportEvent, ExportReport } from "../export/index.js";
import { localize, type UserText } from "../i18n/index.js";
import { describeError, isExpectedError } from "../shared/index.js";

import { HttpError } from "./http-errors.js";

export interface ExportSummary {
  kind: "summary";
  /** The export's folder name inside the exports root. */
  folder: string;
  rows: number;
  files: { path: string; rows: number }[];
  /** Rendered in each viewer's language (JSON would make them English). */
  warnings: UserText[];
}

/** How a job failed; rendered in each viewer's language. */
export interface JobFailure {
  kind: "failed";
  message: UserText;
}

/** What a job's progress stream carries: pipeline events, then one ending. */
export type JobEvent = ExportEvent | ExportSummary | JobFailure;

export type JobStatus = "running" | "succeeded" | "failed";
export type JobSource = "upload" | "trakt-api";

export interface Job {
  id: string;
  source: JobSource;
  status: JobStatus;
  startedAt: Date;
  events: JobEvent[];
}

export type JobRunner = (
  onEvent: (event: ExportEvent) => void,
) => Promise<ExportReport>;

export interface JobRegistryOptions {
  maxRunning: number;
  /** Finished jobs kept for their pages and streams. */
  maxKept: number;
  now: () => Date;
  onFinished: (job: Job, report: ExportReport | undefined) => void;
}

type Listener = (event: JobEvent) => void;

/** Builds the summary event from a finished export's report. */
export function toSummary(report: ExportReport): ExportSummary {
  return {
    kind: "summary",
    folder: basename(report.outputDir ?? ""),
    rows: report.totals.rows,
    files: report.files.map((file) => ({ path: file.path, rows: file.rows })),
    warnings: report.warnings,
  };
}

/** Export jobs run in the background; their events are kept for replay. */
export class JobRegistry {
  readonly #jobs = new Map<string, Job>();
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #options: JobRegistryOptions;

  constructor(options: JobRegistryOptions) {
    this.#options = options;
  }

  get(id: string): Job | undefined {
    return this.#jobs.get(id);
  }

  /** Starts a job; refuses with 409 when too many are already running. */
  start(source: JobSource, run: JobRunner): Job {
    const running = [...this.#jobs.values()].filter(
      (job) => job.status === "running",
    );
    if (running.length >= this.#options.maxRunning) {
      throw new HttpError(409, "Too many export jobs are running.");
    }

    const job: Job = {
      id: randomBytes(9).toString("base64url"),
      source,
      status: "running",
      startedAt: this.#options.now(),
      events: [],
    };
    this.#jobs.set(job.id, job);
    this.#forgetOldJobs();
    void this.#run(job, run);
    return job;
  }

  /**
   * Calls `listener` for every event so far, then for each new one until the
   * job ends. Returns a function that stops listening.
   */
  subscribe(job: Job, listener: Listener): () => void {
    for (const event of job.events) listener(event);
    if (job.status !== "running") return () => undefined;

    const listeners = this.#listeners.get(job.id) ?? new Set<Listener>();
    listeners.add(listener);
    this.#listeners.set(job.id, listeners);
    return () => listeners.delete(listener);
  }

  async #run(job: Job, run: JobRunner): Promise<void> {
    let report: ExportReport | undefined;
    try {
      report = await run((event) => {
        this.#emit(job, event);
      });
      job.status = "succeeded";
      this.#emit(job, toSummary(report));
    } catch (error) {
      job.status = "failed";
      // Expected failures (a broken ZIP, a refused path) explain themselves;
      // anything else is a bug whose text is not meant for the browser.
      const message: UserText = isExpectedError(error)
        ? (error.localized ?? describeError(error))
        : localize("report.jobInternalError");
      this.#emit(job, { kind: "failed", message });
    }
    this.#listeners.delete(job.id);
    this.#options.onFinished(job, report);
  }

  #emit(job: Job, event: JobEvent): void {
    job.events.push(event);
    for (const listener of this.#listeners.get(job.id) ?? []) listener(event);
  }

  #forgetOldJobs(): void {
    const finished = [...this.#jobs.values()].filter(
      (job) => job.status !== "running",
    );
    const excess = finished.length - this.#options.maxKept;
    for (const job of finished.slice(0, Math.max(0, excess))) {
      this.#jobs.delete(job.id);
    }
  }
}
