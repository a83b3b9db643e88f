export { toCsvLine, type CsvOptions } from "./csv.js";
export {
  DEFAULT_FOLDER_MODES,
  writeFolderAtomically,
  type FolderWriteOptions,
  type OutputFile,
} from "./folder-sink.js";
export {
  UPLOAD_PAGES,
  planLetterboxdFiles,
  type ExportTables,
  type LetterboxdFileKind,
  type PlannedFile,
} from "./plan.js";
export { LETTERBOXD_LIMITS, splitIntoParts, type SizeLimits } from "./split.js";
