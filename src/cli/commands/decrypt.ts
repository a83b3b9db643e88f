import { resolve } from "node:path";

import { Command } from "commander";
import { z } from "zod";

import { localize, type UserText } from "../../i18n/index.js";
import { decryptDataFile, keyEnvironmentFor } from "../../security/index.js";
import {
  OutputError,
  UsageError,
  writeFileAtomic,
} from "../../shared/index.js";
import {
  type CommandEnvironment,
  loadCommandConfig,
  storeOptionsFor,
} from "../command-environment.js";
import type { CliContext } from "../context.js";
import {
  parseFlags,
  printDone,
  printWarnings,
  withCommandEnvironment,
} from "../flags.js";
import { addCommonOptions } from "../options.js";

export interface DecryptOptions {
  file: string;
  /** A path, "-" for stdout, or undefined for the name without ".enc". */
  output: string | undefined;
  force: boolean;
}

export type DecryptResult =
  | {
      kind: "file";
      input: string;
      output: string;
      bytes: number;
      warnings: UserText[];
    }
  | { kind: "stdout"; input: string; data: Buffer; warnings: UserText[] };

/** `decrypt FILE`: restores an exported `.enc` file. */
export async function decryptFile(
  environment: CommandEnvironment,
  options: DecryptOptions,
): Promise<DecryptResult> {
  const { cwd } = environment.context;
  const guard = environment.dataGuard;
  // The path guard applies the same rules as for every file the tool opens:
  // restricted folders, no symbolic links, the size cap.
  const input =
    guard === undefined
      ? resolve(cwd, options.file)
      : await guard.checkPath(options.file, "cli", "read");
  const chosen = chooseOutput(input, options.output, cwd);
  const output =
    chosen === "-" || guard === undefined
      ? chosen
      : await guard.checkPath(chosen, "cli", "write");
  const loaded = await loadCommandConfig(environment);
  const keys = keyEnvironmentFor(storeOptionsFor(environment, loaded));

  const data = await decryptDataFile(input, {
    keys,
    onEvent: environment.onEvent,
  });
  if (output === "-") {
    return { kind: "stdout", input, data, warnings: loaded.warnings };
  }

  try {
    await writeFileAtomic(output, data, {
      mode: loaded.config.security.filesystem.dataFileMode,
      overwrite: options.force,
    });
  } catch (error) {
    const exists =
      error instanceof Error && "code" in error && error.code === "EEXIST";
    if (exists) {
      throw new UsageError(localize("decrypt.outputExists", { path: output }), {
        cause: error,
      });
    }
    throw new OutputError(
      localize("decrypt.writeFailed", { path: output }),
      output,
      { cause: error },
    );
  }
  return {
    kind: "file",
    input,
    output,
    bytes: data.length,
    warnings: loaded.warnings,
  };
}

function chooseOutput(
  input: string,
  output: string | undefined,
  cwd: string,
): string {
  if (output === "-") return output;
  if (output !== undefined) return resolve(cwd, output);
  if (!input.endsWith(".enc")) {
    throw new UsageError(localize("decrypt.noEncSuffix", { path: input }));
  }
  return input.slice(0, -".enc".length);
}

const DecryptFlags = z.object({
  config: z.string().optional(),
  output: z.string().optional(),
  force: z.boolean().optional(),
  quiet: z.boolean().optional(),
  verbose: z.boolean().optional(),
});

/** `export-trakt decrypt FILE [--output PATH]`. */
export function registerDecryptCommand(
  program: Command,
  context: CliContext,
): void {
  const { t } = context.translator;
  const command = addCommonOptions(new Command("decrypt"), t)
    .description(t("help.decrypt"))
    .argument("<file>", t("help.decrypt.file"))
    .option("--output <path>", t("help.decrypt.output"))
    .option("--force", t("help.decrypt.force"));
  command.action(async () => {
    const flags = parseFlags(DecryptFlags, command);
    const file = z.string().parse(command.args[0]);
    const result = await withCommandEnvironment(
      context,
      flags.config,
      (env) =>
        decryptFile(env, {
          file,
          output: flags.output,
          force: flags.force === true,
        }),
      "decrypt",
    );
    printWarnings(context, result.warnings);
    if (result.kind === "stdout") {
      context.stdout.write(result.data);
      return;
    }
    printDone(
      context,
      flags,
      t("decrypt.done", {
        input: result.input,
        output: result.output,
        bytes: String(result.bytes),
      }),
    );
  });
  program.addCommand(command);
}
