import { z } from "zod";

import { RawConfigSchema } from "./raw-schema.js";
import { isTable } from "./substitute-env.js";

export interface UnknownKey {
  path: string;
  /** True inside [security]: a misspelt key there hides a protection. */
  isSecurity: boolean;
  /** The keys that are accepted at that level. */
  allowed: string[];
}

/** Lists keys in the parsed tree that the schema does not know. */
export function findUnknownKeys(tree: unknown): UnknownKey[] {
  const found: UnknownKey[] = [];
  walk(RawConfigSchema, tree, "", found);
  return found;
}

function walk(
  schema: z.ZodType,
  node: unknown,
  path: string,
  found: UnknownKey[],
): void {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (!isTable(node)) return;

  if (inner instanceof z.ZodRecord) {
    for (const [key, value] of Object.entries(node)) {
      walk(inner.valueType as z.ZodType, value, join(path, key), found);
    }
    return;
  }
  if (!(inner instanceof z.ZodObject)) return;

  const shape = inner.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(node)) {
    const child = shape[key];
    const childPath = join(path, key);
    if (child === undefined) {
      found.push({
        path: childPath,
        isSecurity: childPath.startsWith("security."),
        allowed: Object.keys(shape),
      });
    } else {
      walk(child, value, childPath, found);
    }
  }
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}
