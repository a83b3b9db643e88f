import * as assert from "node:assert/strict";
import {
  mkdir,
  mkdtemp,
  readFile,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { UsageError } from "../shared/index.js";

import { writeConfigTemplate } from "./init.js";
import { loadConfig } from "./load.js";
import { CONFIG_TEMPLATE } from "./template.js";

let root = "";
let cwd = "";
let home = "";

before(async () => {
  root = await mkdtemp(join(tmpdir(), "export-trakt-config-"));
  cwd = join(root, "work");
  home = join(root, "home");
  await mkdir(cwd);
  await mkdir(home);
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeConfig(path: string, text: string): Promise<void> {
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, text);
}

describe("loadConfig", () => {
  it("uses all defaults when no file is found", async () => {
    const loaded = await loadConfig({ env: {}, cwd, homeDir: home });

    assert.equal(loaded.path, undefined);
    assert.equal(loaded.source, "defaults");
    assert.equal(
      loaded.config.security.keyring.filePath,
      join(cwd, "credentials.enc"),
    );
  });

  it("prefers --config, then EXPORT_TRAKT_CONFIG, then the working folder, then the user folder", async () => {
    const flagPath = join(root, "flag.toml");
    const envPath = join(root, "env.toml");
    const localPath = join(cwd, "config", "config.toml");
    const userPath = join(home, ".config", "export-trakt", "config.toml");
    for (const [path, language] of [
      [flagPath, "de"],
      [envPath, "fr"],
      [localPath, "es"],
      [userPath, "it"],
    ] as const) {
      await writeConfig(path, `[i18n]\nlanguage = "${language}"\n`);
    }
    const env = { EXPORT_TRAKT_CONFIG: envPath };

    const byFlag = await loadConfig({
      explicitPath: flagPath,
      env,
      cwd,
      homeDir: home,
    });
    const byEnv = await loadConfig({ env, cwd, homeDir: home });
    const byLocal = await loadConfig({ env: {}, cwd, homeDir: home });
    await rm(localPath);
    const byUser = await loadConfig({ env: {}, cwd, homeDir: home });

    assert.equal(byFlag.config.i18n.language, "de");
    assert.equal(byEnv.config.i18n.language, "fr");
    assert.equal(byLocal.config.i18n.language, "es");
    assert.equal(byLocal.source, "working-directory");
    assert.equal(byUser.config.i18n.language, "it");
    assert.equal(byUser.path, userPath);
    await rm(userPath);
  });

  it("honours XDG_CONFIG_HOME for the user folder", async () => {
    const xdg = join(root, "xdg");
    const path = join(xdg, "export-trakt", "config.toml");
    await writeConfig(path, '[export]\noutput_dir = "out"\n');

    const loaded = await loadConfig({
      env: { XDG_CONFIG_HOME: xdg },
      cwd,
      homeDir: home,
    });

    assert.equal(loaded.path, path);
    assert.equal(loaded.config.export.outputDir, join(cwd, "out"));
    assert.equal(
      loaded.config.security.keyring.filePath,
      join(xdg, "export-trakt", "credentials.enc"),
    );
  });

  it("refuses a --config path that does not exist", async () => {
    const missing = join(root, "missing.toml");

    await assert.rejects(
      loadConfig({ explicitPath: missing, env: {}, cwd, homeDir: home }),
      (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.equal(
          error.message,
          `Could not read the config file "${missing}" given with --config: no such file. Check the path, or run "export-trakt config init" to create one.`,
        );
        return true;
      },
    );
  });
});

describe("writeConfigTemplate", () => {
  it("writes the commented template with mode 0600", async () => {
    const path = join(root, "init", "nested", "config.toml");

    await writeConfigTemplate({ path, force: false });

    assert.equal(await readFile(path, "utf8"), CONFIG_TEMPLATE);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
  });

  it("refuses to replace an existing file without force", async () => {
    const path = join(root, "init", "existing.toml");
    await writeFile(path, "# mine\n");

    await assert.rejects(writeConfigTemplate({ path, force: false }), {
      name: "UsageError",
      message: `The config file "${path}" already exists. Pass --force to replace it, or --path to write somewhere else.`,
    });
    assert.equal(await readFile(path, "utf8"), "# mine\n");

    await writeConfigTemplate({ path, force: true });
    assert.equal(await readFile(path, "utf8"), CONFIG_TEMPLATE);
  });
});
