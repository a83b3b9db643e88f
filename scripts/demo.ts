/**
 * `npm run demo`: the whole live path on this machine only. Starts the Trakt
 * sandbox on a free loopback port with the bundled sample export, logs in
 * through the device flow (approved automatically), exports, prints the
 * summary and stops the sandbox. Nothing leaves loopback.
 */
import { fileURLToPath } from "node:url";

import { processContext, type CliContext } from "../src/cli/context.js";
import { runCli } from "../src/cli/run.js";
import { createSandbox, sandboxDataFromExport } from "../src/sandbox/index.js";
import {
  MemoryTokenStore,
  staticClientCredentials,
} from "../src/trakt/index.js";

// Compiled to dist/scripts/demo.js: the repository is two levels up.
const SAMPLE = fileURLToPath(
  new URL("../../samples/trakt-export-sample.zip", import.meta.url),
);

const sandbox = await createSandbox({
  host: "127.0.0.1",
  port: 0,
  data: await sandboxDataFromExport(SAMPLE),
  deviceIntervalSeconds: 1,
  autoApproveAfterMs: 1500,
});
console.error(`Trakt sandbox (not Trakt) listening at ${sandbox.baseUrl}`);

// The demo keeps its login in memory: it never touches stored credentials.
const context: CliContext = {
  ...(await processContext(process.argv.slice(2))),
  trakt: {
    tokens: new MemoryTokenStore(),
    credentials: staticClientCredentials({
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
    }),
  },
};

try {
  const api = ["--api-base-url", sandbox.apiBaseUrl];
  let code = await runCli(["auth", ...api], context);
  if (code === 0) code = await runCli(["export", ...api], context);
  const stats = sandbox.stats();
  console.error(
    `The sandbox answered ${stats.total} requests (${stats.rateLimited} rate limited).`,
  );
  process.exitCode = code;
} finally {
  await sandbox.close();
}
