export type {
  AuditEvent,
  AuditEventType,
  AuditRecord,
  AuditResult,
} from "./audit-event.js";
export {
  AUDIT_EVENT_TYPES,
  AUDIT_RESULTS,
  shouldRecordSeverity,
} from "./audit-event.js";
export { resolveAuditDirectory } from "./audit-files.js";
export { createLineHasher } from "./audit-format.js";
export type { AuditFormat, LineHasher } from "./audit-format.js";
export { AuditLog } from "./audit-log.js";
export type {
  AuditLogOptions,
  AuditStats,
  AuditWriteFailure,
} from "./audit-log.js";
export { readAuditRecords } from "./audit-reader.js";
export type { AuditQuery, AuditQueryResult } from "./audit-reader.js";
export { verifyAuditLog } from "./audit-verify.js";
export type { AuditVerification } from "./audit-verify.js";
export {
  checkFolderPermissions,
  checkSecretFilePermissions,
  fixFolderPermissions,
  fixSecretFilePermissions,
  formatMode,
} from "./file-modes.js";
export type {
  PermissionCheckOptions,
  PermissionFinding,
} from "./file-modes.js";
export {
  CERTIFICATE_ERROR_CODES,
  HttpClient,
  parseRetryAfterMs,
} from "./http-client.js";
export type {
  HttpClientEvent,
  HttpClientOptions,
  HttpRequest,
  HttpResponse,
} from "./http-client.js";
export {
  checkOutgoingUrl,
  describeUrl,
  isPlainHttpAllowed,
  normalizeHost,
} from "./https-policy.js";
export { PathGuard } from "./path-guard.js";
export type {
  FileKind,
  PathAccess,
  PathGuardOptions,
  PathOrigin,
} from "./path-guard.js";
export { isWithinFolder } from "./path-rules.js";
export { RateLimiter, sleepWithTimer } from "./rate-limiter.js";
export type {
  AcquireOptions,
  RateLimitCounters,
  RateLimitHit,
  RateLimiterOptions,
  Sleep,
} from "./rate-limiter.js";
export {
  PERSONAL_MASK,
  SECRET_MASK,
  redactText,
  redactValue,
} from "./redact.js";
export type { RedactOptions } from "./redact.js";
export * from "./settings.js";
export { toHttpAuditEvent, toRateLimitAuditEvent } from "./audit-adapters.js";
export {
  createCredentialStore,
  keyEnvironmentFor,
  keyFilePathFor,
} from "./credentials/create-store.js";
export type { CreateStoreOptions } from "./credentials/create-store.js";
export { decryptDataFile, encryptDataBytes } from "./credentials/data-files.js";
export type { DataFileKeys } from "./credentials/data-files.js";
export { EncryptionKey } from "./credentials/encryption-key.js";
export type {
  KeySourceKind,
  ScryptParams,
} from "./credentials/encryption-key.js";
export {
  ENVELOPE_VERSION,
  encryptBytes,
  openEnvelope,
  readHeader,
} from "./credentials/envelope.js";
export type {
  ContentKind,
  DecryptFailureReason,
  EnvelopeHeader,
} from "./credentials/envelope.js";
export {
  ENV_CANNOT_PERSIST,
  EnvCredentialStore,
} from "./credentials/env-store.js";
export {
  FileCredentialStore,
  writeAtomically,
} from "./credentials/file-store.js";
export type {
  AtomicWriter,
  FileStoreOptions,
} from "./credentials/file-store.js";
export {
  DEFAULT_SCRYPT,
  describeKeySource,
  parseBase64Key,
  unlockKey,
} from "./credentials/key-sources.js";
export type {
  KeyEnvironment,
  PassphrasePurpose,
} from "./credentials/key-sources.js";
export { checkCredentialHealth, maskSecret } from "./credentials/mask.js";
export type { CredentialHealth } from "./credentials/mask.js";
export { migrateCredentials } from "./credentials/migrate.js";
export type { MigrateResult } from "./credentials/migrate.js";
export { rotateKey } from "./credentials/rotate-key.js";
export type {
  RotateKeyOptions,
  RotateKeyResult,
} from "./credentials/rotate-key.js";
export {
  SystemCredentialStore,
  openSystemKeyringEntry,
} from "./credentials/system-store.js";
export type {
  KeyringEntry,
  OpenKeyringEntry,
} from "./credentials/system-store.js";
export { StoredCredentialsSchema } from "./credentials/types.js";
export type {
  CredentialEvent,
  CredentialEventSink,
  CredentialStore,
  DeleteResult,
  SetResult,
  StoredCredentials,
} from "./credentials/types.js";
