/**
 * The Go tool (v2) took flags before the command word (`--run --export all`)
 * and had hyphenated command names (`token-status`). Its invocations keep
 * working: they are rewritten here into this tool's form before the parser
 * sees them, and the caller prints the returned note once on stderr.
 */
import { localize, type LocalizedText } from "../i18n/index.js";

export interface RewrittenArgv {
  argv: string[];
  /** One line naming the new form; undefined when nothing was rewritten. */
  note: LocalizedText | undefined;
}

// Go's flag package accepts one or two dashes; `=value` works too.
const LEGACY_FLAGS = new Map<string, { takesValue: boolean }>([
  ["run", { takesValue: false }],
  ["export", { takesValue: true }],
  ["mode", { takesValue: true }],
  ["history-mode", { takesValue: true }],
  ["schedule", { takesValue: true }],
  ["validate-security", { takesValue: false }],
  ["config", { takesValue: true }],
]);

const LEGACY_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  "token-status": ["token", "status"],
  "token-refresh": ["token", "refresh"],
  "token-clear": ["token", "clear"],
  "fix-permissions": ["validate", "--security", "--fix"],
};

// The Go tool's export types that have another name here. `ratings` had
// its own file there; here ratings travel in watched.csv.
const EXPORT_TYPE_NAMES: Readonly<Record<string, string>> = {
  ratings: "watched",
};

interface LegacyFlag {
  name: string;
  value: string | undefined;
}

/** Reads `--name`, `-name`, `--name=value` or `-name=value` if it is legacy. */
function readLegacyFlag(
  argv: readonly string[],
  index: number,
): { flag: LegacyFlag; used: number } | undefined {
  const token = argv[index] ?? "";
  if (!token.startsWith("-")) return undefined;
  const body = token.slice(token.startsWith("--") ? 2 : 1);
  const equals = body.indexOf("=");
  const name = equals === -1 ? body : body.slice(0, equals);
  const inline = equals === -1 ? undefined : body.slice(equals + 1);
  const spec = LEGACY_FLAGS.get(name);
  if (spec === undefined) return undefined;
  if (!spec.takesValue) return { flag: { name, value: undefined }, used: 1 };
  if (inline !== undefined) return { flag: { name, value: inline }, used: 1 };
  return { flag: { name, value: argv[index + 1] }, used: 2 };
}

function toExportList(value: string): string {
  return value
    .split(",")
    .map((name) => EXPORT_TYPE_NAMES[name.trim()] ?? name.trim())
    .join(",");
}

function quoteForNote(argv: readonly string[]): string {
  return argv
    .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `"${word}"`))
    .join(" ");
}

/** Rewrites a Go-tool invocation; any other argv is returned unchanged. */
export function rewriteLegacyArgv(argv: readonly string[]): RewrittenArgv {
  // Like Go's parser, legacy flags are only read before the first word.
  const flags: LegacyFlag[] = [];
  let index = 0;
  while (index < argv.length) {
    const read = readLegacyFlag(argv, index);
    if (read === undefined) break;
    flags.push(read.flag);
    index += read.used;
  }
  // The first word after them is the command; a modern flag is not one.
  const next = argv[index];
  const word = next?.startsWith("-") === false ? next : undefined;
  const rest = argv.slice(word === undefined ? index : index + 1);
  const commandAlias = word === undefined ? undefined : LEGACY_COMMANDS[word];
  if (commandAlias === undefined && flags.length === 0)
    return { argv: [...argv], note: undefined };

  const find = (name: string) => flags.find((flag) => flag.name === name);
  const schedule = find("schedule")?.value;
  let command: string[];
  const remaining = rest;
  if (commandAlias !== undefined) {
    command = [...commandAlias];
  } else if (find("validate-security") !== undefined) {
    command = ["validate", "--security"];
  } else if (schedule !== undefined) {
    command = ["schedule", schedule];
  } else if (find("run") !== undefined || word === undefined) {
    // `--run`, and no command word at all, both meant one export now in the
    // Go tool, which ignored any command word after `--run`.
    command = ["export"];
  } else {
    command = [word];
  }

  const isExport = command[0] === "export" || command[0] === "schedule";
  const moved: string[] = [];
  for (const flag of flags) {
    if (flag.value === undefined) continue;
    if (flag.name === "config") moved.push("--config", flag.value);
    else if (flag.name === "export" && isExport)
      moved.push("--export", toExportList(flag.value));
    else if (flag.name === "history-mode" && isExport)
      moved.push("--history-mode", flag.value);
    // `--mode` did nothing in the Go tool, so it is dropped here.
  }

  const rewritten = [...command, ...moved, ...remaining];
  return {
    argv: rewritten,
    note: localize("legacy.note", {
      command: `export-trakt ${quoteForNote(rewritten)}`,
    }),
  };
}
