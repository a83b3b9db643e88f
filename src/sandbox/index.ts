export {
  SandboxDataFile,
  loadSandboxDataJson,
  mediaKindOf,
  type MediaKind,
} from "./data.js";
export type { FaultKind, FaultScope, SandboxFault } from "./faults.js";
export { parseFaultSpec } from "./fault-spec.js";
export { generateSandboxData, type GeneratedDataSizes } from "./generate.js";
export { isLoopbackHost } from "./loopback.js";
export {
  DEFAULT_COMMENT_PAGE_LIMIT,
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
} from "./paging.js";
export { TRAKT_RATE_BUDGET } from "./rate-budget.js";
export type { RequestRecord, SandboxStats } from "./request-log.js";
export {
  DEFAULT_CLIENT_ID,
  DEFAULT_CLIENT_SECRET,
  createSandbox,
  type Sandbox,
} from "./server.js";
export type { TokenResponse } from "./token-store.js";
export type * from "./types.js";
export { loadSandboxData, sandboxDataFromExport } from "./export-data.js";
