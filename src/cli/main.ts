#!/usr/bin/env node
import {
  CLOSED_OUTPUT_EXIT_CODE,
  watchForClosedOutput,
} from "./closed-output.js";
import { processContext } from "./context.js";
import { runCli } from "./run.js";

const argv = process.argv.slice(2);
// Watched from the start: a reader can go away before the first line.
const outputClosed = watchForClosedOutput([process.stdout, process.stderr]);
const context = { ...(await processContext(argv)), outputClosed };
const code = await runCli(argv, context);
process.exitCode = outputClosed.aborted ? CLOSED_OUTPUT_EXIT_CODE : code;
// A write that fails on the last line is reported after the command ends.
outputClosed.addEventListener("abort", () => {
  process.exitCode = CLOSED_OUTPUT_EXIT_CODE;
});
