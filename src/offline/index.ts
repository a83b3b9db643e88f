export {
  buildLibraryFromDocuments,
  type RawDocument,
} from "./build-library.js";
export type { FileKind } from "./classify.js";
export {
  readExportDocuments,
  readTraktExport,
  type ExportDocuments,
  type InputFileReport,
  type OfflineReadResult,
  type ReadOptions,
  type ReadProgress,
} from "./read-export.js";
export { DEFAULT_READ_LIMITS, type ReadLimits } from "./source.js";
