import { CredentialError, UsageError } from "../../shared/index.js";

import type { CredentialStore } from "./types.js";

export interface MigrateResult {
  from: CredentialStore["backend"];
  to: CredentialStore["backend"];
  sourceDeleted: boolean;
  warnings: string[];
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
      `The credentials are already in the ${source.backend} backend. Pass a different backend to --to.`,
    );
  }
  if (destination.backend === "env") {
    throw new UsageError(
      'The env backend cannot store credentials. To use it, export TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN and TRAKT_REFRESH_TOKEN yourself, then set keyring_backend = "env".',
    );
  }

  const credentials = await source.get();
  if (credentials === undefined) {
    throw new CredentialError(
      `There are no credentials in the ${source.backend} backend (${source.location}) to migrate. Store them with "export-trakt credentials set".`,
    );
  }
  const stored = await destination.set(credentials);
  const copy = await destination.get();
  if (JSON.stringify(copy) !== JSON.stringify(credentials)) {
    throw new CredentialError(
      `The copy in the ${destination.backend} backend (${destination.location}) does not read back the same; the originals in the ${source.backend} backend were kept.`,
    );
  }

  const removal = await source.delete();
  const warnings = [...stored.warnings, ...removal.warnings];
  warnings.push(
    `Set keyring_backend = "${destination.backend}" in [security] of the config file so that the next run reads the new location.`,
  );
  return {
    from: source.backend,
    to: destination.backend,
    sourceDeleted: removal.deleted,
    warnings,
  };
}
