/**
 * The loader behind `export-trakt export` without --from: fetches the data
 * from the Trakt API and hands it to the same pipeline as a data export.
 */
import {
  findUnchangedKinds,
  type ExportEvent,
  type ExportKind,
  type LoadedLibrary,
} from "../../export/index.js";
import { fetchLiveLibrary } from "../../live/index.js";
import { TraktApiError } from "../../shared/index.js";
import type { TraktApiEvent, TraktTransport } from "../../trakt/index.js";

import type { CliContext } from "../context.js";
import type { Runtime } from "../../runtime/index.js";
import {
  requireClientCredentials,
  traktSession,
  type TraktFlags,
} from "../trakt-setup.js";

export interface LiveLoadOptions {
  /** `since` is read for `--since last`, which records last_activities. */
  flags: TraktFlags & { since?: string };
  user: string | undefined;
  include: readonly ExportKind[];
  /** Set for `--since last`: the activities recorded by the last export. */
  previousActivities: unknown;
  /** True when an earlier export's state was found for `--since last`. */
  isIncremental: boolean;
  /** Told about every client event, e.g. to count requests by status. */
  onApiEvent?: ((event: TraktApiEvent) => void) | undefined;
}

function toExportEvent(event: TraktApiEvent): ExportEvent | undefined {
  switch (event.kind) {
    case "rate-limit-wait":
      return event;
    case "retry":
      return {
        kind: "retrying",
        path: event.path,
        attempt: event.attempt,
        delayMs: event.delayMs,
      };
    case "page":
    case "response":
    case "token-refreshed":
    case "warning":
      return undefined;
    default: {
      const unhandled: never = event;
      throw new Error(`Unhandled Trakt event ${JSON.stringify(unhandled)}`);
    }
  }
}

/** `undefined` when this Trakt (or sandbox) has no last_activities. */
async function fetchLastActivities(
  transport: TraktTransport,
): Promise<unknown> {
  try {
    return (await transport.get("/sync/last_activities", {}, true)).json;
  } catch (error) {
    // Without last_activities nothing is skipped: safe, just more requests.
    if (error instanceof TraktApiError && error.status === 404) {
      return undefined;
    }
    throw error;
  }
}

export function createLiveLoader(
  options: LiveLoadOptions,
  context: CliContext,
  runtime: Runtime,
): (onEvent: (event: ExportEvent) => void) => Promise<LoadedLibrary> {
  return async (onEvent) => {
    const session = traktSession(options.flags, context, runtime);
    const credentials = await requireClientCredentials(session);
    const client = await session.openClient({
      credentials,
      withTokens: options.user === undefined,
      onEvent: (event) => {
        options.onApiEvent?.(event);
        const mapped = toExportEvent(event);
        if (mapped !== undefined) onEvent(mapped);
      },
    });
    try {
      const isOwn = options.user === undefined;
      // The first `--since last` run has no state to compare with yet, but
      // it records the activities so that the next run can skip categories.
      const wantsActivities =
        options.isIncremental || options.flags.since === "last";
      const lastActivities =
        isOwn && wantsActivities
          ? await fetchLastActivities(client.transport)
          : undefined;
      // Only kinds this run exports: the report lists what it left out.
      const unchanged = options.isIncremental
        ? findUnchangedKinds(options.previousActivities, lastActivities).filter(
            (kind) => options.include.includes(kind),
          )
        : [];
      const location =
        options.user === undefined
          ? client.settings.apiBaseUrl
          : `${client.settings.apiBaseUrl}/users/${options.user}`;
      const loaded = await fetchLiveLibrary({
        transport: client.transport,
        pageLimit: client.settings.pageLimit,
        user: options.user,
        include: options.include,
        unchanged,
        location,
        onEvent,
      });
      return { ...loaded, lastActivities, unchanged };
    } finally {
      await client.close();
    }
  };
}
