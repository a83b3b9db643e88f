import { localize, type UserText } from "../../i18n/index.js";
import { CredentialError, UsageError } from "../../shared/index.js";

import type { CredentialStore } from "./types.js";

export interface MigrateResult {
  from: CredentialStore["backend"];
  to: CredentialStore["backend"];
  sourceDeleted: boolean;
  warnings: UserText[];
}

/**
 * Copies the credentials to another backend, checks the copy reads back
 * identically, and only then removes them from the source.
 */
export async function migrateCredentials(
  source: CredentialStore,
  destination: CredentialStore,
): Promise<MigrateResult> {
  if (source.backend === destination.backend) {
    throw new UsageError(
      localize("store.alreadyInBackend", { backend: source.backend }),
    );
  }
  if (destination.backend === "env") {
    throw new UsageError(localize("store.envCannotMigrate"));
  }

  const credentials = await source.get();
  if (credentials === undefined) {
    throw new CredentialError(
      localize("store.nothingToMigrate", {
        backend: source.backend,
        location: source.location,
      }),
    );
  }
  const stored = await destination.set(credentials);
  const copy = await destination.get();
  if (JSON.stringify(copy) !== JSON.stringify(credentials)) {
    throw new CredentialError(
      localize("store.copyMismatch", {
        destination: destination.backend,
        location: destination.location,
        source: source.backend,
      }),
    );
  }

  const removal = await source.delete();
  const warnings = [...stored.warnings, ...removal.warnings];
  warnings.push(localize("store.setBackend", { backend: destination.backend }));
  return {
    from: source.backend,
    to: destination.backend,
    sourceDeleted: removal.deleted,
    warnings,
  };
}
