import assert from "node:assert/strict";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import {
  DEFAULT_FILESYSTEM_SETTINGS,
  PathGuard,
  SystemCredentialStore,
} from "../security/index.js";
import { makeTempDir } from "../../test/support/temp.js";

import { CredentialSecretStore } from "./credential-secret-store.js";
import { FileSecretStore, loadOrCreateSecret } from "./secret-store.js";
import { createSecretFileStore } from "./setup.js";

describe("dashboard secret in the credential store", () => {
  it("falls back to the secret file with the keyring's advice when no keyring service answers", async () => {
    const dir = await makeTempDir();
    const guard = new PathGuard(
      {
        ...DEFAULT_FILESYSTEM_SETTINGS,
        allowedBasePaths: [dir],
      },
      { baseDir: dir },
    );
    const secretFile = join(dir, ".export-trakt-dashboard-secret");
    const notices: string[] = [];
    const store = new CredentialSecretStore({
      store: new SystemCredentialStore({
        serviceName: "export-trakt",
        username: "default",
        openEntry: () =>
          Promise.reject(new Error("no D-Bus session bus is available")),
      }),
      loadAppCredentials: () =>
        Promise.resolve({ clientId: "id", clientSecret: "secret" }),
      fallback: new FileSecretStore(secretFile, guard),
      onNotice: (message) => notices.push(message.english),
    });

    const { secret, isNew } = await loadOrCreateSecret(store);

    assert.equal(isNew, true);
    assert.equal((await readFile(secretFile, "utf8")).trim(), secret);
    assert.equal(store.location, secretFile);
    assert.equal(notices.length, 1);
    assert.ok(
      notices[0]?.startsWith(
        `The credential store cannot be read, so the dashboard secret is kept in ${secretFile} (mode 0600) instead: Could not reach the system keyring to read the credentials (no D-Bus session bus is available). On a machine without a keyring service`,
      ),
      notices[0],
    );
    assert.ok(notices[0]?.includes('set keyring_backend = "file"'));
  });
});

describe("dashboard secret file", () => {
  it("moves a secret kept next to the exports folder into it, so logins keep working", async () => {
    const dir = await makeTempDir();
    const exportsRoot = join(dir, "exports");
    await mkdir(exportsRoot);
    const earlier = join(dir, ".export-trakt-dashboard-secret");
    await writeFile(earlier, "kept-secret\n", { mode: 0o600 });
    const guard = new PathGuard(
      { ...DEFAULT_FILESYSTEM_SETTINGS, allowedBasePaths: [dir] },
      { baseDir: dir },
    );
    const store = createSecretFileStore(exportsRoot, guard);

    const { secret, isNew } = await loadOrCreateSecret(store);

    assert.equal(isNew, false);
    assert.equal(secret, "kept-secret");
    const moved = join(exportsRoot, ".export-trakt-dashboard-secret");
    assert.equal(store.location, moved);
    assert.equal(await readFile(moved, "utf8"), "kept-secret\n");
    assert.equal((await stat(moved)).mode & 0o777, 0o600);
    await assert.rejects(stat(earlier), { code: "ENOENT" });
  });
});
