import type {
  AuditEvent,
  AuditResult,
  CredentialEvent,
} from "../security/index.js";

const RESULTS: Record<string, AuditResult> = {
  success: "success",
  not_found: "warning",
  not_persisted: "warning",
  failure: "failure",
};

/** The audit record of a credential store event (it never holds a secret). */
export function toCredentialAuditEvent(event: CredentialEvent): AuditEvent {
  switch (event.kind) {
    case "credential_access":
    case "credential_store":
    case "credential_delete":
      return {
        eventType: event.kind,
        severity: event.result === "success" ? "low" : "medium",
        source: `credentials:${event.backend}`,
        action: event.kind.replace("credential_", ""),
        result: RESULTS[event.result] ?? "failure",
        message: `Credential ${event.kind.replace("credential_", "")} (${event.result})`,
        details: { target: event.target, outcome: event.result },
      };
    case "credential_rotation":
      return {
        eventType: "credential_rotation",
        severity: "medium",
        source: `credentials:${event.backend}`,
        action: "rotate-key",
        result: event.result,
        message: `Encryption key rotated from ${event.fromKeySource} to ${event.toKeySource}`,
        details: { target: event.target },
      };
    case "decrypt_failure":
      return {
        eventType: "decrypt",
        severity: "high",
        source: "credentials:file",
        action: "decrypt",
        result: "failure",
        message: `Could not decrypt the credentials file (${event.reason})`,
        details: { target: event.target, reason: event.reason },
      };
    default: {
      const unknown: never = event;
      throw new Error(`Unhandled credential event ${JSON.stringify(unknown)}`);
    }
  }
}
