export {
  CredentialSecretStore,
  type AppCredentials,
  type CredentialSecretStoreOptions,
  type SecretPlacement,
} from "./credential-secret-store.js";
export type {
  DashboardAuditLog,
  DashboardDependencies,
  DeviceLogin,
  ExportChoices,
  LiveExportRequest,
  ScheduleView,
  ScheduledExport,
  SchedulerHealth,
  StartLiveExport,
  TraktConnection,
  TraktTokenStatus,
} from "./dependencies.js";
export { DashboardMetrics } from "./metrics.js";
export {
  FileSecretStore,
  createSecret,
  type DashboardSecretStore,
} from "./secret-store.js";
export {
  LOGIN_LINK_LIFETIME_MS,
  startDashboard,
  type DashboardServer,
  type ServeOptions,
} from "./server.js";
export {
  DEFAULT_CLIENT_RATE_LIMIT,
  SECRET_FILE_NAME,
  createDashboardDependencies,
  createSecretFileStore,
  secretFilePathFor,
  type DashboardSetup,
} from "./setup.js";
