import { parse, stringify } from "smol-toml";

import {
  createTranslator,
  localize,
  translateText,
  type LocalizedText,
  type MessageKey,
  type Translate,
} from "../i18n/index.js";
import { redactText } from "../security/index.js";
import { UsageError, describeError } from "../shared/index.js";

import { findRule } from "./go-rules.js";
import { defaultTargetConfig } from "./target-defaults.js";

export type ChangeKind = "moved" | "changed" | "dropped" | "added";

/**
 * One difference between the old file and the new one, safe to print: a key
 * moved to `to` (with a note when its value changed too), or a key changed,
 * dropped or added, with why.
 */
export type ConfigChange =
  | { kind: "moved"; key: string; to: string; note: LocalizedText | undefined }
  | {
      kind: Exclude<ChangeKind, "moved">;
      key: string;
      detail: LocalizedText;
    };

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
/** The sections this tool's config has. */
const THIS_TOOLS_SECTIONS = new Set([
  "trakt",
  "export",
  "logging",
  "i18n",
  "schedule",
  "security",
]);

/**
 * True for a file this tool wrote or reads (`config init`, an earlier
 * migration, a hand-written config): it has a key, in one of this tool's
 * sections, that no version of the Go tool had, such as `[export]
 * output_dir` or `[schedule] cron`. Migrating it would reset its settings
 * to what the Go tool meant.
 */
function isThisToolsConfig(config: Table): boolean {
  return flatten(config).some(
    ([key]) =>
      findRule(key) === undefined &&
      THIS_TOOLS_SECTIONS.has(key.split(".")[0] ?? ""),
  );
}

export function migrateGoConfig(
  oldText: string,
  oldName: string,
): MigrationResult {
  let old: Table;
  try {
    old = parse(oldText);
  } catch (error) {
    throw new UsageError(
      localize("migrate.invalidToml", {
        file: oldName,
        reason: describeError(error).split("\n")[0] ?? "",
      }),
      { cause: error },
    );
  }
  if (isThisToolsConfig(old)) {
    throw new UsageError(
      localize("migrate.alreadyMigrated", { file: oldName }),
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
        detail: localize("migrate.unknownKey"),
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
        detail: localize("migrate.alreadySet", { to: outcome.to }),
      });
      continue;
    }
    setPath(target, outcome.to, outcome.value);
    setKeys.add(outcome.to);
    if (outcome.to !== key)
      changes.push({ kind: "moved", key, to: outcome.to, note: outcome.note });
    else if (outcome.note !== undefined)
      changes.push({ kind: "changed", key, detail: outcome.note });
  }

  if (!setKeys.has("export.history_mode")) {
    setPath(target, "export.history_mode", "aggregated");
    changes.push({
      kind: "added",
      key: "export.history_mode",
      detail: localize("migrate.historyMode"),
    });
  }
  changes.push({
    kind: "added",
    key: "export.types",
    detail: localize("migrate.types"),
  });
  if (!setKeys.has("logging.max_size"))
    changes.push({
      kind: "added",
      key: "logging.max_size",
      detail: localize("migrate.logRotation"),
    });

  // Belt and braces: details are built from key names, but a value quoted
  // in a note must never be a secret from the old file.
  const redact = (text: LocalizedText): LocalizedText =>
    redactParams(text, (value) =>
      redactText(value, { includeSensitive: true, knownSecrets: secrets }),
    );
  const safeChanges = mergeAlike(changes).map((change): ConfigChange =>
    change.kind === "moved"
      ? {
          ...change,
          note: change.note === undefined ? undefined : redact(change.note),
        }
      : { ...change, detail: redact(change.detail) },
  );
  return { toml: `${HEADER}${stringify(target)}`, changes: safeChanges };
}

function redactParams(
  text: LocalizedText,
  redact: (value: string) => string,
): LocalizedText {
  const params = Object.fromEntries(
    Object.entries(text.params).map(([name, value]) => [
      name,
      typeof value === "string" ? redact(value) : value,
    ]),
  );
  return localize(text.key, params);
}

/** What makes two changes alike: the same kind and the same reason. */
function reasonOf(change: ConfigChange): string {
  return change.kind === "moved"
    ? `${change.to}\n${change.note?.english ?? ""}`
    : change.detail.english;
}

/** Keys dropped for the same reason are listed together, in file order. */
function mergeAlike(changes: readonly ConfigChange[]): ConfigChange[] {
  const merged: ConfigChange[] = [];
  for (const change of changes) {
    const alike = merged.find(
      (earlier) =>
        earlier.kind === change.kind && reasonOf(earlier) === reasonOf(change),
    );
    if (alike === undefined) merged.push({ ...change });
    else alike.key = `${alike.key}, ${change.key}`;
  }
  return merged;
}

const LINE_KEYS: Readonly<Record<Exclude<ChangeKind, "moved">, MessageKey>> = {
  changed: "migrate.changed",
  dropped: "migrate.dropped",
  added: "migrate.added",
};

const ENGLISH = createTranslator("en").t;

/**
 * `- dropped trakt.extended_info: reason`: one line per change, in English
 * unless a translator's `t` is given.
 */
export function describeChange(
  change: ConfigChange,
  t: Translate = ENGLISH,
): string {
  const { key } = change;
  if (change.kind !== "moved") {
    const detail = translateText(change.detail, t);
    return t(LINE_KEYS[change.kind], { key, detail });
  }
  return change.note === undefined
    ? t("migrate.moved", { key, to: change.to })
    : t("migrate.movedWithNote", {
        key,
        to: change.to,
        note: translateText(change.note, t),
      });
}
