export { describeChange, migrateGoConfig } from "./migrate-go-config.js";
export type {
  ChangeKind,
  ConfigChange,
  MigrationResult,
} from "./migrate-go-config.js";
export { writePrivateFileAtomically } from "./write-config-file.js";
