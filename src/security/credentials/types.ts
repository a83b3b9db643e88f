import { z } from "zod";

import type { KeyringBackend } from "../../config/index.js";
import type { UserText } from "../../i18n/index.js";

import type { KeySourceKind } from "./encryption-key.js";
import type { DecryptFailureReason } from "./envelope.js";

/** What a credential store holds for one Trakt account. */
export interface StoredCredentials {
  clientId: string;
  clientSecret: string;
  accessToken?: string | undefined;
  refreshToken?: string | undefined;
  /** ISO 8601 instant when the access token stops working. */
  expiresAt?: string | undefined;
  scope?: string | undefined;
  /** Reserved for the local dashboard's session secret. */
  dashboardSecret?: string | undefined;
}

const secret = z.string().min(1);

/** Checks a decrypted or keyring record; it is outside data like any other. */
export const StoredCredentialsSchema = z.strictObject({
  clientId: secret,
  clientSecret: secret,
  accessToken: secret.optional(),
  refreshToken: secret.optional(),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  scope: z.string().optional(),
  dashboardSecret: secret.optional(),
});

/** The outcome of `set`; a store that cannot persist says so here. */
export interface SetResult {
  persisted: boolean;
  warnings: UserText[];
}

export interface DeleteResult {
  deleted: boolean;
  warnings: UserText[];
}

/** One interface for the system keyring, the environment and the file. */
export interface CredentialStore {
  readonly backend: KeyringBackend;
  /** Where the credentials live, for messages: a path, a keyring entry. */
  readonly location: string;
  /** `undefined` when nothing is stored; an error when something is broken. */
  get(): Promise<StoredCredentials | undefined>;
  set(credentials: StoredCredentials): Promise<SetResult>;
  delete(): Promise<DeleteResult>;
}

type Outcome = "success" | "not_found" | "not_persisted" | "failure";

/**
 * What a store reports for the audit log. Carries no secret and no record
 * field: only the backend, where, and what happened.
 */
export type CredentialEvent =
  | {
      kind: "credential_access";
      backend: KeyringBackend;
      target: string;
      result: Outcome;
    }
  | {
      kind: "credential_store";
      backend: KeyringBackend;
      target: string;
      result: Outcome;
    }
  | {
      kind: "credential_delete";
      backend: KeyringBackend;
      target: string;
      result: Outcome;
    }
  | {
      kind: "credential_rotation";
      backend: KeyringBackend;
      target: string;
      fromKeySource: KeySourceKind;
      toKeySource: KeySourceKind;
      result: "success" | "failure";
    }
  | {
      kind: "decrypt_failure";
      target: string;
      reason: DecryptFailureReason;
    };

export type CredentialEventSink = (event: CredentialEvent) => void;

/**
 * Calls the sink, if any. The sink owns its failures (the audit log reports
 * and counts its own write errors), so nothing is caught here.
 */
export function emitEvent(
  sink: CredentialEventSink | undefined,
  event: CredentialEvent,
): void {
  sink?.(event);
}
