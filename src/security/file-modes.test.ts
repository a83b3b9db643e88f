import { strict as assert } from "node:assert";
import { chmod, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import {
  checkSecretFilePermissions,
  fixSecretFilePermissions,
  formatMode,
} from "./file-modes.js";
import { withTempFolder } from "./test-support.js";

const settings = { enforcePermissions: false, configFileMode: 0o600 };

describe("secret file permissions", () => {
  it("accepts a file only its owner can read", async () => {
    await withTempFolder(async (folder) => {
      const file = join(folder, "config.toml");
      await writeFile(file, "x");
      await chmod(file, 0o600);

      const finding = await checkSecretFilePermissions(file, settings);
      assert.equal(finding.isTooOpen, false);
      assert.equal(finding.warning, undefined);
    });
  });

  it("warns about a readable file, or refuses it with enforce_permissions", async () => {
    await withTempFolder(async (folder) => {
      const file = join(folder, "config.toml");
      await writeFile(file, "x");
      await chmod(file, 0o644);

      const finding = await checkSecretFilePermissions(file, settings);
      assert.equal(
        finding.warning?.english,
        `"${file}" has mode 0644, so other users can read it. Run "export-trakt validate --security --fix" to set it to 0600.`,
      );
      await assert.rejects(
        checkSecretFilePermissions(file, {
          ...settings,
          enforcePermissions: true,
        }),
        {
          name: "SecurityError",
          message: `Refusing to use "${file}": its mode 0644 lets other users read it. Run "export-trakt validate --security --fix" or "chmod 600 ${file}", then try again.`,
        },
      );
    });
  });

  it("fixes the mode to the configured one", async () => {
    await withTempFolder(async (folder) => {
      const file = join(folder, "credentials.enc");
      await writeFile(file, "x");
      await chmod(file, 0o664);

      const finding = await fixSecretFilePermissions(file, settings);
      assert.equal(finding.isTooOpen, false);
      assert.equal((await stat(file)).mode & 0o777, 0o600);
    });
  });

  it("refuses to check or fix through a symlink", async () => {
    await withTempFolder(async (folder) => {
      const target = join(folder, "target");
      await writeFile(target, "x");
      await chmod(target, 0o644);
      await symlink(target, join(folder, "link"));

      await assert.rejects(
        fixSecretFilePermissions(join(folder, "link"), settings),
        { name: "SecurityError" },
      );
      assert.equal((await stat(target)).mode & 0o777, 0o644);
    });
  });

  it("formats modes as chmod takes them", () => {
    assert.equal(formatMode(0o100644), "0644");
    assert.equal(formatMode(0o7), "0007");
  });
});
