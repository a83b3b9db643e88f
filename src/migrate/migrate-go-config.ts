import { parse, stringify } from "smol-toml";

import { redactText } from "../security/index.js";
import { UsageError, describeError } from "../shared/index.js";

import { findRule } from "./go-rules.js";
import { defaultTargetConfig } from "./target-defaults.js";

export type ChangeKind = "moved" | "changed" | "dropped" | "added";

/** One difference between the old file and the new one, safe to print. */
export interface ConfigChange {
  kind: ChangeKind;
  key: string;
  detail: string;
}

export interface MigrationResult {
  /** The new config file, TOML. It may hold the old file's client secret. */
  toml: string;
  changes: ConfigChange[];
}

type Table = Record<string, unknown>;

function isTable(value: unknown): value is Table {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}

/** Every leaf of a TOML document, by dotted key, in file order. */
function flatten(table: Table, prefix = ""): [string, unknown][] {
  return Object.entries(table).flatMap(([name, value]) =>
    isTable(value)
      ? flatten(value, `${prefix}${name}.`)
      : [[`${prefix}${name}`, value] as [string, unknown]],
  );
}

function setPath(table: Table, dotted: string, value: unknown): void {
  const parts = dotted.split(".");
  const last = parts.pop() ?? dotted;
  let current = table;
  for (const part of parts) {
    const next = current[part];
    if (isTable(next)) current = next;
    else {
      const created: Table = {};
      current[part] = created;
      current = created;
    }
  }
  current[last] = value;
}

function isSecretName(key: string): boolean {
  return /secret|token|password|passphrase|(^|[._])key$/i.test(key);
}

const HEADER = `# export-trakt configuration, migrated from the Go tool's config.
# Keys the old file did not set hold this tool's defaults.
# Keep this file private (mode 0600): it may hold your Trakt client secret.

`;

/**
 * Converts the text of a Go tool (v2) config.toml into this tool's format.
 * Pure: the caller reads and writes the files. Change details never hold a
 * secret value, only key names.
 */
export function migrateGoConfig(
  oldText: string,
  oldName: string,
): MigrationResult {
  let old: Table;
  try {
    old = parse(oldText);
  } catch (error) {
    throw new UsageError(
      `"${oldName}" is not valid TOML: ${describeError(error).split("\n")[0] ?? ""}. Fix the file (a mode such as 0600 must be written "0600" or 0o600), then run the migration again.`,
      { cause: error },
    );
  }

  const target = defaultTargetConfig();
  const changes: ConfigChange[] = [];
  const secrets: string[] = [];
  const setKeys = new Set<string>();
  for (const [key, value] of flatten(old)) {
    if (isSecretName(key) && typeof value === "string" && value !== "")
      secrets.push(value);
    const rule = findRule(key);
    if (rule === undefined) {
      changes.push({
        kind: "dropped",
        key,
        detail: "no version of the Go tool read this key",
      });
      continue;
    }
    const outcome = rule(value, key);
    if (outcome.kind === "drop") {
      changes.push({ kind: "dropped", key, detail: outcome.reason });
      continue;
    }
    if (setKeys.has(outcome.to)) {
      changes.push({
        kind: "dropped",
        key,
        detail: `an earlier key already set ${outcome.to}; that value was kept`,
      });
      continue;
    }
    setPath(target, outcome.to, outcome.value);
    setKeys.add(outcome.to);
    if (outcome.to !== key)
      changes.push({
        kind: "moved",
        key,
        detail: `now ${outcome.to}${outcome.note === undefined ? "" : `; ${outcome.note}`}`,
      });
    else if (outcome.note !== undefined)
      changes.push({ kind: "changed", key, detail: outcome.note });
  }

  if (!setKeys.has("export.history_mode")) {
    setPath(target, "export.history_mode", "aggregated");
    changes.push({
      kind: "added",
      key: "export.history_mode",
      detail:
        'set to "aggregated", the Go tool\'s default (this tool\'s own default is "individual", one row per viewing)',
    });
  }
  changes.push({
    kind: "added",
    key: "export.types",
    detail:
      'set to ["watched"], what the Go tool exported without --export; add "watchlist", "lists" or "collection" to export more (ratings and reviews are part of "watched")',
  });
  if (!setKeys.has("logging.max_size"))
    changes.push({
      kind: "added",
      key: "logging.max_size",
      detail:
        'set to "10MB" with logging.max_files = 5: the log file is now rotated instead of growing forever',
    });

  // Belt and braces: details are built from key names, but a value quoted
  // in a note must never be a secret from the old file.
  const safeChanges = mergeAlike(changes).map((change) => ({
    ...change,
    detail: redactText(change.detail, {
      includeSensitive: true,
      knownSecrets: secrets,
    }),
  }));
  return { toml: `${HEADER}${stringify(target)}`, changes: safeChanges };
}

/** Keys dropped for the same reason are listed together, in file order. */
function mergeAlike(changes: readonly ConfigChange[]): ConfigChange[] {
  const merged: ConfigChange[] = [];
  for (const change of changes) {
    const alike = merged.find(
      (earlier) =>
        earlier.kind === change.kind && earlier.detail === change.detail,
    );
    if (alike === undefined) merged.push({ ...change });
    else alike.key = `${alike.key}, ${change.key}`;
  }
  return merged;
}

/** `- dropped trakt.extended_info: reason`: one line per change. */
export function describeChange(change: ConfigChange): string {
  return `- ${change.kind} ${change.key}: ${change.detail}`;
}
