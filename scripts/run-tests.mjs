// Runs every compiled *.test.js under dist/ with node's own test runner.
// Node 20 and Node 22 disagree on how `node --test <dir>` finds files, so the
// list is built here and passed explicitly.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(path));
    else if (entry.name.endsWith(".test.js")) found.push(path);
  }
  return found;
}

// A test whose source file was deleted can linger in dist/ until the next
// clean build; only compiled tests with a source beside them are run.
function hasSource(file) {
  return existsSync(file.replace(/^dist\//, "").replace(/\.js$/, ".ts"));
}

const filters = process.argv.slice(2);
const files = findTests("dist")
  .filter(hasSource)
  .filter(
    (file) => filters.length === 0 || filters.some((f) => file.includes(f)),
  )
  .sort();
if (files.length === 0) {
  console.error(
    "No compiled tests found under dist/. Run `npm run build` first.",
  );
  process.exitCode = 1;
} else {
  const result = spawnSync(
    process.execPath,
    ["--test", "--test-concurrency=2", ...files],
    {
      stdio: "inherit",
    },
  );
  process.exitCode = result.status ?? 1;
}
