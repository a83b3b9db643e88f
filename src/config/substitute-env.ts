/*
 * `${NAME}` inside any string value is replaced from the environment passed
 * in, so secrets can stay out of the file. Only the braced form is
 * recognised: a bare `$` is ordinary text.
 */

import { localize, type LocalizedText } from "../i18n/index.js";

const REFERENCE = /\$\{([^}]*)\}/g;

// Variables that hold secrets may only fill the keys that hold the same
// secret: anywhere else (a file path, a host name) the value would be printed
// in messages, status output and the audit log.
const SECRET_VARIABLES: Readonly<Record<string, readonly string[]>> = {
  TRAKT_CLIENT_SECRET: ["trakt.client_secret"],
  TRAKT_ACCESS_TOKEN: [],
  TRAKT_REFRESH_TOKEN: [],
  ENCRYPTION_KEY: [],
  NEW_ENCRYPTION_KEY: [],
  ENCRYPTION_PASSPHRASE: [],
  NEW_ENCRYPTION_PASSPHRASE: [],
};
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface SubstitutionResult {
  value: unknown;
  /** Problems, each already starting with its key path. */
  problems: LocalizedText[];
}

/** Returns a copy of the parsed TOML tree with references replaced. */
export function substituteEnv(
  tree: unknown,
  env: Readonly<Record<string, string | undefined>>,
): SubstitutionResult {
  const problems: LocalizedText[] = [];

  const visit = (node: unknown, path: string): unknown => {
    if (typeof node === "string") return replaceIn(node, path);
    if (Array.isArray(node)) {
      return node.map((entry, index) => visit(entry, `${path}[${index}]`));
    }
    if (isTable(node)) {
      const copy: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(node)) {
        copy[key] = visit(entry, path === "" ? key : `${path}.${key}`);
      }
      return copy;
    }
    return node;
  };

  const replaceIn = (text: string, path: string): string =>
    text.replace(REFERENCE, (whole, name: string) => {
      if (!VARIABLE_NAME.test(name)) {
        problems.push(
          localize("config.badReference", {
            path,
            reference: whole,
            example: "${NAME}",
          }),
        );
        return whole;
      }
      const reference = `\${${name}}`;
      const allowedKeys = SECRET_VARIABLES[name];
      if (allowedKeys !== undefined && !allowedKeys.includes(path)) {
        problems.push(localize("config.secretVariable", { path, reference }));
        return whole;
      }
      const replacement = env[name];
      if (replacement === undefined) {
        problems.push(
          localize("config.missingVariable", { path, name, reference }),
        );
        return "";
      }
      return replacement;
    });

  return { value: visit(tree, ""), problems };
}

export function isTable(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}
