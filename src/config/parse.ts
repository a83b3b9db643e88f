import { dirname } from "node:path";

import { parse as parseToml, TomlError } from "smol-toml";
import type { z } from "zod";

import { UsageError } from "../shared/index.js";

import { normalizeConfig } from "./normalize.js";
import { RawConfigSchema } from "./raw-schema.js";
import { isTable, substituteEnv } from "./substitute-env.js";
import type { AppConfig } from "./types.js";
import { findUnknownKeys } from "./unknown-keys.js";

export interface ParseConfigOptions {
  /** Environment for `${VAR}` references. */
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Where the text came from; its folder anchors the tool's own files. */
  configPath: string | undefined;
}

export interface ParsedConfig {
  config: AppConfig;
  warnings: string[];
}

/**
 * Parses and validates config text. Every problem is collected first; the
 * UsageError thrown lists them all, one per line, each starting with its key.
 */
export function parseConfigText(
  text: string,
  options: ParseConfigOptions,
): ParsedConfig {
  const label = options.configPath ?? "the configuration";
  const tree = readToml(text, label);

  const substituted = substituteEnv(tree, options.env);
  const problems = [...substituted.problems];
  const warnings: string[] = [];
  if (hasLiteralSecret(tree)) {
    warnings.push(
      'trakt.client_secret: is written in the file itself; anyone who can read the file can use it. Store it with "export-trakt credentials set", or write "${TRAKT_CLIENT_SECRET}" and set that variable.',
    );
  }
  for (const unknown of findUnknownKeys(substituted.value)) {
    const message = `${unknown.path}: unknown key; the keys allowed here are ${unknown.allowed.join(", ")}.`;
    // In [security] a typo would silently leave a protection at a value
    // nobody chose, so it stops the run; elsewhere it is only reported.
    (unknown.isSecurity ? problems : warnings).push(message);
  }

  const parsed = RawConfigSchema.safeParse(substituted.value);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map(formatIssue));
    throw new UsageError(describeProblems(label, problems));
  }

  const configDir =
    options.configPath === undefined
      ? options.cwd
      : dirname(options.configPath);
  const result = normalizeConfig(parsed.data, { cwd: options.cwd, configDir });
  problems.push(...result.problems);
  warnings.push(...result.warnings);
  if (problems.length > 0) {
    throw new UsageError(describeProblems(label, problems));
  }
  return { config: result.config, warnings };
}

function hasLiteralSecret(tree: unknown): boolean {
  const trakt = isTable(tree) ? tree.trakt : undefined;
  const secret = isTable(trakt) ? trakt.client_secret : undefined;
  return typeof secret === "string" && secret !== "" && !secret.includes("${");
}

function readToml(text: string, label: string): unknown {
  try {
    return parseToml(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = firstLine(error.message);
    const where = `line ${error.line}, column ${error.column}`;
    const line = text.split(/\r?\n/)[error.line - 1] ?? "";
    const hint = hasLeadingZeroValue(line)
      ? ' A number with a leading zero, such as a file mode written 0600, is not valid TOML: write it as a quoted string ("0600") or as TOML octal (0o600).'
      : " Fix the syntax at that place and run the command again.";
    throw new UsageError(
      `Could not read ${quote(label)} as TOML: ${reason} (${where}).${hint}`,
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

function formatIssue(issue: z.core.$ZodIssue): string {
  let path = "";
  for (const part of issue.path) {
    if (typeof part === "number") path += `[${part}]`;
    else path += path === "" ? String(part) : `.${String(part)}`;
  }
  // A bad table name inside a record reports a generic "Invalid key"; the
  // key schema's own message is the one that says what is allowed.
  const message =
    issue.code === "invalid_key"
      ? (issue.issues[0]?.message ?? issue.message)
      : issue.message;
  return `${path === "" ? "(top level)" : path}: ${message}.`.replace(
    /\.\.$/,
    ".",
  );
}

function describeProblems(label: string, problems: string[]): string {
  const count =
    problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const list = problems.map((problem) => `  - ${problem}`).join("\n");
  const subject =
    label === "the configuration"
      ? "The configuration"
      : `The config file "${label}"`;
  return `${subject} has ${count}:\n${list}\nFix them and run the command again.`;
}

function quote(label: string): string {
  return label === "the configuration" ? label : `"${label}"`;
}
