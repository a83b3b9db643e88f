import { isAbsolute, parse, relative, resolve, sep } from "node:path";

/**
 * True when `child` is `parent` itself or lies inside it, comparing whole
 * path components: `/etc` contains `/etc/x` but not `/etcetera`.
 */
export function isWithinFolder(child: string, parent: string): boolean {
  const path = relative(parent, child);
  if (path === "") return true;
  return !isAbsolute(path) && path !== ".." && !path.startsWith(`..${sep}`);
}

// A legitimate file name never needs percent-encoded dots or separators; a
// path holding them was built to slip past a check that decodes later.
const ENCODED_PATH_CHARACTER = /%(?:25)*(?:2e|2f|5c|00)/i;

export type PathTextProblem = "empty" | "nul" | "encoded";

/** Problems visible in the text of a path before it is resolved. */
export function findPathTextProblem(path: string): PathTextProblem | undefined {
  if (path.trim() === "") return "empty";
  if (path.includes("\0")) return "nul";
  if (ENCODED_PATH_CHARACTER.test(path)) return "encoded";
  return undefined;
}

/**
 * Splits an absolute path into its successive prefixes, root excluded:
 * `/a/b/c` gives `/a`, `/a/b`, `/a/b/c`.
 */
export function listPathPrefixes(absolutePath: string): string[] {
  const { root } = parse(absolutePath);
  const parts = absolutePath.slice(root.length).split(sep).filter(Boolean);
  const prefixes: string[] = [];
  let current = root;
  for (const part of parts) {
    current = resolve(current, part);
    prefixes.push(current);
  }
  return prefixes;
}
