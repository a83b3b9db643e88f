export type { LogFields } from "./fields.js";
export { createLogger } from "./logger.js";
export type { Logger, LoggerOptions } from "./logger.js";
export {
  DEFAULT_LOGGING_SETTINGS,
  LOG_FORMATS,
  LOG_LEVELS,
  parseByteSize,
} from "./settings.js";
export type { LogFormat, LoggingSettings, LogLevel } from "./settings.js";
export { formatLogLine } from "./text-format.js";
