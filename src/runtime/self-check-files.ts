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
import { describeError, toPrintable } from "../shared/index.js";

import type { SecurityFinding } from "./self-check-rules.js";

export interface CheckedPath {
  path: string;
  kind: "secret-file" | "folder";
  /** What the file is, for messages: "config file", "audit folder". */
  label: string;
}

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
  const found = (level: SecurityFinding["level"], message: string) => {
    findings.push({ area: "file_modes", level, message });
  };

  for (const checked of paths) {
    if (!(await exists(checked.path))) continue;
    const shown = `The ${checked.label} "${toPrintable(checked.path)}"`;
    const wanted = formatMode(wantedModeOf(checked, settings));
    try {
      const finding = await inspect(checked, settings);
      if (!finding.isTooOpen) {
        found("ok", `${shown} has mode ${formatMode(finding.mode)}.`);
      } else if (shouldFix) {
        const after = await fix(checked, settings);
        fixed.push(checked.path);
        found(
          "ok",
          `${shown} had mode ${formatMode(finding.mode)}; fixed to ${formatMode(after.mode)}.`,
        );
      } else {
        found(
          "error",
          `${shown} has mode ${formatMode(finding.mode)}, more open than ${wanted}. Run "export-trakt validate --security --fix".`,
        );
      }
    } catch (error) {
      // A symbolic link or an unreadable file is reported, never followed.
      found("error", describeError(error));
    }
  }
  return { findings, fixed };
}
