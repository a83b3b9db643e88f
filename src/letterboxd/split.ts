import { localize } from "../i18n/index.js";
import { OutputError } from "../shared/index.js";

import { toCsvLine, type CsvOptions, type Table } from "./csv.js";

export interface SizeLimits {
  /** Most data rows in one file (the header is not counted). */
  maxRows: number;
  /** Most bytes in one file, header and line ends included. */
  maxBytes: number;
}

/** Letterboxd's documented 1 MB and older 1,900-film limits. */
export const LETTERBOXD_LIMITS: SizeLimits = {
  maxRows: 1900,
  maxBytes: 1_000_000,
};

export interface CsvPart {
  content: Buffer;
  rows: number;
}

/**
 * Serialises a table into as few parts as the limits allow. Every part starts
 * with the header and holds whole records only, so a multi-line review is
 * never cut.
 */
export function splitIntoParts(
  table: Table,
  limits: SizeLimits,
  options: CsvOptions,
  fileName: string,
): CsvPart[] {
  const header = Buffer.from(toCsvLine(table.header, options), "utf8");
  const parts: CsvPart[] = [];
  let chunks: Buffer[] = [header];
  let bytes = header.length;
  let rows = 0;

  const flush = () => {
    parts.push({ content: Buffer.concat(chunks, bytes), rows });
    chunks = [header];
    bytes = header.length;
    rows = 0;
  };

  for (const [index, cells] of table.rows.entries()) {
    const line = Buffer.from(toCsvLine(cells, options), "utf8");
    if (header.length + line.length > limits.maxBytes) {
      // Strings, not numbers: the limit is the --max-bytes value as typed.
      const text = localize("writer.rowTooLarge", {
        row: index + 1,
        file: fileName,
        bytes: String(line.length),
        limit: String(limits.maxBytes),
      });
      throw new OutputError(text, fileName);
    }
    if (rows >= limits.maxRows || bytes + line.length > limits.maxBytes)
      flush();
    chunks.push(line);
    bytes += line.length;
    rows += 1;
  }
  if (rows > 0 || parts.length === 0) flush();
  return parts;
}
