/**
 * `npm run bench`: a synthetic Trakt export at Trakt's history cap (100,000
 * viewings in files of 25,000, plus 10,000 ratings), exported in a fresh
 * process and compared with the floor: a bare process that only reads and
 * JSON-parses the same files. Goals: within 3x the floor, under 400 MB.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { writeZip } from "../test/support/zip.js";
import {
  historyItem,
  ratingItem,
  userSettings,
  type FilmSpec,
} from "../test/support/trakt-json.js";

const run = promisify(execFile);
const VIEWINGS = 100_000;
const RATINGS = 10_000;
const FILMS = 20_000;
const PER_FILE = 25_000;
const RUNS = 5;

/** A small seeded generator, so every run benchmarks the same data. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function syntheticExport(): Record<string, unknown> {
  const random = seededRandom(42);
  const films: FilmSpec[] = Array.from({ length: FILMS }, (_, index) => ({
    trakt: 100_000 + index,
    title: `Synthetic Film ${index}, part "${index % 7}"`,
    year: 1950 + (index % 75),
    imdb:
      index % 50 === 0
        ? null
        : `tt${String(1_000_000 + index).padStart(7, "0")}`,
    tmdb: 200_000 + index,
  }));
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const pick = () => films[Math.floor(random() * FILMS)] ?? films[0]!;

  const history = Array.from({ length: VIEWINGS }, (_, index) =>
    historyItem(
      9_000_000_000 + index,
      pick(),
      new Date(start + Math.floor(random() * span)).toISOString(),
      index % 3 === 0 ? "scrobble" : "watch",
    ),
  );
  const files: Record<string, unknown> = {};
  for (let part = 0; part * PER_FILE < VIEWINGS; part += 1) {
    files[`watched-history-${part + 1}.json`] = history.slice(
      part * PER_FILE,
      (part + 1) * PER_FILE,
    );
  }
  files["ratings-movies.json"] = films
    .slice(0, RATINGS)
    .map((film, index) =>
      ratingItem(film, 1 + (index % 10), "2020-01-01T00:00:00.000Z"),
    );
  files["user-settings.json"] = userSettings("Europe/Paris");
  return files;
}

interface Measure {
  /** Time of the work itself, measured inside the child after start-up. */
  elapsedMs: number;
  /** The whole child process, start-up and module loading included. */
  processMs: number;
  maxRssBytes: number;
}

async function measure(args: string[]): Promise<Measure> {
  const child = new URL("./bench-child.js", import.meta.url).pathname;
  const started = performance.now();
  const { stdout } = await run(process.execPath, [child, ...args], {
    maxBuffer: 1 << 20,
  });
  const processMs = performance.now() - started;
  const inner = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Omit<
    Measure,
    "processMs"
  >;
  return { ...inner, processMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function benchmark(dir: string): Promise<void> {
  const zip = join(dir, "synthetic-export.zip");
  await writeZip(zip, syntheticExport());
  const zipMiB = (await stat(zip)).size / 1024 ** 2;
  console.log(
    `Synthetic export: ${VIEWINGS} viewings, ${RATINGS} ratings, ZIP ${zipMiB.toFixed(1)} MiB`,
  );

  const exports: Measure[] = [];
  const floors: Measure[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    floors.push(await measure(["floor", zip]));
    exports.push(await measure(["export", zip, join(dir, `out-${index}`)]));
  }

  const exportMs = median(exports.map((m) => m.elapsedMs));
  const floorMs = median(floors.map((m) => m.elapsedMs));
  const peakMiB = Math.max(...exports.map((m) => m.maxRssBytes)) / 1024 ** 2;
  const floorPeakMiB =
    Math.max(...floors.map((m) => m.maxRssBytes)) / 1024 ** 2;
  const exportProcessMs = median(exports.map((m) => m.processMs));
  const floorProcessMs = median(floors.map((m) => m.processMs));
  // Judge on the less favourable of the two views.
  const ratio = Math.max(exportMs / floorMs, exportProcessMs / floorProcessMs);

  console.log(
    `Export (median of ${RUNS}):  ${exportMs.toFixed(0)} ms, peak RSS ${peakMiB.toFixed(0)} MiB`,
  );
  console.log(
    `Floor: read + JSON.parse:  ${floorMs.toFixed(0)} ms, peak RSS ${floorPeakMiB.toFixed(0)} MiB`,
  );
  console.log(
    `Whole processes, start-up included: export ${exportProcessMs.toFixed(0)} ms, floor ${floorProcessMs.toFixed(0)} ms`,
  );
  console.log(
    `Ratio export/floor: work ${(exportMs / floorMs).toFixed(2)}x, whole process ${(exportProcessMs / floorProcessMs).toFixed(2)}x (goal <= 3x)`,
  );
  console.log(`Peak memory: ${peakMiB.toFixed(0)} MiB (goal < 400 MB)`);
  const met = ratio <= 3 && peakMiB * 1.048576 < 400;
  console.log(met ? "Both goals met." : "A goal was missed.");
  if (!met) process.exitCode = 1;
}

// `--write-zip PATH` only writes the synthetic export, for profiling by hand.
const writeOnlyIndex = process.argv.indexOf("--write-zip");
const dir = await mkdtemp(join(tmpdir(), "export-trakt-bench-"));
try {
  if (writeOnlyIndex === -1) {
    await benchmark(dir);
  } else {
    const target = process.argv[writeOnlyIndex + 1] ?? "synthetic-export.zip";
    await writeZip(target, syntheticExport());
    console.log(`Wrote ${target}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
