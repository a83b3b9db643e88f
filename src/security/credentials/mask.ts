import type { StoredCredentials } from "./types.js";

// Short secrets are shown as stars only: four characters of an eight-
// character secret would give away half of it.
const MIN_LENGTH_TO_SHOW_TAIL = 12;

/** Shows at most the last 4 characters of a secret. */
export function maskSecret(value: string): string {
  if (value.length < MIN_LENGTH_TO_SHOW_TAIL) return "****";
  return `****${value.slice(-4)}`;
}

export type CredentialHealth =
  | { state: "missing-token" }
  | { state: "valid"; expiresAt: string | undefined }
  | { state: "expired"; expiresAt: string; canRefresh: boolean };

/** Checks what is stored against the clock: is the token usable? */
export function checkCredentialHealth(
  credentials: StoredCredentials,
  now: Date,
): CredentialHealth {
  if (credentials.accessToken === undefined) return { state: "missing-token" };
  const expiresAt = credentials.expiresAt;
  if (expiresAt !== undefined && Date.parse(expiresAt) <= now.getTime()) {
    return {
      state: "expired",
      expiresAt,
      canRefresh: credentials.refreshToken !== undefined,
    };
  }
  return { state: "valid", expiresAt };
}
