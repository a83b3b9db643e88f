export {
  DEFAULT_EXPORT_KINDS,
  EXPORT_KINDS,
  type ExportEvent,
  type ExportKind,
  type ExportOptions,
  type LoadedLibrary,
  type SealableFile,
  type TimeZoneSource,
} from "./options.js";
export type { ExportReport, ReportedFile, StoredMessage } from "./report.js";
export { defaultFolderName, runExport } from "./run-export.js";
export {
  EXPORT_STATE_FILE,
  exportStatePath,
  readExportState,
  toCutoff,
  type ExportState,
} from "./export-state.js";
export { findUnchangedKinds } from "./activities.js";
