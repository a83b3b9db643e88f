import { timingSafeEqual } from "node:crypto";
import { join } from "node:path";

import { listAuditFiles } from "./audit-files.js";
import type { LineHasher } from "./audit-format.js";
import { parseAuditLine } from "./audit-format.js";
import type { PathGuard } from "./path-guard.js";

export type AuditVerification =
  | { isIntact: true; files: number; lines: number }
  | {
      isIntact: false;
      files: number;
      lines: number;
      /** Absolute path of the file with the first broken line. */
      file: string;
      /** 1-based line number in that file. */
      line: number;
      problem: string;
    };

interface ChainState {
  previousHash?: string;
  nextSeq?: number;
}

// Constant-time, because with a chain key the hash is a MAC.
function isSameHash(expected: string, actual: string): boolean {
  const left = Buffer.from(expected, "hex");
  const right = Buffer.from(actual, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

function findLineProblem(
  line: string,
  format: "json" | "text",
  day: string,
  hashLine: LineHasher,
  state: ChainState,
): string | undefined {
  const parsed = parseAuditLine(line, format);
  if (parsed === undefined) {
    return "it is not a well-formed audit line, so it was edited, inserted or damaged";
  }

  const { record, hash, payload } = parsed;
  if (!isSameHash(hashLine(payload), hash)) {
    return "its content does not match its hash, so the line was edited";
  }
  if (state.nextSeq !== undefined && record.seq > state.nextSeq) {
    const missing = record.seq - state.nextSeq;
    const lines =
      missing === 1 ? "1 line before it is" : `${missing} lines before it are`;
    return `${lines} missing (sequence ${record.seq}, expected ${state.nextSeq})`;
  }
  if (state.nextSeq !== undefined && record.seq < state.nextSeq) {
    return `its sequence number ${record.seq} repeats or goes back (expected ${state.nextSeq}), so a line was inserted or moved`;
  }
  if (
    state.previousHash !== undefined &&
    record.prev_hash !== state.previousHash
  ) {
    return "it does not follow the line before it, so a line was inserted or removed here";
  }
  if (!record.timestamp.startsWith(day)) {
    return `its time ${record.timestamp} does not belong in the file for ${day}, so it was moved`;
  }

  state.previousHash = hash;
  state.nextSeq = record.seq + 1;
  return undefined;
}

/**
 * Walks every audit file of a folder, oldest first, and checks each line's
 * hash, sequence number and link to the line before (across days). Stops at
 * the first broken line. The oldest remaining line is the anchor, because
 * retention deletes whole files from the start of the chain.
 */
export async function verifyAuditLog(
  directory: string,
  options: { pathGuard: PathGuard; hashLine: LineHasher },
): Promise<AuditVerification> {
  const files = await listAuditFiles(directory);
  const state: ChainState = {};
  let lines = 0;

  for (const file of files) {
    const path = join(directory, file.name);
    const text = (await options.pathGuard.readFile(path, "config")).toString(
      "utf8",
    );
    const fileLines = text.split("\n");
    // A complete file ends with a newline; anything after it is a cut line.
    if (fileLines.at(-1) === "") fileLines.pop();

    for (const [index, line] of fileLines.entries()) {
      lines += 1;
      const problem = findLineProblem(
        line,
        file.format,
        file.day,
        options.hashLine,
        state,
      );
      if (problem !== undefined) {
        return {
          isIntact: false,
          files: files.length,
          lines,
          file: path,
          line: index + 1,
          problem,
        };
      }
    }
  }
  return { isIntact: true, files: files.length, lines };
}
