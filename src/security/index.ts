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
