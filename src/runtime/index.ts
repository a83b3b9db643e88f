export {
  openRuntime,
  type AuditSink,
  type Runtime,
  type RuntimeOptions,
} from "./open-runtime.js";
export {
  toAuditSettings,
  toFilesystemSettings,
  toHttpsSettings,
  toRateLimitSettings,
} from "./settings.js";
export { toCredentialAuditEvent } from "./credential-audit.js";
export { clientCredentialsFor, tokenStoreFor } from "./trakt-credentials.js";
export { runSecurityCheck } from "./self-check.js";
export type { SelfCheckOptions, SelfCheckReport } from "./self-check.js";
export { CHECK_AREAS, FINDING_LEVELS } from "./self-check-rules.js";
export type {
  CheckArea,
  FindingLevel,
  SecurityFinding,
  SecurityRating,
} from "./self-check-rules.js";
export { readSecurityStatus } from "./security-status.js";
export type {
  SecurityStatus,
  SecurityStatusOptions,
} from "./security-status.js";
