import {
  Counter,
  Registry,
  collectDefaultMetrics,
  type CounterConfiguration,
} from "prom-client";

/**
 * The dashboard's Prometheus metrics, in a registry of their own so that two
 * servers in one process (tests) never share counters. Trakt figures are
 * counted by whoever performs Trakt requests, through the methods below.
 */
export class DashboardMetrics {
  readonly registry = new Registry();
  readonly #exports: Counter<"result">;
  readonly #rowsWritten: Counter;
  readonly #traktRequests: Counter<"status">;
  readonly #retries: Counter;
  readonly #rateLimitWaits: Counter;
  readonly #auditWriteFailures: Counter;
  readonly #refusedRequests: Counter<"status">;

  constructor() {
    const counter = <T extends string>(
      config: CounterConfiguration<T>,
    ): Counter<T> => new Counter({ ...config, registers: [this.registry] });

    this.#exports = counter({
      name: "export_trakt_exports_total",
      help: "Export jobs started from the dashboard, by result.",
      labelNames: ["result"],
    });
    this.#rowsWritten = counter({
      name: "export_trakt_rows_written_total",
      help: "Letterboxd rows written by dashboard export jobs.",
    });
    this.#traktRequests = counter({
      name: "export_trakt_trakt_requests_total",
      help: "Requests sent to the Trakt API, by HTTP status.",
      labelNames: ["status"],
    });
    this.#retries = counter({
      name: "export_trakt_trakt_retries_total",
      help: "Trakt requests retried after a transient failure.",
    });
    this.#rateLimitWaits = counter({
      name: "export_trakt_rate_limit_waits_total",
      help: "Times a Trakt request waited for the rate limiter.",
    });
    this.#auditWriteFailures = counter({
      name: "export_trakt_audit_write_failures_total",
      help: "Audit events that could not be written.",
    });
    this.#refusedRequests = counter({
      name: "export_trakt_dashboard_refused_requests_total",
      help: "Dashboard requests refused, by HTTP status.",
      labelNames: ["status"],
    });
    this.#exports.inc({ result: "success" }, 0);
    this.#exports.inc({ result: "failure" }, 0);
    collectDefaultMetrics({ register: this.registry });
  }

  recordExport(result: "success" | "failure", rows: number): void {
    this.#exports.inc({ result });
    if (rows > 0) this.#rowsWritten.inc(rows);
  }

  recordTraktRequest(status: number): void {
    this.#traktRequests.inc({ status: String(status) });
  }

  recordRetry(): void {
    this.#retries.inc();
  }

  recordRateLimitWait(): void {
    this.#rateLimitWaits.inc();
  }

  recordAuditWriteFailure(): void {
    this.#auditWriteFailures.inc();
  }

  recordRefusal(status: number): void {
    this.#refusedRequests.inc({ status: String(status) });
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return {
      contentType: this.registry.contentType,
      body: await this.registry.metrics(),
    };
  }
}
