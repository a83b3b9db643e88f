import { dirname } from "node:path";

import { parse as parseToml, TomlError } from "smol-toml";
import type { z } from "zod";

import {
  localize,
  type LocalizedText,
  type MessageKey,
  type UserText,
} from "../i18n/index.js";
import { UsageError } from "../shared/index.js";

import { normalizeConfig } from "./normalize.js";
import { NOT_A_SERVICE_TABLE, RawConfigSchema } from "./raw-schema.js";
import { isTable, substituteEnv } from "./substitute-env.js";
import type { AppConfig } from "./types.js";
import { findUnknownKeys } from "./unknown-keys.js";
import {
  LANGUAGE_CODE,
  NOT_A_SECTION,
  ValueProblem,
  describeValue,
} from "./values.js";

export interface ParseConfigOptions {
  /** Environment for `${VAR}` references. */
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Where the text came from; its folder anchors the tool's own files. */
  configPath: string | undefined;
}

export interface ParsedConfig {
  config: AppConfig;
  /** Each starts with its key path; English in `englishOf(warning)`. */
  warnings: LocalizedText[];
}

/**
 * Parses and validates config text. Every problem is collected first; the
 * UsageError thrown lists them all, one per line, each starting with its key.
 */
export function parseConfigText(
  text: string,
  options: ParseConfigOptions,
): ParsedConfig {
  const tree = readToml(text, options.configPath);

  const substituted = substituteEnv(tree, options.env);
  const problems: UserText[] = [...substituted.problems];
  const warnings: LocalizedText[] = [];
  if (hasLiteralSecret(tree)) {
    warnings.push(
      localize("config.literalSecret", {
        reference: "${TRAKT_CLIENT_SECRET}",
      }),
    );
  }
  for (const unknown of findUnknownKeys(substituted.value)) {
    const message = localize("config.unknownKey", {
      path: unknown.path,
      allowed: unknown.allowed.join(", "),
    });
    // In [security] a typo would silently leave a protection at a value
    // nobody chose, so it stops the run; elsewhere it is only reported.
    (unknown.isSecurity ? problems : warnings).push(message);
  }

  const parsed = RawConfigSchema.safeParse(substituted.value);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map(formatIssue));
    throw new UsageError(describeProblems(options.configPath, problems));
  }

  const configDir =
    options.configPath === undefined
      ? options.cwd
      : dirname(options.configPath);
  const result = normalizeConfig(parsed.data, { cwd: options.cwd, configDir });
  problems.push(...result.problems);
  warnings.push(...result.warnings);
  if (problems.length > 0) {
    throw new UsageError(describeProblems(options.configPath, problems));
  }
  return { config: result.config, warnings };
}

/**
 * `[i18n] language` when it is a literal, well-formed language code, whatever
 * the rest of the text holds; `undefined` otherwise (including bad TOML).
 */
export function readLanguageSetting(text: string): string | undefined {
  let tree: unknown;
  try {
    tree = parseToml(text);
  } catch {
    return undefined;
  }
  const i18n = isTable(tree) ? tree.i18n : undefined;
  const language = isTable(i18n) ? i18n.language : undefined;
  return typeof language === "string" && LANGUAGE_CODE.test(language)
    ? language
    : undefined;
}

function hasLiteralSecret(tree: unknown): boolean {
  const trakt = isTable(tree) ? tree.trakt : undefined;
  const secret = isTable(trakt) ? trakt.client_secret : undefined;
  return typeof secret === "string" && secret !== "" && !secret.includes("${");
}

function readToml(text: string, path: string | undefined): unknown {
  try {
    return parseToml(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const line = text.split(/\r?\n/)[error.line - 1] ?? "";
    const params = {
      // The TOML parser's own English words; the frame is translated.
      reason: firstLine(error.message),
      line: String(error.line),
      column: String(error.column),
      advice: localize(
        hasLeadingZeroValue(line)
          ? "config.tomlLeadingZero"
          : "config.tomlFixSyntax",
      ),
    };
    throw new UsageError(
      path === undefined
        ? localize("config.tomlSyntax", params)
        : localize("config.tomlSyntaxFile", { ...params, path }),
      { cause: error },
    );
  }
}

function hasLeadingZeroValue(line: string): boolean {
  const beforeComment = line.split("#")[0] ?? "";
  const equals = beforeComment.indexOf("=");
  const value = beforeComment.slice(equals + 1).trim();
  return equals !== -1 && /^0\d+$/.test(value);
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/^Invalid TOML document: /, "");
}

// Tables are checked by zod itself, with these messages set in the schema.
const TABLE_PROBLEMS = new Map<string, MessageKey>([
  [NOT_A_SECTION, "config.notSection"],
  [NOT_A_SERVICE_TABLE, "config.notServiceTable"],
]);

/**
 * One problem line, starting with the key path. The schema's own checks carry
 * a catalogue message; zod's common checks are mapped to one; anything else
 * keeps zod's English text after the path.
 */
function formatIssue(issue: z.core.$ZodIssue): UserText {
  const path = formatPath(issue.path);
  // A bad table name inside a record reports a generic "Invalid key"; the
  // key schema's own problem is the one that says what is allowed.
  const inner = issue.code === "invalid_key" ? issue.issues[0] : undefined;
  const problem = problemOf(inner ?? issue);
  if (problem !== undefined) {
    return localize(problem.key, { ...problem.params, path });
  }

  const tableKey = TABLE_PROBLEMS.get(issue.message);
  if (tableKey !== undefined) return localize(tableKey, { path });
  switch (issue.code) {
    case "invalid_type":
      return localize("config.wrongType", { path, expected: issue.expected });
    case "invalid_value":
      return localize("config.notAllowedValue", {
        path,
        choices: issue.values.map((value) => describeChoice(value)).join(", "),
      });
    case "too_big":
      return localize("config.tooBig", { path, max: String(issue.maximum) });
    case "too_small":
      return localize("config.tooSmall", { path, min: String(issue.minimum) });
    case "unrecognized_keys":
      return localize("config.unknownKeys", {
        path,
        keys: issue.keys.join(", "),
      });
    default:
      return `${path}: ${(inner ?? issue).message}.`.replace(/\.\.$/, ".");
  }
}

function problemOf(issue: z.core.$ZodIssue): ValueProblem | undefined {
  if (issue.code !== "custom") return undefined;
  const problem: unknown = issue.params?.problem;
  return problem instanceof ValueProblem ? problem : undefined;
}

function describeChoice(value: unknown): string {
  const described = describeValue(value);
  return typeof described === "string" ? described : String(value);
}

function formatPath(parts: readonly PropertyKey[]): string {
  let path = "";
  for (const part of parts) {
    if (typeof part === "number") path += `[${part}]`;
    else path += path === "" ? String(part) : `.${String(part)}`;
  }
  return path === "" ? "(top level)" : path;
}

/** The frame around every problem: which file, how many, what to do. */
function describeProblems(
  path: string | undefined,
  problems: readonly UserText[],
): LocalizedText {
  const params = { count: problems.length, problems };
  return path === undefined
    ? localize("config.problems", params)
    : localize("config.fileProblems", { ...params, path });
}
