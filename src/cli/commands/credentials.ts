import { Command, Option } from "commander";
import { z } from "zod";

import { KEYRING_BACKENDS } from "../../config/index.js";
import { writeLine, type CliContext } from "../context.js";
import {
  parseFlags,
  printDone,
  printWarnings,
  withCommandEnvironment,
} from "../flags.js";
import { addCommonOptions } from "../options.js";

import {
  type CredentialsStatus,
  deleteCredentials,
  migrateCredentialsTo,
  rotateCredentialsKey,
  setCredentials,
  showCredentialsStatus,
} from "./credentials-actions.js";

const CommonFlags = z.object({
  config: z.string().optional(),
  quiet: z.boolean().optional(),
  verbose: z.boolean().optional(),
});
const StatusFlags = CommonFlags.extend({ json: z.boolean().optional() });
const KEY_SOURCES = ["key-file", "env-key", "passphrase"] as const;
const RotateFlags = CommonFlags.extend({ to: z.enum(KEY_SOURCES).optional() });
const MigrateFlags = CommonFlags.extend({ to: z.enum(KEYRING_BACKENDS) });

/** `export-trakt credentials …`: inspect and manage the stored secrets. */
export function registerCredentialsCommands(
  program: Command,
  context: CliContext,
): void {
  const { t } = context.translator;
  const group = program
    .command("credentials")
    .description(t("help.credentials"));

  const status = addCommonOptions(new Command("status"), t)
    .description(t("help.credentials.status"))
    .option("--json", t("help.statusJson"));
  status.action(async () => {
    const flags = parseFlags(StatusFlags, status);
    const result = await withCommandEnvironment(context, flags.config, (env) =>
      showCredentialsStatus(env),
    );
    printWarnings(context, result.warnings);
    if (flags.json === true) {
      writeLine(context.stdout, JSON.stringify(result, null, 2));
    } else {
      printStatus(context, result);
    }
  });

  const set = addCommonOptions(new Command("set"), t).description(
    t("help.credentials.set"),
  );
  set.action(async () => {
    const flags = parseFlags(CommonFlags, set);
    const result = await withCommandEnvironment(context, flags.config, (env) =>
      setCredentials(env),
    );
    printWarnings(context, result.warnings);
    const stored = result.keptTokens
      ? "cli.credentials.storedKeptTokens"
      : "cli.credentials.stored";
    printDone(
      context,
      flags,
      t(stored, { backend: result.backend, location: result.location }),
    );
  });

  const rotate = addCommonOptions(new Command("rotate-key"), t)
    .description(t("help.credentials.rotateKey"))
    .addOption(
      new Option("--to <source>", t("help.credentials.rotateKey.to")).choices(
        KEY_SOURCES,
      ),
    );
  rotate.action(async () => {
    const flags = parseFlags(RotateFlags, rotate);
    const result = await withCommandEnvironment(context, flags.config, (env) =>
      rotateCredentialsKey(env, flags.to),
    );
    printWarnings(context, result.warnings);
    printDone(
      context,
      flags,
      t("cli.credentials.rotated", {
        location: result.location,
        from: result.from,
        to: result.to,
      }),
    );
  });

  const migrate = addCommonOptions(new Command("migrate"), t)
    .description(t("help.credentials.migrate"))
    .addOption(
      new Option("--to <backend>", t("help.credentials.migrate.to"))
        .choices(KEYRING_BACKENDS)
        .makeOptionMandatory(),
    );
  migrate.action(async () => {
    const flags = parseFlags(MigrateFlags, migrate);
    const result = await withCommandEnvironment(context, flags.config, (env) =>
      migrateCredentialsTo(env, flags.to),
    );
    printWarnings(context, result.warnings);
    const moved = result.sourceDeleted
      ? "cli.credentials.movedAndRemoved"
      : "cli.credentials.moved";
    printDone(context, flags, t(moved, { from: result.from, to: result.to }));
  });

  const remove = addCommonOptions(new Command("delete"), t).description(
    t("help.credentials.delete"),
  );
  remove.action(async () => {
    const flags = parseFlags(CommonFlags, remove);
    const result = await withCommandEnvironment(context, flags.config, (env) =>
      deleteCredentials(env),
    );
    printWarnings(context, result.warnings);
    printDone(
      context,
      flags,
      t(
        result.deleted
          ? "cli.credentials.deleted"
          : "cli.credentials.nothingToDelete",
        { location: result.location },
      ),
    );
  });

  for (const command of [status, set, rotate, migrate, remove]) {
    group.addCommand(command);
  }
}

const LABELS: [keyof CredentialsStatus["masked"], string][] = [
  ["clientId", "Client id"],
  ["clientSecret", "Client secret"],
  ["accessToken", "Access token"],
  ["refreshToken", "Refresh token"],
  ["dashboardSecret", "Dashboard secret"],
];

const HEALTH: Record<CredentialsStatus["health"], string> = {
  "nothing-stored": "nothing stored",
  "missing-token": "client stored, not signed in",
  valid: "usable",
  expired: "access token expired",
};

function printStatus(context: CliContext, status: CredentialsStatus): void {
  const lines: [string, string | null][] = [
    ["Backend", status.backend],
    ["Location", status.location],
    ["Config file", status.configPath ?? "none (built-in defaults)"],
    ["Key", status.keySource],
    ["File mode", status.fileMode],
    ...LABELS.map(([field, label]): [string, string | null] => [
      label,
      status.masked[field] ?? null,
    ]),
    ["Scope", status.scope],
    ["Expires at", status.expiresAt],
    ["Status", HEALTH[status.health]],
  ];
  for (const [label, value] of lines) {
    if (value !== null) writeLine(context.stdout, `${label}: ${value}`);
  }
  for (const advice of status.advice)
    writeLine(context.stdout, `Next: ${advice}`);
}
