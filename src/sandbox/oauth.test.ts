import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { z } from "zod";

import { createSandbox, type Sandbox } from "./server.js";
import type { SandboxOptions } from "./types.js";
import {
  createFakeClock,
  getApi,
  postAuth,
  type FakeClock,
} from "./test-helpers.js";

const DeviceCode = z.object({
  device_code: z.string(),
  user_code: z.string(),
  verification_url: z.string(),
  expires_in: z.number(),
  interval: z.number(),
});
const Tokens = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  token_type: z.literal("bearer"),
  expires_in: z.number(),
  scope: z.string(),
  created_at: z.number(),
});

async function withSandbox(
  options: SandboxOptions,
  run: (sandbox: Sandbox, fake: FakeClock) => Promise<void>,
): Promise<void> {
  const fake = createFakeClock();
  const sandbox = await createSandbox({ clock: fake.clock, ...options });
  try {
    await run(sandbox, fake);
  } finally {
    await sandbox.close();
  }
}

async function startDeviceFlow(sandbox: Sandbox) {
  const response = await postAuth(sandbox, "/oauth/device/code", {
    client_id: sandbox.clientId,
  });
  assert.equal(response.status, 200);
  return DeviceCode.parse(await response.json());
}

async function pollDevice(sandbox: Sandbox, deviceCode: string) {
  return postAuth(sandbox, "/oauth/device/token", {
    code: deviceCode,
    client_id: sandbox.clientId,
    client_secret: sandbox.clientSecret,
  });
}

async function refresh(sandbox: Sandbox, refreshToken: string) {
  return postAuth(sandbox, "/oauth/token", {
    refresh_token: refreshToken,
    client_id: sandbox.clientId,
    client_secret: sandbox.clientSecret,
    redirect_uri: "urn:ietf:wg:oauth:2.0:oob",
    grant_type: "refresh_token",
  });
}

describe("sandbox device flow", () => {
  it("answers pending, slow down, approved, then already used", async () => {
    await withSandbox({ deviceIntervalSeconds: 5 }, async (sandbox, fake) => {
      const device = await startDeviceFlow(sandbox);
      assert.equal(device.interval, 5);
      assert.equal(device.verification_url, `${sandbox.authBaseUrl}/activate`);

      const pending = await pollDevice(sandbox, device.device_code);
      assert.equal(pending.status, 400);
      assert.equal(await pending.text(), "", "pending has no body");

      fake.advanceMs(1_000);
      assert.equal((await pollDevice(sandbox, device.device_code)).status, 429);

      assert.ok(sandbox.approveDevice(device.user_code));
      fake.advanceMs(5_000);
      const approved = await pollDevice(sandbox, device.device_code);
      assert.equal(approved.status, 200);
      const tokens = Tokens.parse(await approved.json());

      const used = await pollDevice(sandbox, device.device_code);
      assert.equal(used.status, 409);
      const history = await getApi(
        sandbox,
        "/sync/history",
        tokens.access_token,
      );
      assert.equal(history.status, 200);
    });
  });

  it("answers 410 once the code has expired", async () => {
    await withSandbox(
      { deviceCodeLifetimeSeconds: 30 },
      async (sandbox, fake) => {
        const device = await startDeviceFlow(sandbox);
        fake.advanceMs(30_000);

        assert.equal(
          (await pollDevice(sandbox, device.device_code)).status,
          410,
        );
      },
    );
  });

  it("answers 418 when the user denied, and 404 for an unknown code", async () => {
    await withSandbox({}, async (sandbox) => {
      const device = await startDeviceFlow(sandbox);
      assert.ok(sandbox.denyDevice(device.user_code));

      assert.equal((await pollDevice(sandbox, device.device_code)).status, 418);
      assert.equal((await pollDevice(sandbox, "no-such-code")).status, 404);
    });
  });

  it("approves by itself after autoApproveAfterMs", async () => {
    await withSandbox({ autoApproveAfterMs: 2_000 }, async (sandbox, fake) => {
      const device = await startDeviceFlow(sandbox);
      assert.equal((await pollDevice(sandbox, device.device_code)).status, 400);

      fake.advanceMs(5_000);
      assert.equal((await pollDevice(sandbox, device.device_code)).status, 200);
    });
  });

  it("approves through the /sandbox/approve endpoint", async () => {
    await withSandbox({}, async (sandbox) => {
      const device = await startDeviceFlow(sandbox);
      const response = await fetch(`${sandbox.baseUrl}/sandbox/approve`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ user_code: device.user_code }),
      });

      assert.equal(response.status, 200);
      assert.equal((await pollDevice(sandbox, device.device_code)).status, 200);
    });
  });

  it("refuses a wrong client secret with 401 invalid_client", async () => {
    await withSandbox({}, async (sandbox) => {
      const device = await startDeviceFlow(sandbox);
      const response = await postAuth(sandbox, "/oauth/device/token", {
        code: device.device_code,
        client_id: sandbox.clientId,
        client_secret: "wrong",
      });

      assert.equal(response.status, 401);
    });
  });
});

