#!/usr/bin/env node
import { processContext } from "./context.js";
import { runCli } from "./run.js";

const argv = process.argv.slice(2);
process.exitCode = await runCli(argv, await processContext(argv));
