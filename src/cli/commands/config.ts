import { resolve } from "node:path";

import { Command } from "commander";
import { z } from "zod";

import { userConfigPath, writeConfigTemplate } from "../../config/index.js";
import { homeDirOf } from "../command-environment.js";
import type { CliContext } from "../context.js";
import { parseFlags, printDone } from "../flags.js";
import { addConfigMigrateCommand } from "./config-migrate.js";
import { addCommonOptions } from "../options.js";

export interface InitConfigOptions {
  context: CliContext;
  /** `--path`, else `--config`, else EXPORT_TRAKT_CONFIG, else the user folder. */
  path: string | undefined;
  configPath: string | undefined;
  force: boolean;
}

/** `config init`: writes the commented default config with mode 0600. */
export async function initConfig(
  options: InitConfigOptions,
): Promise<{ path: string }> {
  const { context } = options;
  const fromEnv = context.env.EXPORT_TRAKT_CONFIG;
  const chosen =
    options.path ??
    options.configPath ??
    (fromEnv === "" ? undefined : fromEnv) ??
    userConfigPath(context.env, homeDirOf(context));
  const path = resolve(context.cwd, chosen);

  await writeConfigTemplate({ path, force: options.force });
  return { path };
}

const InitFlags = z.object({
  config: z.string().optional(),
  path: z.string().optional(),
  force: z.boolean().optional(),
  quiet: z.boolean().optional(),
  verbose: z.boolean().optional(),
});

/** `export-trakt config …`. */
export function registerConfigCommands(
  program: Command,
  context: CliContext,
): void {
  const { t } = context.translator;
  const group = program.command("config").description(t("help.config"));

  const init = addCommonOptions(new Command("init"), t)
    .description(t("help.config.init"))
    .option("--path <path>", t("help.config.init.path"))
    .option("--force", t("help.config.init.force"));
  init.action(async () => {
    const flags = parseFlags(InitFlags, init);
    const result = await initConfig({
      context,
      path: flags.path,
      configPath: flags.config,
      force: flags.force === true,
    });
    printDone(context, flags, t("cli.config.written", { path: result.path }));
  });
  group.addCommand(init);
  addConfigMigrateCommand(group, context);
}
