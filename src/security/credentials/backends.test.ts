import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { CredentialError } from "../../shared/index.js";

import { ENV_CANNOT_PERSIST, EnvCredentialStore } from "./env-store.js";
import { maskSecret } from "./mask.js";
import { migrateCredentials } from "./migrate.js";
import { type KeyringEntry, SystemCredentialStore } from "./system-store.js";
import type { CredentialEvent, StoredCredentials } from "./types.js";

const CREDENTIALS: StoredCredentials = {
  clientId: "client-id-0001",
  clientSecret: "client-secret-value-9876",
};

/** An in-memory keyring entry, standing in for the OS keyring. */
function memoryEntry(): KeyringEntry & { value: string | null } {
  const entry = {
    value: null as string | null,
    getPassword: () => Promise.resolve(entry.value),
    setPassword: (password: string) => {
      entry.value = password;
      return Promise.resolve();
    },
    deletePassword: () => {
      const existed = entry.value !== null;
      entry.value = null;
      return Promise.resolve(existed);
    },
  };
  return entry;
}

describe("EnvCredentialStore", () => {
  it("reads the four TRAKT_ variables from the environment passed in", async () => {
    const store = new EnvCredentialStore({
      env: {
        TRAKT_CLIENT_ID: "id",
        TRAKT_CLIENT_SECRET: "secret",
        TRAKT_ACCESS_TOKEN: "access",
        TRAKT_REFRESH_TOKEN: "refresh",
      },
    });

    assert.deepEqual(await store.get(), {
      clientId: "id",
      clientSecret: "secret",
      accessToken: "access",
      refreshToken: "refresh",
    });
  });

  it("returns undefined when none is set", async () => {
    assert.equal(await new EnvCredentialStore({ env: {} }).get(), undefined);
  });

  it("names the missing variable when only some are set", async () => {
    const store = new EnvCredentialStore({ env: { TRAKT_CLIENT_ID: "id" } });

    await assert.rejects(store.get(), {
      name: "CredentialError",
      message:
        "Some Trakt variables are set but TRAKT_CLIENT_SECRET is not. Set it as well, or use another keyring_backend.",
    });
  });

  it("warns that a refreshed token cannot be kept", async () => {
    const events: CredentialEvent[] = [];
    const store = new EnvCredentialStore({
      env: {},
      onEvent: (event) => events.push(event),
    });

    assert.deepEqual(await store.set(), {
      persisted: false,
      warnings: [ENV_CANNOT_PERSIST],
    });
    assert.equal(events[0]?.kind, "credential_store");
  });
});

describe("SystemCredentialStore", () => {
  it("stores one JSON record per service and user", async () => {
    const entry = memoryEntry();
    const opened: string[] = [];
    const store = new SystemCredentialStore({
      serviceName: "svc",
      username: "me",
      openEntry: (service, user) => {
        opened.push(`${service}/${user}`);
        return Promise.resolve(entry);
      },
    });

    await store.set(CREDENTIALS);

    assert.deepEqual(await store.get(), CREDENTIALS);
    assert.deepEqual((await store.delete()).deleted, true);
    assert.equal(await store.get(), undefined);
    assert.deepEqual(opened[0], "svc/me");
  });

  it("suggests the file backend when no keyring service is reachable", async () => {
    const store = new SystemCredentialStore({
      serviceName: "svc",
      username: "me",
      openEntry: () =>
        Promise.reject(
          new Error("Platform secure storage failure: no D-Bus session\nmore"),
        ),
    });

    await assert.rejects(store.get(), (error: unknown) => {
      assert.ok(error instanceof CredentialError);
      assert.equal(
        error.message,
        'Could not reach the system keyring to read the credentials (Platform secure storage failure: no D-Bus session). On a machine without a keyring service, such as a server, container or WSL, set keyring_backend = "file" in [security] of the config file and store the credentials again with "export-trakt credentials set".',
      );
      return true;
    });
  });

  it("refuses a keyring entry that is not a valid record, without echoing it", async () => {
    const entry = memoryEntry();
    entry.value = "client-secret-value-9876";
    const store = new SystemCredentialStore({
      serviceName: "svc",
      username: "me",
      openEntry: () => Promise.resolve(entry),
    });

    await assert.rejects(store.get(), (error: unknown) => {
      assert.ok(error instanceof CredentialError);
      assert.ok(!error.message.includes("client-secret-value-9876"));
      return true;
    });
  });
});

describe("migrateCredentials", () => {
  it("copies, verifies, then deletes the source", async () => {
    const from = new SystemCredentialStore({
      serviceName: "a",
      username: "u",
      openEntry: (() => {
        const entry = memoryEntry();
        entry.value = JSON.stringify(CREDENTIALS);
        return () => Promise.resolve(entry);
      })(),
    });
    const toEntry = memoryEntry();
    const to = new SystemCredentialStore({
      serviceName: "b",
      username: "u",
      openEntry: () => Promise.resolve(toEntry),
    });
    // Two system stores stand in for two backends here; the guard against
    // migrating to the same backend is tested below.
    Object.defineProperty(to, "backend", { value: "file" });

    const result = await migrateCredentials(from, to);

    assert.equal(result.sourceDeleted, true);
    assert.equal(await from.get(), undefined);
    assert.equal(toEntry.value, JSON.stringify(CREDENTIALS));
  });

  it("refuses the env backend as a destination", async () => {
    const from = new EnvCredentialStore({ env: {} });
    const to = new EnvCredentialStore({ env: {} });
    Object.defineProperty(from, "backend", { value: "file" });

    await assert.rejects(migrateCredentials(from, to), { name: "UsageError" });
  });
});

describe("maskSecret", () => {
  const cases: [string, string][] = [
    ["client-secret-value-9876", "****9876"],
    ["short-secret", "****cret"],
    ["elevenchars", "****"],
    ["", "****"],
  ];
  for (const [secret, shown] of cases) {
    it(`shows "${shown}" for a ${secret.length}-character secret`, () => {
      assert.equal(maskSecret(secret), shown);
    });
  }
});
