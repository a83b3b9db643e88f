import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { UsageError } from "../shared/index.js";

import { parseFaultSpec } from "./fault-spec.js";
import type { SandboxFault } from "./faults.js";

describe("parseFaultSpec", () => {
  const cases: [string, SandboxFault[]][] = [
    ["", []],
    ["latency=200", [{ kind: "latency", ms: 200 }]],
    ["status=503,nth=2", [{ kind: "status", status: 503, from: 2, count: 1 }]],
    [
      "status=502,from=3,count=2,path=/sync/history",
      [
        {
          kind: "status",
          status: 502,
          from: 3,
          count: 2,
          path: "/sync/history",
        },
      ],
    ],
    [
      "html=429,path=/sync/*,page=2",
      [{ kind: "html", status: 429, path: "/sync/*", page: 2 }],
    ],
    ["drop,nth=1", [{ kind: "drop", from: 1, count: 1 }]],
    ["rate-limit", [{ kind: "rate-limit", retryAfterSeconds: 1 }]],
    [
      "rate-limit=2,count=3,method=get",
      [{ kind: "rate-limit", retryAfterSeconds: 2, count: 3, method: "GET" }],
    ],
    ["strip-paging", [{ kind: "strip-paging" }]],
    [
      "html=429,retry-after=2,page=2",
      [{ kind: "html", status: 429, retryAfterSeconds: 2, page: 2 }],
    ],
    ["expire-token=3", [{ kind: "expire-token", afterRequests: 3 }]],
    [
      " latency=5 ; drop,nth=4 ",
      [
        { kind: "latency", ms: 5 },
        { kind: "drop", from: 4, count: 1 },
      ],
    ],
  ];
  for (const [spec, expected] of cases) {
    it(`reads "${spec}"`, () => {
      assert.deepEqual(parseFaultSpec(spec), expected);
    });
  }

  it("reports every bad rule at once in one usage error", () => {
    assert.throws(
      () => parseFaultSpec("status=42;explode;drop,nth=0;latency=5,colour=red"),
      (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.equal(
          error.message,
          [
            '--faults "status=42;explode;drop,nth=0;latency=5,colour=red" is not valid:',
            '  - "status=42": write it as status=CODE, with CODE from 100 to 599.',
            '  - "explode": unknown fault "explode"; use latency, status, html, drop, rate-limit, strip-paging or expire-token.',
            '  - "drop,nth=0": nth must be a whole number from 1, not "0".',
            '  - "latency=5,colour=red": unknown key "colour"; use path, page, method, from, count, nth or retry-after.',
            "See docs/sandbox.md for the grammar.",
          ].join("\n"),
        );
        return true;
      },
    );
  });
});
