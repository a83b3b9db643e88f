import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { makeTempDir } from "../../test/support/temp.js";

import { findConfigFlag, resolveCliTranslator } from "./language.js";

describe("CLI language", () => {
  it("finds --config in both spellings, and not after --", () => {
    assert.equal(findConfigFlag(["export", "--config", "a.toml"]), "a.toml");
    assert.equal(findConfigFlag(["export", "--config=b.toml"]), "b.toml");
    assert.equal(findConfigFlag(["export", "--", "--config", "c"]), undefined);
    assert.equal(findConfigFlag(["export"]), undefined);
  });

  it("uses English with an empty environment and no config", async () => {
    const cwd = await makeTempDir();

    const translator = await resolveCliTranslator({
      argv: ["export"],
      env: {},
      cwd,
      homeDir: cwd,
    });

    assert.equal(translator.language, "en");
  });

  it("follows LANG when the config sets no language", async () => {
    const cwd = await makeTempDir();

    const translator = await resolveCliTranslator({
      argv: ["export"],
      env: { LANG: "de_DE.UTF-8" },
      cwd,
      homeDir: cwd,
    });

    assert.equal(translator.language, "de");
  });

  it("prefers the language of the --config file to LANG", async () => {
    const cwd = await makeTempDir();
    const path = join(cwd, "custom.toml");
    await writeFile(path, '[i18n]\nlanguage = "es"\n');

    const translator = await resolveCliTranslator({
      argv: ["export", "--config", path],
      env: { LANG: "de_DE.UTF-8" },
      cwd,
      homeDir: cwd,
    });

    assert.equal(translator.language, "es");
  });

  it("reads the config the command would find without --config", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "config"));
    await writeFile(
      join(cwd, "config", "config.toml"),
      '[i18n]\nlanguage = "fr"\n',
    );

    const translator = await resolveCliTranslator({
      argv: ["export"],
      env: {},
      cwd,
      homeDir: cwd,
    });

    assert.equal(translator.language, "fr");
  });

  it("falls back to the locale when the config cannot be read", async () => {
    const cwd = await makeTempDir();

    const translator = await resolveCliTranslator({
      argv: ["export", "--config", join(cwd, "missing.toml")],
      env: { LC_ALL: "fr_CA.UTF-8" },
      cwd,
      homeDir: cwd,
    });

    assert.equal(translator.language, "fr");
  });

  it("takes the language of a config whose other keys are wrong", async () => {
    const cwd = await makeTempDir();
    const path = join(cwd, "broken.toml");
    await writeFile(
      path,
      '[i18n]\nlanguage = "es"\n[logging]\nlevel = "loud"\n',
    );

    const translator = await resolveCliTranslator({
      argv: ["validate", "--config", path],
      env: { LANG: "de_DE.UTF-8" },
      cwd,
      homeDir: cwd,
    });

    assert.equal(translator.language, "es");
  });

  it("falls back to the locale when the config is not valid TOML", async () => {
    const cwd = await makeTempDir();
    const path = join(cwd, "broken.toml");
    await writeFile(path, '[i18n]\nlanguage = "es"\nmode = 0600\n');

    const translator = await resolveCliTranslator({
      argv: ["validate", "--config", path],
      env: { LANG: "de_DE.UTF-8" },
      cwd,
      homeDir: cwd,
    });

    assert.equal(translator.language, "de");
  });
});
