/**
 * What the sandbox was asked and how it answered, for tests and benchmarks.
 */

export interface RequestRecord {
  method: string;
  path: string;
  /** The `page` query value, 1 when absent. */
  page: number;
  /** 0 when the connection was dropped instead of answered. */
  status: number;
  /** The fault that answered instead of the server, if one did. */
  fault: string | undefined;
  atMs: number;
}

export interface SandboxStats {
  total: number;
  /** `path` → status → count. */
  byPath: Readonly<Record<string, Readonly<Record<number, number>>>>;
  /** 429s sent by the API side, from the budget or a fault. */
  rateLimited: number;
  dropped: number;
  requests: readonly RequestRecord[];
}

// A 429 from /oauth/device/token means "poll slower", not a spent budget.
function isRateLimit(record: RequestRecord): boolean {
  return record.status === 429 && !record.path.startsWith("/oauth/");
}

export class RequestLog {
  #records: RequestRecord[] = [];

  add(record: RequestRecord): void {
    this.#records.push(record);
  }

  clear(): void {
    this.#records = [];
  }

  stats(): SandboxStats {
    const byPath: Record<string, Record<number, number>> = {};
    for (const record of this.#records) {
      const statuses = (byPath[record.path] ??= {});
      statuses[record.status] = (statuses[record.status] ?? 0) + 1;
    }
    return {
      total: this.#records.length,
      byPath,
      rateLimited: this.#records.filter(isRateLimit).length,
      dropped: this.#records.filter((record) => record.status === 0).length,
      requests: [...this.#records],
    };
  }
}
