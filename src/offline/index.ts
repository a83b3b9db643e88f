export {
  readTraktExport,
  type InputFileReport,
  type OfflineReadResult,
  type ReadOptions,
  type ReadProgress,
} from "./read-export.js";
export { DEFAULT_READ_LIMITS, type ReadLimits } from "./source.js";
