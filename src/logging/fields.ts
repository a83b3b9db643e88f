import { redactText, redactValue } from "../security/index.js";

export type LogFields = Readonly<Record<string, unknown>>;

/** Paths pino masks on its own, before our value pass sees the line. */
export const REDACTED_PATHS: readonly string[] = [
  "authorization",
  "headers.authorization",
  "*.authorization",
  "*.headers.authorization",
  "client_secret",
  "*.client_secret",
  "clientSecret",
  "*.clientSecret",
  "access_token",
  "*.access_token",
  "accessToken",
  "*.accessToken",
  "refresh_token",
  "*.refresh_token",
  "refreshToken",
  "*.refreshToken",
  "password",
  "*.password",
  "cookie",
  "*.cookie",
];

export interface FieldRedaction {
  knownSecrets: readonly string[];
}

// Log files are local diagnostics, so paths and user names stay readable;
// secrets are masked whatever the setting.
function redactOptions(redaction: FieldRedaction) {
  return { includeSensitive: true, knownSecrets: redaction.knownSecrets };
}

/** Errors keep their name, message and cause chain; stacks are left out. */
function describeThrown(error: Error, depth: number): Record<string, unknown> {
  const described: Record<string, unknown> = {
    name: error.name,
    message: error.message,
  };
  if (error.cause instanceof Error && depth < 3)
    described.cause = describeThrown(error.cause, depth + 1);
  return described;
}

function toPlain(value: unknown): unknown {
  if (value instanceof Error) return describeThrown(value, 0);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof URL) return value.href;
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, toPlain(item)]),
    );
  }
  return value;
}

/** A masked, JSON-ready copy of whatever the caller passed. */
export function redactFields(
  fields: LogFields | undefined,
  redaction: FieldRedaction,
): Record<string, unknown> {
  if (fields === undefined) return {};
  const masked = redactValue(toPlain(fields), redactOptions(redaction));
  return masked !== null && typeof masked === "object" ? { ...masked } : {};
}

export function redactMessage(
  message: string,
  redaction: FieldRedaction,
): string {
  return redactText(message, redactOptions(redaction));
}
