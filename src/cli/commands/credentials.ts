import { Command, Option } from "commander";
import { z } from "zod";

import { KEYRING_BACKENDS } from "../../config/index.js";
import type { MessageKey, Translate } from "../../i18n/index.js";
import { describeKeySource, keyFilePathFor } from "../../security/index.js";
import { toPrintable } from "../../shared/index.js";
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

const SECRET_LABELS: [keyof CredentialsStatus["masked"], MessageKey][] = [
  ["clientId", "status.clientId"],
  ["clientSecret", "status.clientSecret"],
  ["accessToken", "status.accessToken"],
  ["refreshToken", "status.refreshToken"],
  ["dashboardSecret", "status.dashboardSecret"],
];

const HEALTH: Record<CredentialsStatus["health"], MessageKey> = {
  "nothing-stored": "status.health.nothingStored",
  "missing-token": "status.health.missingToken",
  valid: "status.health.valid",
  expired: "status.health.expired",
};

/** What to do next, from the same facts as the `--json` advice. */
function adviceOf(status: CredentialsStatus): MessageKey[] {
  switch (status.health) {
    case "nothing-stored":
      return ["status.advice.nothingStored"];
    case "missing-token":
      return ["status.advice.missingToken"];
    case "expired":
      return status.masked.refreshToken === undefined
        ? ["status.advice.expiredNoRefresh"]
        : ["status.advice.expiredRefresh"];
    case "valid":
      return [];
    default: {
      const unreachable: never = status.health;
      return unreachable;
    }
  }
}

const SYSTEM_LOCATION = /^system keyring, service "(.*)", user "(.*)"$/;

/**
 * The store's location in the user's language. The stores describe
 * themselves in English; a description not recognised here is shown as is.
 */
function locationOf(status: CredentialsStatus, t: Translate): string {
  if (status.backend === "env") return t("status.location.env");
  const system = SYSTEM_LOCATION.exec(status.location);
  if (status.backend === "system" && system !== null) {
    const [, service = "", user = ""] = system;
    return t("status.location.system", { service, user });
  }
  return status.location;
}

/** Where the key comes from, in the user's language when it is recognised. */
function keySourceOf(status: CredentialsStatus, t: Translate): string | null {
  const shown = status.keySource;
  if (shown === null) return null;

  const keyFile = keyFilePathFor(status.location);
  if (shown === describeKeySource("passphrase", keyFile)) {
    return t("status.keySource.passphrase");
  }
  if (shown === describeKeySource("key-file", keyFile)) {
    return t("status.keySource.keyFile", { path: keyFile });
  }
  return shown;
}

function printStatus(context: CliContext, status: CredentialsStatus): void {
  const { t } = context.translator;
  const lines: [MessageKey, string | null][] = [
    ["status.backend", status.backend],
    ["status.location", locationOf(status, t)],
    ["status.configFile", status.configPath ?? t("status.noConfig")],
    ["status.key", keySourceOf(status, t)],
    ["status.fileMode", status.fileMode],
    ...SECRET_LABELS.map(([field, label]): [MessageKey, string | null] => [
      label,
      status.masked[field] ?? null,
    ]),
    ["status.scope", status.scope],
    ["status.expiresAt", status.expiresAt],
    ["status.status", t(HEALTH[status.health])],
  ];
  for (const [label, value] of lines) {
    if (value === null) continue;
    const line = t("status.field", { label: t(label), value });
    writeLine(context.stdout, toPrintable(line));
  }
  for (const advice of adviceOf(status)) {
    writeLine(context.stdout, t("status.next", { advice: t(advice) }));
  }
}
