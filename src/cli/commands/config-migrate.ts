import { constants, link, open } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

import { Command } from "commander";

import {
  describeChange,
  migrateGoConfig,
  writePrivateFileAtomically,
  type ConfigChange,
} from "../../migrate/index.js";
import { englishOf, localize } from "../../i18n/index.js";
import {
  InputError,
  OutputError,
  UsageError,
  describeError,
  toPrintable,
} from "../../shared/index.js";
import { writeLine, type CliContext } from "../context.js";
import { addCommonOptions } from "../options.js";

export interface MigrateConfigOptions {
  oldPath: string;
  /** Default: `export-trakt.toml` beside the old file. */
  outputPath: string | undefined;
  force: boolean;
  /**
   * Writes the new config in the old one's place, so it is found without
   * --config, and keeps the old file as `<old>.go-backup`.
   */
  replace?: boolean;
}

/** Where `--replace` keeps the Go tool's file. */
export function goBackupPath(oldPath: string): string {
  return `${oldPath}.go-backup`;
}

const MAX_GO_CONFIG_BYTES = 1024 * 1024;

/** Reads a regular file; a FIFO or a device is refused instead of hanging. */
async function readRegularFile(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) {
      throw new Error(englishOf(localize("record.notRegular")));
    }
    // A Go config is a few kilobytes; a huge file is not one.
    const buffer = Buffer.alloc(MAX_GO_CONFIG_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > MAX_GO_CONFIG_BYTES) {
      throw new Error(
        englishOf(localize("record.tooLarge", { limit: MAX_GO_CONFIG_BYTES })),
      );
    }
    return buffer.toString("utf8", 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads a Go tool config and writes this tool's equivalent, mode 0600. */
export async function migrateConfigCommand(
  options: MigrateConfigOptions,
  context: CliContext,
): Promise<{
  path: string;
  changes: ConfigChange[];
  backup: string | undefined;
}> {
  const oldPath = resolve(context.cwd, options.oldPath);
  if (options.replace === true && options.outputPath !== undefined) {
    throw new UsageError(localize("migrate.replaceWithOutput"));
  }
  const path = resolve(
    context.cwd,
    options.replace === true
      ? oldPath
      : (options.outputPath ?? join(dirname(oldPath), "export-trakt.toml")),
  );
  if (path === oldPath && options.replace !== true) {
    throw new UsageError(localize("migrate.sameFile", { path: oldPath }));
  }

  let oldText: string;
  try {
    oldText = await readRegularFile(oldPath);
  } catch (error) {
    throw new InputError(
      localize("migrate.unreadable", {
        path: oldPath,
        reason: describeError(error),
      }),
      oldPath,
      { cause: error },
    );
  }
  const result = migrateGoConfig(oldText, oldPath);
  if (options.replace !== true) {
    await writePrivateFileAtomically(path, result.toml, {
      force: options.force,
    });
    return { path, changes: result.changes, backup: undefined };
  }
  // The backup is a second name for the old file, made before anything is
  // replaced: whatever fails after this, the Go config is still there.
  const backup = goBackupPath(oldPath);
  try {
    await link(oldPath, backup);
  } catch (error) {
    throw new OutputError(
      localize("migrate.backupFailed", {
        path: backup,
        reason: describeError(error),
      }),
      backup,
      { cause: error },
    );
  }
  await writePrivateFileAtomically(path, result.toml, { force: true });
  return { path, changes: result.changes, backup };
}

/** Adds `migrate` to the `config` command group. */
export function addConfigMigrateCommand(
  group: Command,
  context: CliContext,
): void {
  const { t } = context.translator;
  const migrate = addCommonOptions(new Command("migrate"), t)
    .description(t("help.config.migrate"))
    .argument("<old-config>", t("help.config.migrate.oldConfig"))
    .option("--output <path>", t("help.config.migrate.output"))
    .option("--force", t("help.config.migrate.force"))
    .option("--replace", t("help.config.migrate.replace"));
  migrate.action(
    async (
      oldPath: string,
      flags: { output?: string; force?: boolean; replace?: boolean },
    ) => {
      const result = await migrateConfigCommand(
        {
          oldPath,
          outputPath: flags.output,
          force: flags.force === true,
          replace: flags.replace === true,
        },
        context,
      );
      for (const change of result.changes)
        writeLine(context.stderr, toPrintable(describeChange(change, t)));
      writeLine(
        context.stderr,
        result.backup === undefined
          ? t("cli.config.migrated", {
              path: result.path,
              changes: result.changes.length,
            })
          : t("cli.config.migratedInPlace", {
              path: result.path,
              changes: result.changes.length,
              backup: result.backup,
            }),
      );
    },
  );
  group.addCommand(migrate);
}
