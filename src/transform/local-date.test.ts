import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import { createLocalDateFormatter, isKnownTimeZone } from "./local-date.js";

// Zones with summer time, half-hour and 45-minute offsets, a 30-minute
// summer shift, and a date-line jump (Samoa skipped 2011-12-30).
const ZONES = [
  "Europe/Paris",
  "America/Los_Angeles",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "Pacific/Apia",
  "UTC",
];

/** The local date as Intl computes it, the reference for the fast path. */
function referenceDate(utcMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(utcMs));
}

describe("createLocalDateFormatter", () => {
  for (const zone of ZONES) {
    it(`agrees with Intl on any instant in ${zone}`, () => {
      const format = createLocalDateFormatter(zone);
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 0, 1) }),
          (utcMs) => format(utcMs) === referenceDate(utcMs, zone),
        ),
        { numRuns: 2000 },
      );
    });
  }

  it("gets every minute of a summer-time change right", () => {
    const format = createLocalDateFormatter("Europe/Paris");
    const start = Date.UTC(2024, 2, 30, 20);
    for (let ms = start; ms < start + 10 * 3_600_000; ms += 60_000) {
      assert.equal(format(ms), referenceDate(ms, "Europe/Paris"));
    }
  });
});

describe("isKnownTimeZone", () => {
  it("accepts IANA names and refuses offsets and made-up names", () => {
    assert.deepEqual(
      ["Europe/Paris", "UTC", "Mars/Olympus", "+02:00", "", "paris"].map(
        isKnownTimeZone,
      ),
      [true, true, false, false, false, false],
    );
  });
});
