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
  const group = program
    .command("credentials")
    .description("inspect and manage the stored Trakt credentials");

  const status = addCommonOptions(new Command("status"))
    .description("show the backend, what is stored and when it expires")
    .option("--json", "print the status as JSON on stdout");
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

  const set = addCommonOptions(new Command("set")).description(
    "store the Trakt client id and secret, read from a prompt or stdin (never from arguments)",
  );
  set.action(async () => {
    const flags = parseFlags(CommonFlags, set);
    const result = await withCommandEnvironment(context, flags.config, (env) =>
      setCredentials(env),
    );
    printWarnings(context, result.warnings);
    const tokens = result.keptTokens ? " Existing tokens were kept." : "";
    printDone(
      context,
      flags,
      `Stored the client id and secret in the ${result.backend} backend (${result.location}).${tokens}`,
    );
  });

  const rotate = addCommonOptions(new Command("rotate-key"))
    .description("re-encrypt the credentials file under a new key")
    .addOption(
      new Option("--to <source>", "where the new key comes from").choices(
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
      `Re-encrypted "${result.location}" with a new key (${result.from} to ${result.to}).`,
    );
  });

  const migrate = addCommonOptions(new Command("migrate"))
    .description("move the credentials to another backend")
    .addOption(
      new Option("--to <backend>", "the backend to move them to")
        .choices(KEYRING_BACKENDS)
        .makeOptionMandatory(),
    );
  migrate.action(async () => {
    const flags = parseFlags(MigrateFlags, migrate);
    const result = await withCommandEnvironment(context, flags.config, (env) =>
      migrateCredentialsTo(env, flags.to),
    );
    printWarnings(context, result.warnings);
    const removed = result.sourceDeleted
      ? " and removed them from the source"
      : "";
    printDone(
      context,
      flags,
      `Moved the credentials from the ${result.from} backend to the ${result.to} backend${removed}.`,
    );
  });

  const remove = addCommonOptions(new Command("delete")).description(
    "delete the stored credentials",
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
      result.deleted
        ? `Deleted the credentials from ${result.location}.`
        : `Nothing to delete in ${result.location}.`,
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
