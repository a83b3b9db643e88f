/**
 * The small record an export leaves in the output root so that the next run
 * with `--since last` writes only what is new. It holds high-water marks of
 * the data (not the wall clock: a data export can be weeks old) and Trakt's
 * last_activities, never any secret.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

import { z } from "zod";

import { localize } from "../i18n/index.js";
import { OutputError, describeError, readJsonRecord } from "../shared/index.js";
import type { TraktLibrary } from "../trakt/index.js";
import type { IncrementalCutoff } from "../transform/index.js";

export const EXPORT_STATE_FILE = ".export-state.json";
const STATE_FILE_MODE = 0o600;

const Mark = z.number().nullable();
const ExportStateFile = z.object({
  version: z.literal(1),
  lastExportAt: z.string(),
  outputDir: z.string(),
  source: z.object({ kind: z.string(), location: z.string() }),
  cutoff: z.object({
    lastHistoryId: Mark,
    lastWatchedAtMs: Mark,
    lastRatedAtMs: Mark,
    lastCommentedAtMs: Mark,
  }),
  lastActivities: z.unknown().optional(),
});
export type ExportState = z.infer<typeof ExportStateFile>;

/** The state file's path for an output root. */
export function exportStatePath(outputRoot: string): string {
  return join(outputRoot, EXPORT_STATE_FILE);
}

/** Reads the state; `undefined` when there is none yet. */
export function readExportState(
  path: string,
): Promise<ExportState | undefined> {
  return readJsonRecord(path, ExportStateFile, {
    unreadable: "state.unreadable",
    damaged: "state.damaged",
  });
}

export function toCutoff(state: ExportState): IncrementalCutoff {
  const { cutoff } = state;
  return {
    lastHistoryId: cutoff.lastHistoryId ?? undefined,
    lastWatchedAtMs: cutoff.lastWatchedAtMs ?? undefined,
    lastRatedAtMs: cutoff.lastRatedAtMs ?? undefined,
    lastCommentedAtMs: cutoff.lastCommentedAtMs ?? undefined,
  };
}

function highest(
  values: Iterable<number | undefined>,
  previous: number | undefined,
): number | null {
  let best = previous;
  for (const value of values) {
    if (value !== undefined && (best === undefined || value > best)) {
      best = value;
    }
  }
  return best ?? null;
}

/** The marks after this export: the newest of what it saw and before. */
export function nextCutoff(
  library: TraktLibrary,
  previous: IncrementalCutoff | undefined,
): ExportState["cutoff"] {
  const history = library.history ?? [];
  return {
    lastHistoryId: highest(
      history.map((event) => event.historyId),
      previous?.lastHistoryId,
    ),
    lastWatchedAtMs: highest(
      history.map((event) => event.watchedAtMs),
      previous?.lastWatchedAtMs,
    ),
    lastRatedAtMs: highest(
      library.ratings.map((rating) => rating.ratedAtMs),
      previous?.lastRatedAtMs,
    ),
    lastCommentedAtMs: highest(
      library.comments.map((comment) => comment.postedAtMs),
      previous?.lastCommentedAtMs,
    ),
  };
}

/** Writes the state through a temporary file and a rename, mode 0600. */
export async function writeExportState(
  path: string,
  state: ExportState,
): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o750 });
    const handle = await open(temporary, "wx", STATE_FILE_MODE);
    try {
      await handle.writeFile(`${JSON.stringify(state, null, 2)}\n`, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = describeError(error);
    throw new OutputError(
      localize("state.notRecorded", { path, reason }),
      path,
      { cause: error },
    );
  }
}
