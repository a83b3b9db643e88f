/**
 * One measured run for the benchmarks, in a fresh process: either the real
 * export through the CLI entry, or the floor (read and JSON-parse every file
 * of the same export, nothing else). Prints one JSON line with the timings.
 */
import { PassThrough } from "node:stream";

import { createTranslator } from "../src/i18n/index.js";
import { runCli } from "../src/cli/run.js";
import { openSource } from "../src/offline/source.js";

const [mode, input, output] = process.argv.slice(2);
if (input === undefined)
  throw new Error("usage: bench-child export|floor <input> [output]");

const started = performance.now();
if (mode === "export") {
  const sink = new PassThrough();
  sink.resume();
  const code = await runCli(
    [
      "export",
      "--from",
      input,
      "--output",
      output ?? "",
      "--timezone",
      "Europe/Paris",
      "--quiet",
    ],
    {
      stdout: sink,
      stderr: sink,
      isStderrTty: false,
      translator: createTranslator("en"),
      env: process.env,
      cwd: process.cwd(),
      now: () => new Date(),
    },
  );
  if (code !== 0) throw new Error(`export exited ${code}`);
} else {
  const source = await openSource(input);
  let items = 0;
  for (const entry of source.entries) {
    const parsed: unknown = JSON.parse((await entry.read()).toString("utf8"));
    if (Array.isArray(parsed)) items += parsed.length;
  }
  await source.close();
  if (items === 0) throw new Error("the floor read no items");
}
const elapsedMs = performance.now() - started;
console.log(
  JSON.stringify({
    elapsedMs,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
