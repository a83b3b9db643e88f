import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { access, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";

import { PROJECT_URL, VERSION } from "../src/shared/index.js";

import { REPO_ROOT } from "./support/paths.js";
import { makeTempDir } from "./support/temp.js";

const run = promisify(execFile);
const NPM_FLAGS = ["--no-audit", "--no-fund", "--loglevel=error"];

/**
 * The README goes into the tarball with docs/ and SECURITY.md, so each of
 * its links to a project file works in the installed package as in a clone,
 * and package.json names the project as its homepage.
 */
async function checkReadmeLinks(
  dir: string,
  tarball: string,
  files: readonly string[],
): Promise<void> {
  await run("tar", ["-xzf", join(dir, tarball), "-C", dir]);
  const readme = await readFile(join(dir, "package", "README.md"), "utf8");
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map(
    (match) => match[1] ?? "",
  );
  const local = targets
    .filter((target) => !/^https?:\/\//.test(target) && !target.startsWith("#"))
    .map((target) => target.split("#")[0] ?? "");
  assert.ok(local.length > 0, "the README links to no project file");
  const missing = local.filter(
    (target) => !files.includes(`package/${target}`),
  );
  assert.deepEqual(missing, [], "README links to files the package lacks");

  const manifest: unknown = JSON.parse(
    await readFile(join(dir, "package", "package.json"), "utf8"),
  );
  assert.ok(typeof manifest === "object" && manifest !== null);
  assert.equal("homepage" in manifest && manifest.homepage, PROJECT_URL);
}

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
    await checkReadmeLinks(dir, tarball, files);

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
