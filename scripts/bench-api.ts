/**
 * `npm run bench:api`: a live export from the sandbox with 50 ms latency and
 * a large library (20,000 viewings, 3,000 ratings, 500 watchlist items, 10
 * lists). Prints the requests made against the minimum (one per 250 items
 * per endpoint, plus login and settings), the wall time against the floor
 * that latency and Trakt's budget allow, and the number of 429s.
 * Goals: the minimum exactly, within 1.5x the floor, no 429.
 *
 * The sandbox runs in its own process, as Trakt would, so its work on each
 * answer does not count against the client's wall time.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import { z } from "zod";

import { runCli } from "../src/cli/run.js";
import {
  DEFAULT_CLIENT_ID,
  DEFAULT_CLIENT_SECRET,
  TRAKT_RATE_BUDGET,
  generateSandboxData,
} from "../src/sandbox/index.js";
import {
  DEFAULT_TRAKT_API_SETTINGS,
  MemoryTokenStore,
  staticClientCredentials,
} from "../src/trakt/index.js";
import { createTestCliContext } from "../test/support/cli.js";

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const SIZES = {
  historyMovies: 20_000,
  ratings: 3_000,
  watchlist: 500,
  lists: 10,
  itemsPerList: 40,
  comments: 0,
};
const PAGE = 250;

function pages(items: number): number {
  return Math.max(1, Math.ceil(items / PAGE));
}

const CLI = fileURLToPath(new URL("../src/cli/main.js", import.meta.url));

const cwd = await mkdtemp(join(tmpdir(), "export-trakt-bench-"));
const dataPath = join(cwd, "sandbox-data.json");
await writeFile(dataPath, JSON.stringify(generateSandboxData(SIZES)));

const child = spawn(
  process.execPath,
  [CLI, "sandbox", "--data", dataPath, "--latency", String(LATENCY_MS)],
  { stdio: ["ignore", "pipe", "inherit"] },
);
let baseUrl = "";
for await (const line of createInterface({ input: child.stdout })) {
  const match = /^API base URL:\s+(\S+)/.exec(line);
  if (match?.[1] !== undefined) {
    baseUrl = match[1];
    break;
  }
}
if (baseUrl === "") throw new Error("The sandbox did not start.");

const Stats = z.object({
  total: z.number(),
  requests: z.array(z.object({ status: z.number() })),
});

async function fetchStats(): Promise<z.infer<typeof Stats>> {
  const response = await fetch(`${baseUrl}/sandbox/stats`);
  return Stats.parse(await response.json());
}

async function approveLater(): Promise<void> {
  // Plays the person who types the code in: approve whatever is pending.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const code = /enter the code (\S+)/.exec(readStderr())?.[1];
    if (code === undefined) continue;
    await fetch(`${baseUrl}/sandbox/approve`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ user_code: code }),
    });
    return;
  }
}

const { context, readStderr } = createTestCliContext({
  cwd,
  now: () => new Date(),
  trakt: {
    tokens: new MemoryTokenStore(),
    credentials: staticClientCredentials({
      clientId: DEFAULT_CLIENT_ID,
      clientSecret: DEFAULT_CLIENT_SECRET,
    }),
  },
});

try {
  const api = ["--api-base-url", baseUrl];
  const [loginCode] = await Promise.all([
    runCli(["auth", ...api], context),
    approveLater(),
  ]);
  const loginRequests = (await fetchStats()).total;

  const started = performance.now();
  const code = await runCli(["export", ...api, "--output", "out"], context);
  const wallMs = performance.now() - started;
  const all = await fetchStats();
  const exportRequests = all.requests.slice(loginRequests);
  const stats = {
    total: exportRequests.length,
    rateLimited: exportRequests.filter((record) => record.status === 429)
      .length,
  };
  if (loginCode !== 0 || code !== 0) {
    console.error(readStderr());
    throw new Error("The benchmark export failed; see the output above.");
  }

  const minimum =
    1 + // users/settings
    pages(SIZES.historyMovies) +
    pages(SIZES.ratings) +
    pages(SIZES.watchlist) +
    pages(SIZES.comments) +
    1 + // the list index
    SIZES.lists * pages(SIZES.itemsPerList);
  const inFlight = DEFAULT_TRAKT_API_SETTINGS.maxConcurrentRequests;
  const budgetWaitMs =
    minimum <= TRAKT_RATE_BUDGET.limit
      ? 0
      : Math.ceil(
          (minimum - TRAKT_RATE_BUDGET.limit) / TRAKT_RATE_BUDGET.limit,
        ) *
        TRAKT_RATE_BUDGET.periodSeconds *
        1000;
  const floorMs = Math.ceil(minimum / inFlight) * LATENCY_MS + budgetWaitMs;

  console.log(
    `Library: ${SIZES.historyMovies} viewings, ${SIZES.ratings} ratings, ${SIZES.watchlist} watchlist items, ${SIZES.lists} lists of ${SIZES.itemsPerList}; latency ${LATENCY_MS} ms`,
  );
  console.log(
    `Login: ${loginRequests} requests (device code + polls), not timed`,
  );
  console.log(
    `Export requests: ${stats.total} made, minimum ${minimum} (${stats.total === minimum ? "met exactly" : "NOT met"})`,
  );
  console.log(
    `Wall time: ${Math.round(wallMs)} ms, floor ${floorMs} ms (${minimum} requests, ${inFlight} in flight, ${LATENCY_MS} ms each, no budget wait) = ${(wallMs / floorMs).toFixed(2)}x (goal <= 1.5x)`,
  );
  console.log(`429 answers: ${stats.rateLimited} (goal 0)`);
} finally {
  child.kill("SIGTERM");
  await once(child, "exit");
  await rm(cwd, { recursive: true, force: true });
}
