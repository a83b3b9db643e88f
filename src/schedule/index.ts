export { formatInTimeZone, listNextRuns, parseCronSchedule } from "./cron.js";
export type { CronSchedule } from "./cron.js";
export {
  LOCK_FILE_NAME,
  SCHEDULER_LOCK_FILE_NAME,
  acquireExportLock,
  describeStaleLock,
  isProcessAlive,
  processLockEnvironment,
} from "./lock.js";
export type {
  AcquireLockOptions,
  ExportLock,
  LockEnvironment,
  LockHolder,
} from "./lock.js";
export { SYSTEM_TIMERS, runScheduler } from "./scheduler.js";
export type {
  AuditSink,
  ScheduledRun,
  SchedulerOptions,
  SchedulerSnapshot,
  SchedulerSummary,
  Timers,
} from "./scheduler.js";
export { checkSchedulerHealth } from "./health.js";
export { describeProblem, describeStatus } from "./health-text.js";
export {
  DEFAULT_HEALTH_LIMITS,
  SCHEDULE_STATUS_FILE,
  assertNoOtherScheduler,
  assessScheduleHealth,
  createStatusWriter,
  readScheduleStatus,
  scheduleStatusPath,
  shortenRunMessage,
} from "./status.js";
export type {
  HealthCriteria,
  HealthProblem,
  HealthVerdict,
  LastRun,
  ScheduleStatus,
} from "./status.js";
