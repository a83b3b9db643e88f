import type { Timers } from "../../src/schedule/index.js";

/** Lets pending promise callbacks and I/O callbacks run. */
export async function settle(rounds = 20): Promise<void> {
  for (let round = 0; round < rounds; round += 1)
    await new Promise((resolve) => setImmediate(resolve));
}

/**
 * A clock and timers that only move when the test says so: `advanceTo`
 * fires each due timer in order, at its own time.
 */
export class FakeClock {
  #nowMs: number;
  #nextId = 1;
  readonly #pending = new Map<number, { atMs: number; callback: () => void }>();

  constructor(start: Date) {
    this.#nowMs = start.getTime();
  }

  readonly now = (): Date => new Date(this.#nowMs);

  readonly timers: Timers = {
    setTimeout: (callback, delayMs) => {
      const id = this.#nextId;
      this.#nextId += 1;
      this.#pending.set(id, { atMs: this.#nowMs + delayMs, callback });
      return () => {
        this.#pending.delete(id);
      };
    },
  };

  get pendingTimers(): number {
    return this.#pending.size;
  }

  async advanceTo(date: Date): Promise<void> {
    const targetMs = date.getTime();
    await settle();
    for (;;) {
      const due = [...this.#pending.entries()]
        .filter(([, timer]) => timer.atMs <= targetMs)
        .sort((left, right) => left[1].atMs - right[1].atMs)[0];
      if (due === undefined) break;
      const [id, timer] = due;
      this.#pending.delete(id);
      this.#nowMs = Math.max(this.#nowMs, timer.atMs);
      timer.callback();
      await settle();
    }
    this.#nowMs = targetMs;
    await settle();
  }
}
