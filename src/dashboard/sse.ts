import type { ServerResponse } from "node:http";

import { translateText, type Translate } from "../i18n/index.js";

import type { Job, JobEvent, JobRegistry } from "./jobs.js";

// Comment lines keep idle connections open through proxies.
const KEEP_ALIVE_MS = 15_000;

function formatEvent(event: JobEvent, t: Translate): string {
  const shown =
    event.kind === "failed"
      ? { ...event, message: translateText(event.message, t) }
      : event;
  return `event: ${event.kind}\ndata: ${JSON.stringify(shown)}\n\n`;
}

/**
 * Streams a job's events as `text/event-stream`: everything so far, then each
 * new event; the stream ends after the `summary` or `failed` event. A
 * failure's message is in the language of the page that follows the job.
 */
export function streamJobEvents(
  response: ServerResponse,
  registry: JobRegistry,
  job: Job,
  t: Translate,
): void {
  response.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    Connection: "keep-alive",
  });
  response.write(": progress of one export job\n\n");

  const keepAlive = setInterval(() => {
    response.write(": keep-alive\n\n");
  }, KEEP_ALIVE_MS);
  const finish = (): void => {
    clearInterval(keepAlive);
    stop();
    response.end();
  };
  const stop = registry.subscribe(job, (event) => {
    response.write(formatEvent(event, t));
    if (event.kind === "summary" || event.kind === "failed") {
      // The subscription replays events synchronously, so `stop` may not be
      // assigned yet; finishing on the next tick avoids using it too early.
      setImmediate(finish);
    }
  });
  response.on("close", () => {
    clearInterval(keepAlive);
    stop();
  });
}
