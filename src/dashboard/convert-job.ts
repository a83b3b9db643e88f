import { basename } from "node:path";

import {
  runExport,
  type ExportEvent,
  type ExportReport,
} from "../export/index.js";
import {
  DEFAULT_FOLDER_MODES,
  LETTERBOXD_LIMITS,
} from "../letterboxd/index.js";
import { readTraktExport } from "../offline/index.js";
import { toPrintable } from "../shared/index.js";

import type { DashboardDependencies, ExportChoices } from "./dependencies.js";

export interface ConvertRequest {
  zipPath: string;
  /** The file name the browser sent, shown as the export's source. */
  originalName: string;
  choices: ExportChoices;
  onEvent: (event: ExportEvent) => void;
}

/**
 * Converts an uploaded Trakt export with the same reader and pipeline as
 * `export-trakt export --from`, writing a new folder in the exports root.
 */
export function convertUploadedExport(
  deps: DashboardDependencies,
  request: ConvertRequest,
): Promise<ExportReport> {
  const location = `upload: ${toPrintable(basename(request.originalName)).slice(0, 200)}`;
  return runExport({
    load: async (onEvent) => {
      const result = await readTraktExport(request.zipPath, {
        onProgress: (progress) => {
          onEvent({ kind: "reading", ...progress });
        },
      });
      return {
        library: result.library,
        source: { kind: result.sourceKind, location },
        inputFiles: result.files,
        warnings: result.warnings,
      };
    },
    outputDir: undefined,
    outputRoot: deps.exportsRoot,
    force: false,
    timeZone: request.choices.timeZone,
    systemTimeZone: deps.systemTimeZone,
    historyMode: request.choices.historyMode,
    include: request.choices.include,
    sinceDate: request.choices.sinceDate,
    limits: LETTERBOXD_LIMITS,
    spreadsheetSafe: false,
    dryRun: false,
    now: deps.now(),
    ...DEFAULT_FOLDER_MODES,
    onEvent: request.onEvent,
  });
}
