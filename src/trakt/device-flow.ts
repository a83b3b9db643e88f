/**
 * Trakt's device login: ask for a code, show it, poll at the interval Trakt
 * gives until the person approves, denies, or the code expires. Also the
 * revoke call used to log out.
 */
import { z } from "zod";

import { localize } from "../i18n/index.js";
import { CredentialError, toPrintable } from "../shared/index.js";

import { toSchemaError, toStatusError } from "./api-errors.js";
import type { TraktClock } from "./api-events.js";
import type { ClientCredentials, TraktTokens } from "./tokens.js";
import type { JsonAnswer, TraktTransport } from "./transport.js";

const DeviceCodeAnswer = z.looseObject({
  device_code: z.string().min(1),
  user_code: z.string().min(1),
  verification_url: z.string().min(1),
  expires_in: z.number().positive(),
  interval: z.number().nonnegative(),
});

export interface DeviceCode {
  deviceCode: string;
  userCode: string;
  verificationUrl: string;
  expiresInSeconds: number;
  intervalSeconds: number;
}

/** RFC 8628: after a "slow down" answer, poll this much less often. */
const SLOW_DOWN_STEP_MS = 5000;

function requireSecret(credentials: ClientCredentials): string {
  if (credentials.clientSecret === undefined) {
    throw new CredentialError(
      localize("credentials.noClientSecret", {
        secretVariable: "TRAKT_CLIENT_SECRET",
      }),
    );
  }
  return credentials.clientSecret;
}

/** The error for an OAuth answer whose status the flow does not expect. */
function oauthStatusError(path: string, answer: JsonAnswer) {
  return toStatusError({
    method: "POST",
    path,
    status: answer.status,
    headers: answer.headers,
    body: JSON.stringify(answer.json ?? null),
  });
}

function schemaFailure(path: string, answer: JsonAnswer, error: z.ZodError) {
  const problems = error.issues.map(
    (issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`,
  );
  return toSchemaError(
    { method: "POST", path, status: answer.status },
    problems,
    error,
  );
}

/** Asks Trakt for a device code and the code the person types in. */
export async function requestDeviceCode(
  transport: TraktTransport,
  credentials: ClientCredentials,
): Promise<DeviceCode> {
  const path = "/oauth/device/code";
  const answer = await transport.postOAuth(path, {
    client_id: credentials.clientId,
  });
  if (answer.status !== 200) {
    throw oauthStatusError(path, answer);
  }
  const parsed = DeviceCodeAnswer.safeParse(answer.json);
  if (!parsed.success) throw schemaFailure(path, answer, parsed.error);
  return {
    deviceCode: parsed.data.device_code,
    userCode: toPrintable(parsed.data.user_code),
    verificationUrl: toPrintable(parsed.data.verification_url),
    expiresInSeconds: parsed.data.expires_in,
    intervalSeconds: parsed.data.interval,
  };
}

/**
 * Polls until the code is approved and returns the tokens. Throws
 * CredentialError when it is denied, expires, or was used already.
 */
export async function pollDeviceToken(
  transport: TraktTransport,
  credentials: ClientCredentials,
  code: DeviceCode,
  clock: TraktClock,
): Promise<TraktTokens> {
  const path = "/oauth/device/token";
  const secret = requireSecret(credentials);
  const deadlineMs = clock.now() + code.expiresInSeconds * 1000;
  let intervalMs = code.intervalSeconds * 1000;

  for (;;) {
    await clock.sleep(intervalMs);
    if (clock.now() >= deadlineMs) throw expired();
    const answer = await transport.postOAuth(path, {
      code: code.deviceCode,
      client_id: credentials.clientId,
      client_secret: secret,
    });
    switch (answer.status) {
      case 200:
        return transport.parseTokens(path, answer);
      case 400:
        continue; // Not approved yet.
      case 429:
        intervalMs += SLOW_DOWN_STEP_MS;
        continue;
      case 404:
        throw new CredentialError(localize("credentials.unknownDeviceCode"));
      case 409:
        throw new CredentialError(localize("credentials.deviceCodeUsed"));
      case 410:
        throw expired();
      case 418:
        throw new CredentialError(localize("credentials.loginDenied"));
      default:
        throw oauthStatusError(path, answer);
    }
  }
}

function expired(): CredentialError {
  return new CredentialError(localize("credentials.deviceCodeExpired"));
}

/** Revokes the access token on Trakt (logging out this app). */
export async function revokeToken(
  transport: TraktTransport,
  credentials: ClientCredentials,
  tokens: TraktTokens,
): Promise<void> {
  const path = "/oauth/revoke";
  const answer = await transport.postOAuth(path, {
    token: tokens.accessToken,
    client_id: credentials.clientId,
    client_secret: requireSecret(credentials),
  });
  if (answer.status !== 200) {
    throw oauthStatusError(path, answer);
  }
}
