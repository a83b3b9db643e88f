/**
 * The file-mode part of the security self-check: the config file, the
 * credentials file, its key file and the audit folder. With `shouldFix` the
 * modes are corrected, through handles that never follow a symbolic link.
 */
import { lstat } from "node:fs/promises";

import {
  checkFolderPermissions,
  checkSecretFilePermissions,
  fixFolderPermissions,
  fixSecretFilePermissions,
  formatMode,
  type FilesystemSettings,
  type PermissionFinding,
} from "../security/index.js";
import { localize, type MessageKey } from "../i18n/index.js";
import { errorTextOf, toPrintable } from "../shared/index.js";

import type { SecurityFinding } from "./self-check-rules.js";

/** What a checked file is, which names it in the messages. */
export type CheckedRole = "config" | "credentials" | "key" | "audit";

export interface CheckedPath {
  path: string;
  kind: "secret-file" | "folder";
  role: CheckedRole;
}

type ModeMessages = Readonly<
  Record<CheckedRole, { ok: MessageKey; fixed: MessageKey; open: MessageKey }>
>;

const MODE_MESSAGES: ModeMessages = {
  config: {
    ok: "validate.mode.configOk",
    fixed: "validate.mode.configFixed",
    open: "validate.mode.configOpen",
  },
  credentials: {
    ok: "validate.mode.credentialsOk",
    fixed: "validate.mode.credentialsFixed",
    open: "validate.mode.credentialsOpen",
  },
  key: {
    ok: "validate.mode.keyOk",
    fixed: "validate.mode.keyFixed",
    open: "validate.mode.keyOpen",
  },
  audit: {
    ok: "validate.mode.auditOk",
    fixed: "validate.mode.auditFixed",
    open: "validate.mode.auditOpen",
  },
};

export interface FileModeResult {
  findings: SecurityFinding[];
  /** Paths whose mode was corrected. */
  fixed: string[];
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    // A missing file has no mode to check; any other problem shows up when
    // the tool really opens the file.
    return false;
  }
}

function wantedModeOf(
  checked: CheckedPath,
  settings: FilesystemSettings,
): number {
  return checked.kind === "folder"
    ? settings.directoryMode
    : settings.configFileMode;
}

async function inspect(
  checked: CheckedPath,
  settings: FilesystemSettings,
): Promise<PermissionFinding> {
  // Reporting never refuses: the self-check lists every problem instead.
  return checked.kind === "folder"
    ? checkFolderPermissions(checked.path, settings.directoryMode)
    : checkSecretFilePermissions(checked.path, {
        ...settings,
        enforcePermissions: false,
      });
}

async function fix(
  checked: CheckedPath,
  settings: FilesystemSettings,
): Promise<PermissionFinding> {
  return checked.kind === "folder"
    ? fixFolderPermissions(checked.path, settings.directoryMode)
    : fixSecretFilePermissions(checked.path, settings);
}

/** Checks (and with `shouldFix` corrects) each path that exists. */
export async function checkFileModes(
  paths: readonly CheckedPath[],
  settings: FilesystemSettings,
  shouldFix: boolean,
): Promise<FileModeResult> {
  const findings: SecurityFinding[] = [];
  const fixed: string[] = [];
  const found = (
    level: SecurityFinding["level"],
    message: SecurityFinding["message"],
  ) => {
    findings.push({ area: "file_modes", level, message });
  };

  for (const checked of paths) {
    if (!(await exists(checked.path))) continue;
    const messages = MODE_MESSAGES[checked.role];
    const path = toPrintable(checked.path);
    const wanted = formatMode(wantedModeOf(checked, settings));
    try {
      const finding = await inspect(checked, settings);
      const mode = formatMode(finding.mode);
      if (!finding.isTooOpen) {
        found("ok", localize(messages.ok, { path, mode }));
      } else if (shouldFix) {
        const after = await fix(checked, settings);
        fixed.push(checked.path);
        const params = { path, mode, fixed: formatMode(after.mode) };
        found("ok", localize(messages.fixed, params));
      } else {
        found("error", localize(messages.open, { path, mode, wanted }));
      }
    } catch (error) {
      // A symbolic link or an unreadable file is reported, never followed.
      found("error", errorTextOf(error));
    }
  }
  return { findings, fixed };
}