describe("sandbox tokens", () => {
  it("accepts a refresh token once and refuses it with invalid_grant after", async () => {
    await withSandbox({}, async (sandbox) => {
      const first = sandbox.issueTokens();
      const renewed = await refresh(sandbox, first.refresh_token);
      assert.equal(renewed.status, 200);
      const second = Tokens.parse(await renewed.json());

      const reused = await refresh(sandbox, first.refresh_token);
      assert.equal(reused.status, 400);
      const body = z.object({ error: z.string() }).parse(await reused.json());
      assert.equal(body.error, "invalid_grant");

      const oldAccess = await getApi(
        sandbox,
        "/sync/history",
        first.access_token,
      );
      const newAccess = await getApi(
        sandbox,
        "/sync/history",
        second.access_token,
      );
      assert.equal(oldAccess.status, 401);
      assert.equal(newAccess.status, 200);
    });
  });

  it("expires an access token after its lifetime; refresh still works", async () => {
    await withSandbox(
      { accessTokenLifetimeSeconds: 60 },
      async (sandbox, fake) => {
        const tokens = sandbox.issueTokens();
        assert.equal(tokens.expires_in, 60);
        assert.equal(tokens.created_at, Math.floor(fake.clock() / 1000));

        fake.advanceMs(60_000);
        const expired = await getApi(
          sandbox,
          "/sync/history",
          tokens.access_token,
        );
        assert.equal(expired.status, 401);
        assert.match(
          expired.headers.get("WWW-Authenticate") ?? "",
          /The access token expired/,
        );
        assert.equal(
          (await refresh(sandbox, tokens.refresh_token)).status,
          200,
        );
      },
    );
  });

  it("revokes an access token and its refresh token", async () => {
    await withSandbox({}, async (sandbox) => {
      const tokens = sandbox.issueTokens();
      const revoked = await postAuth(sandbox, "/oauth/revoke", {
        token: tokens.access_token,
        client_id: sandbox.clientId,
        client_secret: sandbox.clientSecret,
      });

      assert.equal(revoked.status, 200);
      const after = await getApi(sandbox, "/sync/history", tokens.access_token);
      assert.equal(after.status, 401);
      assert.equal((await refresh(sandbox, tokens.refresh_token)).status, 400);
    });
  });

  it("exchanges an authorization code once, for the same redirect URI", async () => {
    await withSandbox({}, async (sandbox) => {
      const redirectUri = "http://127.0.0.1:9/callback";
      const authorize = new URL(`${sandbox.authBaseUrl}/oauth/authorize`);
      authorize.search = new URLSearchParams({
        response_type: "code",
        client_id: sandbox.clientId,
        redirect_uri: redirectUri,
        state: "state-123",
      }).toString();
      const redirect = await fetch(authorize, {
        redirect: "manual",
        headers: { "User-Agent": "export-trakt-tests" },
      });
      assert.equal(redirect.status, 302);
      const location = new URL(redirect.headers.get("Location") ?? "");
      assert.equal(location.searchParams.get("state"), "state-123");
      const code = location.searchParams.get("code") ?? "";

      const exchange = {
        code,
        client_id: sandbox.clientId,
        client_secret: sandbox.clientSecret,
        redirect_uri: redirectUri,
        grant_type: "authorization_code",
      };
      const first = await postAuth(sandbox, "/oauth/token", exchange);
      const second = await postAuth(sandbox, "/oauth/token", exchange);

      assert.equal(first.status, 200);
      Tokens.parse(await first.json());
      assert.equal(second.status, 400);
    });
  });
});
