import { strict as assert } from "node:assert";
import { mkdir, readdir, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { SecurityError } from "../shared/index.js";

import { isWithinFolder } from "./path-rules.js";
import { createTestGuard, withTempFolder } from "./test-support.js";

describe("isWithinFolder", () => {
  it("matches whole path components only", () => {
    assert.equal(isWithinFolder("/etc/x", "/etc"), true);
    assert.equal(isWithinFolder("/etc", "/etc"), true);
    assert.equal(isWithinFolder("/etcetera", "/etc"), false);
    assert.equal(isWithinFolder("/etcetera/x", "/etc"), false);
    assert.equal(isWithinFolder("/", "/etc"), false);
  });
});

describe("PathGuard", () => {
  it("refuses ../ traversal out of the allowed folders for config paths", async () => {
    await withTempFolder(async (folder) => {
      const base = join(folder, "base");
      await mkdir(join(base, "exports"), { recursive: true });
      const guard = createTestGuard(base, { allowedBasePaths: ["exports"] });

      await assert.rejects(
        guard.checkPath("exports/../../secret.txt", "config"),
        {
          name: "SecurityError",
          message: `Refusing to read "exports/../../secret.txt": it is outside the allowed folders ("${base}/exports"). Move it into one of them or add its folder to security.filesystem.allowed_base_paths.`,
        },
      );
    });
  });

  it("judges traversal on the resolved path, not the text", async () => {
    await withTempFolder(async (folder) => {
      await mkdir(join(folder, "exports"));
      const guard = createTestGuard(folder, { allowedBasePaths: ["exports"] });

      assert.equal(
        await guard.checkPath("exports/../exports/diary.csv", "dashboard"),
        join(folder, "exports", "diary.csv"),
      );
    });
  });

  it("lets a command-line path leave the allowed folders", async () => {
    await withTempFolder(async (folder) => {
      await mkdir(join(folder, "exports"));
      await mkdir(join(folder, "elsewhere"));
      const guard = createTestGuard(folder, { allowedBasePaths: ["exports"] });

      assert.equal(
        await guard.checkPath("elsewhere/diary.csv", "cli", "write"),
        join(folder, "elsewhere", "diary.csv"),
      );
      await assert.rejects(
        guard.checkPath("elsewhere/diary.csv", "data", "write"),
        SecurityError,
      );
    });
  });

  it("refuses URL-encoded traversal, single or double encoded", async () => {
    await withTempFolder(async (folder) => {
      const guard = createTestGuard(folder);

      for (const path of ["%2e%2e%2fsecret", "..%2Fsecret", "%252e%252e/x"]) {
        await assert.rejects(guard.checkPath(path, "dashboard"), {
          message: `Refusing to read "${path}": it contains URL-encoded path characters (%2e, %2f, %5c). Give the path in plain text.`,
        });
      }
    });
  });

  it("refuses a NUL byte in a path", async () => {
    await withTempFolder(async (folder) => {
      const guard = createTestGuard(folder);

      await assert.rejects(guard.checkPath("a\0b", "cli"), {
        message:
          'Refusing to read "ab": it contains a NUL character. Give the path in plain text.',
      });
    });
  });

  it("blocks a restricted folder but not a sibling sharing its prefix", async () => {
    await withTempFolder(async (folder) => {
      // Stand-ins for /etc and /etcetera; no real system folder is touched.
      const etc = join(folder, "etc");
      await mkdir(etc);
      await mkdir(join(folder, "etcetera"));
      const guard = createTestGuard(folder, { restrictedPaths: [etc] });

      await assert.rejects(guard.checkPath(join(etc, "x"), "cli"), {
        message: `Refusing to read "${etc}/x": it is inside the restricted folder "${etc}". Choose a path outside it.`,
      });
      await assert.rejects(guard.checkPath(etc, "cli"), SecurityError);
      assert.equal(
        await guard.checkPath(join(folder, "etcetera", "x"), "cli"),
        join(folder, "etcetera", "x"),
      );
    });
  });

  it("refuses an output folder that is a symlink before writing anything", async () => {
    await withTempFolder(async (folder) => {
      const restricted = join(folder, "system-stand-in");
      await mkdir(restricted);
      await symlink(restricted, join(folder, "exports"));
      const guard = createTestGuard(folder, { allowedBasePaths: ["exports"] });

      await assert.rejects(
        guard.writeFileAtomic("exports/diary.csv", "a,b\n", {
          origin: "cli",
          kind: "data",
        }),
        {
          message: `Refusing to write "exports/diary.csv": "${folder}/exports" is a symbolic link. Use the real folder instead, or set security.filesystem.check_symlinks = false.`,
        },
      );
      assert.deepEqual(await readdir(restricted), []);
    });
  });

  it("refuses a symlink into a restricted folder even with check_symlinks off", async () => {
    await withTempFolder(async (folder) => {
      const restricted = join(folder, "system-stand-in");
      await mkdir(restricted);
      await symlink(restricted, join(folder, "exports"));
      const guard = createTestGuard(folder, {
        checkSymlinks: false,
        restrictedPaths: [restricted],
      });

      await assert.rejects(
        guard.writeFileAtomic("exports/diary.csv", "x", {
          origin: "cli",
          kind: "data",
        }),
        {
          message: `Refusing to write "exports/diary.csv": it is inside the restricted folder "${restricted}". Choose a path outside it.`,
        },
      );
      assert.deepEqual(await readdir(restricted), []);
    });
  });

  it("refuses a symlink in the middle of a path", async () => {
    await withTempFolder(async (folder) => {
      await mkdir(join(folder, "real", "deep"), { recursive: true });
      await writeFile(join(folder, "real", "deep", "file.txt"), "data");
      await symlink(join(folder, "real"), join(folder, "link"));
      const guard = createTestGuard(folder);

      await assert.rejects(guard.readFile("link/deep/file.txt", "config"), {
        message: `Refusing to read "link/deep/file.txt": "${folder}/link" is a symbolic link. Use the real folder instead, or set security.filesystem.check_symlinks = false.`,
      });
      assert.equal(
        (await guard.readFile("real/deep/file.txt", "config")).toString(),
        "data",
      );
    });
  });

  it("refuses a symlink that escapes the allowed folders when links are permitted", async () => {
    await withTempFolder(async (folder) => {
      await mkdir(join(folder, "exports"));
      await mkdir(join(folder, "outside"));
      await symlink(join(folder, "outside"), join(folder, "exports", "out"));
      const guard = createTestGuard(folder, {
        allowedBasePaths: ["exports"],
        checkSymlinks: false,
      });

      await assert.rejects(
        guard.checkPath("exports/out/x.csv", "config", "write"),
        SecurityError,
      );
    });
  });

  it("caps reads at max_file_size", async () => {
    await withTempFolder(async (folder) => {
      await writeFile(join(folder, "big.json"), "x".repeat(101));
      await writeFile(join(folder, "small.json"), "x".repeat(100));
      const guard = createTestGuard(folder, { maxFileSize: 100 });

      await assert.rejects(guard.readFile("big.json", "data"), {
        message:
          'Refusing to read "big.json": it is 101 bytes, over the limit of 100 bytes (security.filesystem.max_file_size). Use a smaller file or raise the limit.',
      });
      assert.equal((await guard.readFile("small.json", "data")).length, 100);
    });
  });

  it("creates files and folders with the configured modes", async () => {
    await withTempFolder(async (folder) => {
      const guard = createTestGuard(folder);

      await guard.writeFileAtomic("out/a/diary.csv", "x", {
        origin: "config",
        kind: "data",
      });
      await guard.writeFileAtomic("config/credentials.enc", "y", {
        origin: "config",
        kind: "config",
      });

      const modeOf = async (path: string): Promise<number> =>
        (await stat(join(folder, path))).mode & 0o777;
      assert.equal(await modeOf("out"), 0o750);
      assert.equal(await modeOf("out/a"), 0o750);
      assert.equal(await modeOf("out/a/diary.csv"), 0o644);
      assert.equal(await modeOf("config/credentials.enc"), 0o600);
      assert.deepEqual(await readdir(join(folder, "out", "a")), ["diary.csv"]);
    });
  });

  it("replaces a symlink at the target instead of writing through it", async () => {
    await withTempFolder(async (folder) => {
      await writeFile(join(folder, "victim.txt"), "original");
      await symlink(join(folder, "victim.txt"), join(folder, "out.csv"));
      const guard = createTestGuard(folder, { checkSymlinks: false });

      await assert.rejects(
        guard.writeFileAtomic("out.csv", "new", {
          origin: "cli",
          kind: "data",
        }),
        {
          message:
            'Refusing to write "out.csv": it exists and is not a regular file. Remove it or choose another name.',
        },
      );
      assert.equal(
        (await guard.readFile("victim.txt", "cli")).toString(),
        "original",
      );
    });
  });
});
