import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

import { Command } from "commander";

import {
  describeChange,
  migrateGoConfig,
  writePrivateFileAtomically,
  type ConfigChange,
} from "../../migrate/index.js";
import { localize } from "../../i18n/index.js";
import {
  InputError,
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
}

/** Reads a Go tool config and writes this tool's equivalent, mode 0600. */
export async function migrateConfigCommand(
  options: MigrateConfigOptions,
  context: CliContext,
): Promise<{ path: string; changes: ConfigChange[] }> {
  const oldPath = resolve(context.cwd, options.oldPath);
  const path = resolve(
    context.cwd,
    options.outputPath ?? join(dirname(oldPath), "export-trakt.toml"),
  );
  if (path === oldPath) {
    throw new UsageError(localize("migrate.sameFile", { path: oldPath }));
  }

  let oldText: string;
  try {
    oldText = await readFile(oldPath, "utf8");
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
  await writePrivateFileAtomically(path, result.toml, { force: options.force });
  return { path, changes: result.changes };
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
    .option("--force", t("help.config.migrate.force"));
  migrate.action(
    async (oldPath: string, flags: { output?: string; force?: boolean }) => {
      const result = await migrateConfigCommand(
        { oldPath, outputPath: flags.output, force: flags.force === true },
        context,
      );
      for (const change of result.changes)
        writeLine(context.stderr, toPrintable(describeChange(change, t)));
      writeLine(
        context.stderr,
        t("cli.config.migrated", {
          path: result.path,
          changes: result.changes.length,
        }),
      );
    },
  );
  group.addCommand(migrate);
}
