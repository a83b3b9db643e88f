import type { ServerResponse } from "node:http";

import { translateText, type Translate, type UserText } from "../i18n/index.js";
import { toPrintable } from "../shared/index.js";

import type { Job, JobEvent, JobRegistry } from "./jobs.js";
import { limitWarnings } from "./warning-list.js";

// Comment lines keep idle connections open through proxies.
const KEEP_ALIVE_MS = 15_000;

/** An event as one viewer sees it: its texts in that viewer's language. */
function translateEvent(event: JobEvent, t: Translate): unknown {
  const translate = (text: UserText) => toPrintable(translateText(text, t));
  switch (event.kind) {
    case "summary": {
      // The page shows each entry as one warning, the note on the rest too.
      const { shown, hidden } = limitWarnings(event.warnings);
      const more =
        hidden === 0 ? [] : [t("exports.moreWarnings", { count: hidden })];
      return { ...event, warnings: [...shown.map(translate), ...more] };
    }
    case "failed":
      return { ...event, message: translate(event.message) };
    default:
      return event;
  }
}

function formatEvent(event: JobEvent, t: Translate): string {
  const data = JSON.stringify(translateEvent(event, t));
  return `event: ${event.kind}\ndata: ${data}\n\n`;
}

/**
 * Streams a job's events as `text/event-stream`: everything so far, then each
 * new event; the stream ends after the `summary` or `failed` event.
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
