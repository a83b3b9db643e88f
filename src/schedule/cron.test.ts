import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { UsageError } from "../shared/index.js";

import { formatInTimeZone, listNextRuns, parseCronSchedule } from "./cron.js";

function nextRuns(
  expression: string,
  timeZone: string,
  from: string,
  count = 3,
) {
  const schedule = parseCronSchedule(expression, timeZone);
  return listNextRuns(schedule, new Date(from), count).map((date) =>
    date.toISOString(),
  );
}

describe("cron: parsing", () => {
  it("reads standard five-field expressions", () => {
    assert.deepEqual(nextRuns("*/15 * * * *", "UTC", "2026-01-01T00:07:00Z"), [
      "2026-01-01T00:15:00.000Z",
      "2026-01-01T00:30:00.000Z",
      "2026-01-01T00:45:00.000Z",
    ]);
    assert.deepEqual(
      nextRuns("0 6 * * 1-5", "UTC", "2026-01-02T07:00:00Z", 2),
      ["2026-01-05T06:00:00.000Z", "2026-01-06T06:00:00.000Z"],
    );
  });

  const NAMES: [string, string[]][] = [
    ["@daily", ["2026-01-02T00:00:00.000Z", "2026-01-03T00:00:00.000Z"]],
    ["@midnight", ["2026-01-02T00:00:00.000Z", "2026-01-03T00:00:00.000Z"]],
    ["@hourly", ["2026-01-01T13:00:00.000Z", "2026-01-01T14:00:00.000Z"]],
    ["@weekly", ["2026-01-04T00:00:00.000Z", "2026-01-11T00:00:00.000Z"]],
    ["@monthly", ["2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"]],
    ["@yearly", ["2027-01-01T00:00:00.000Z", "2028-01-01T00:00:00.000Z"]],
    ["@ANNUALLY", ["2027-01-01T00:00:00.000Z", "2028-01-01T00:00:00.000Z"]],
  ];
  for (const [name, expected] of NAMES) {
    it(`reads ${name}`, () => {
      assert.deepEqual(
        nextRuns(name, "UTC", "2026-01-01T12:30:00Z", 2),
        expected,
      );
    });
  }

  const REJECTED: [string, string][] = [
    [
      "0 0 * * * *",
      'The schedule "0 0 * * * *" is not a cron expression this tool reads. Use five fields (minute hour day-of-month month day-of-week), such as "30 2 * * *" for 02:30 every night, or one of @hourly, @daily, @weekly, @monthly, @yearly.',
    ],
    [
      "@reboot",
      'The schedule "@reboot" is not a cron expression this tool reads. Use five fields (minute hour day-of-month month day-of-week), such as "30 2 * * *" for 02:30 every night, or one of @hourly, @daily, @weekly, @monthly, @yearly.',
    ],
    [
      "61 * * * *",
      'The schedule "61 * * * *" is not valid: Invalid value for minute: 61. Use five fields (minute hour day-of-month month day-of-week), such as "30 2 * * *" for 02:30 every night, or one of @hourly, @daily, @weekly, @monthly, @yearly.',
    ],
  ];
  for (const [expression, message] of REJECTED) {
    it(`rejects "${expression}" as a usage error`, () => {
      assert.throws(
        () => parseCronSchedule(expression, "UTC"),
        (error) => error instanceof UsageError && error.message === message,
      );
    });
  }

  it("rejects an unknown time zone", () => {
    assert.throws(() => parseCronSchedule("@daily", "Mars/Olympus"), {
      name: "UsageError",
      message:
        'The time zone "Mars/Olympus" is not a known IANA time zone. Use a name such as "Europe/Paris", "America/New_York" or "UTC".',
    });
  });
});

describe("cron: time zones", () => {
  it("evaluates fields on the chosen zone's clock", () => {
    assert.deepEqual(
      nextRuns("@daily", "America/New_York", "2026-01-10T00:00:00Z", 2),
      ["2026-01-10T05:00:00.000Z", "2026-01-11T05:00:00.000Z"],
    );
  });

  it("runs once, an hour later, on the night the clocks skip 02:30", () => {
    // Europe/Paris jumps from 02:00 to 03:00 on 29 March 2026.
    const runs = nextRuns("30 2 * * *", "Europe/Paris", "2026-03-27T12:00:00Z");
    assert.deepEqual(runs, [
      "2026-03-28T01:30:00.000Z",
      "2026-03-29T01:30:00.000Z",
      "2026-03-30T00:30:00.000Z",
    ]);
    assert.deepEqual(
      runs.map((run) => formatInTimeZone(new Date(run), "Europe/Paris")),
      [
        "2026-03-28 02:30 +01:00",
        "2026-03-29 03:30 +02:00",
        "2026-03-30 02:30 +02:00",
      ],
    );
  });

  it("runs once on the night 02:30 happens twice", () => {
    // Europe/Paris goes back from 03:00 to 02:00 on 25 October 2026.
    assert.deepEqual(
      nextRuns("30 2 * * *", "Europe/Paris", "2026-10-24T12:00:00Z"),
      [
        "2026-10-25T00:30:00.000Z",
        "2026-10-26T01:30:00.000Z",
        "2026-10-27T01:30:00.000Z",
      ],
    );
  });
});

describe("cron: days that never come", () => {
  it("refuses a day that no month has, naming the expression", () => {
    // Run deep in the stack: the answer must not depend on how much is left.
    const deep = (levels: number, check: () => void): void => {
      if (levels === 0) check();
      else deep(levels - 1, check);
    };
    for (const expression of ["0 0 30 2 *", "0 0 31 4 *", "15 3 31 2,4,6 *"]) {
      deep(5000, () => {
        assert.throws(
          () => parseCronSchedule(expression, "Europe/Paris"),
          (error: unknown) => {
            assert.ok(error instanceof UsageError, String(error));
            assert.equal(error.localized?.key, "cron.neverRuns");
            assert.ok(error.message.includes(`"${expression}"`));
            return true;
          },
        );
      });
    }
  });

  it("accepts 29 February, which comes every four years or so", () => {
    assert.deepEqual(nextRuns("0 0 29 2 *", "UTC", "2097-01-01T00:00:00Z", 2), [
      "2104-02-29T00:00:00.000Z",
      "2108-02-29T00:00:00.000Z",
    ]);
  });
});
