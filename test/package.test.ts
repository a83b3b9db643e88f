import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { access, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";

import { VERSION } from "../src/shared/index.js";

import { REPO_ROOT } from "./support/paths.js";
import { makeTempDir } from "./support/temp.js";

const run = promisify(execFile);
const NPM_FLAGS = ["--no-audit", "--no-fund", "--loglevel=error"];

// Slow: packs the package and installs the tarball with npm (from the local
// npm cache when it can), as a user would install it.
describe("npm package (slow)", { timeout: 300_000 }, () => {
  it("ships only what runs, installs from its tarball and prints its version", async () => {
    const dir = await makeTempDir("export-trakt-pack-");
    // The suite runs after tsc, so dist/ is current; scripts are skipped so
    // that packing does not compile again.
    await run(
      "npm",
      ["pack", "--ignore-scripts", "--pack-destination", dir, ...NPM_FLAGS],
      { cwd: REPO_ROOT },
    );
    const tarball = (await readdir(dir)).find((name) => name.endsWith(".tgz"));
    assert.ok(tarball !== undefined, "npm pack wrote no tarball");

    const listing = await run("tar", ["-tzf", join(dir, tarball)]);
    const files = listing.stdout.trim().split("\n");
    assert.ok(files.includes("package/LICENSE"));
    assert.ok(files.includes("package/README.md"));
    assert.ok(files.includes("package/dist/src/cli/main.js"));
    const unwanted = files.filter((file) =>
      /\.test\.js$|\.map$|\.ts$|^package\/(src|test|scripts)\//.test(file),
    );
    assert.deepEqual(unwanted, []);

    const app = join(dir, "app");
    await run("mkdir", [app]);
    await writeFile(join(app, "package.json"), '{"private": true}\n');
    await run(
      "npm",
      [
        "install",
        "--prefer-offline",
        "--omit=dev",
        join(dir, tarball),
        ...NPM_FLAGS,
      ],
      { cwd: app },
    );

    // Installing the tarball must not need the compiler.
    await assert.rejects(access(join(app, "node_modules", "typescript")));
    const bin = join(app, "node_modules", ".bin", "export-trakt");
    const version = await run(bin, ["--version"], { cwd: app });
    assert.equal(version.stdout, `${VERSION}\n`);
  });
});
