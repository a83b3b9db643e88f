export {
  DEFAULT_ALLOWED_HOSTS,
  DEFAULT_BLOCKED_HOSTS,
  DEFAULT_CREDENTIALS_FILE,
} from "./defaults.js";
export { writeConfigTemplate } from "./init.js";
export type { WriteConfigTemplateOptions } from "./init.js";
export { findConfiguredLanguage, loadConfig } from "./load.js";
export type { LoadConfigOptions, LoadedConfig } from "./load.js";
export { locateConfig, userConfigPath } from "./locate.js";
export type { ConfigSource } from "./locate.js";
export { parseConfigText } from "./parse.js";
export type { ParseConfigOptions, ParsedConfig } from "./parse.js";
export { KEYRING_BACKENDS } from "./raw-schema.js";
export type { RawConfig } from "./raw-schema.js";
export { CONFIG_TEMPLATE } from "./template.js";
export type * from "./types.js";
