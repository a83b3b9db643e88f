export * from "./errors.js";
export { toPrintable, toPrintableMultiline } from "./sanitize.js";
export {
  SECRET_MASK,
  describeUrlValue,
  maskUrlPasswords,
} from "./url-password.js";
export { translatePrintable } from "./printable-text.js";
export { PROJECT_URL, USER_AGENT, VERSION } from "./version.js";
export { writeFileAtomic, type AtomicWriteOptions } from "./atomic-write.js";
export { pathExists } from "./path-exists.js";
export {
  readJsonRecord,
  readSmallRegularFile,
  type JsonRecordMessages,
  type SmallFileRead,
} from "./json-record.js";
export {
  createFolder,
  createFolderSync,
  folderNotCreatedError,
  type CreateFolderOptions,
} from "./create-folder.js";
