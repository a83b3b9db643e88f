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
