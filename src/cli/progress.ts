import type { ExportEvent } from "../export/index.js";

import type { CliContext } from "./context.js";

export interface Progress {
  update: (event: ExportEvent) => void;
  done: () => void;
}

const BAR_WIDTH = 24;

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal so
 * that logs and pipes stay clean.
 */
export function createProgress(context: CliContext): Progress {
  if (!context.isStderrTty)
    return { update: () => undefined, done: () => undefined };

  const { t } = context.translator;
  let drawn = false;
  let pagesFetched = 0;
  const draw = (text: string) => {
    context.stderr.write(`\r\u001b[2K${text}`);
    drawn = true;
  };

  return {
    update: (event) => {
      switch (event.kind) {
        case "reading": {
          const filled = Math.round(
            (event.filesDone / Math.max(event.filesTotal, 1)) * BAR_WIDTH,
          );
          const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
          draw(
            t("progress.reading", {
              bar,
              done: event.filesDone,
              total: event.filesTotal,
            }),
          );
          break;
        }
        case "fetching":
          pagesFetched += 1;
          draw(t("progress.fetching", { count: pagesFetched }));
          break;
        case "rate-limit-wait":
          draw(
            t("progress.rateLimit", {
              seconds: Math.ceil(event.waitMs / 1000),
            }),
          );
          break;
        case "retrying":
          draw(
            t("progress.retrying", {
              path: event.path,
              seconds: Math.ceil(event.delayMs / 1000),
              attempt: event.attempt + 1,
            }),
          );
          break;
        case "converting":
          draw(t("progress.converting"));
          break;
        case "writing":
          draw(t("progress.writing", { files: event.files }));
          break;
        default: {
          const unknown: never = event;
          throw new Error(
            `Unhandled progress event ${JSON.stringify(unknown)}`,
          );
        }
      }
    },
    done: () => {
      if (drawn) context.stderr.write("\r\u001b[2K");
    },
  };
}
