/*
 * `${NAME}` inside any string value is replaced from the environment passed
 * in, so secrets can stay out of the file. Only the braced form is
 * recognised: a bare `$` is ordinary text.
 */

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
  problems: string[];
}

/** Returns a copy of the parsed TOML tree with references replaced. */
export function substituteEnv(
  tree: unknown,
  env: Readonly<Record<string, string | undefined>>,
): SubstitutionResult {
  const problems: string[] = [];

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
          `${path}: "${whole}" is not a valid variable reference; use \${NAME} with letters, digits and "_".`,
        );
        return whole;
      }
      const allowedKeys = SECRET_VARIABLES[name];
      if (allowedKeys !== undefined && !allowedKeys.includes(path)) {
        problems.push(
          `${path}: \${${name}} holds a secret and cannot be used here, where it would be shown in messages; write the value itself.`,
        );
        return whole;
      }
      const replacement = env[name];
      if (replacement === undefined) {
        problems.push(
          `${path}: environment variable ${name} is not set; set it or replace \${${name}} with a value.`,
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
