import { strict as assert } from "node:assert";
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, it } from "node:test";

import { rejectionOf } from "../../test/support/errors.js";
import { createTranslator, type Translate } from "../i18n/index.js";
import type { AppError } from "../shared/index.js";

import { HttpClient } from "./http-client.js";
import type { HttpClientEvent } from "./http-client.js";
import { RateLimiter, sleepWithTimer } from "./rate-limiter.js";
import type { RateLimitHit } from "./rate-limiter.js";
import {
  DEFAULT_HTTPS_SETTINGS,
  DEFAULT_RATE_LIMIT_SETTINGS,
} from "./settings.js";
import type { HttpsSettings } from "./settings.js";
import {
  TEST_CERTIFICATE_PEM,
  TEST_PRIVATE_KEY_PEM,
} from "./test-certificate.js";
import { createTestGuard, withTempFolder } from "./test-support.js";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

interface TestServer {
  origin: string;
  port: number;
  requests: IncomingMessage[];
  close: () => Promise<void>;
}

async function startServer(
  handler: Handler,
  tls?: { maxVersion?: "TLSv1.2" | "TLSv1.3" },
): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    requests.push(request);
    handler(request, response);
  };
  const server =
    tls === undefined
      ? createServer(listener)
      : createTlsServer(
          { cert: TEST_CERTIFICATE_PEM, key: TEST_PRIVATE_KEY_PEM, ...tls },
          listener,
        );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls === undefined ? "http" : "https"}://127.0.0.1:${port}`,
    port,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Loopback is reached through ordinary settings, as production allows. */
const LOOPBACK_HTTP: HttpsSettings = {
  ...DEFAULT_HTTPS_SETTINGS,
  allowedHosts: ["127.0.0.1"],
  blockedHosts: ["localhost"],
  requireHttps: false,
  timeoutMs: 2000,
};

interface TestClient {
  client: HttpClient;
  limiter: RateLimiter;
  events: HttpClientEvent[];
  hits: RateLimitHit[];
}

async function createClient(
  settings: HttpsSettings,
  folder?: string,
): Promise<TestClient> {
  const events: HttpClientEvent[] = [];
  const hits: RateLimitHit[] = [];
  const limiter = new RateLimiter(DEFAULT_RATE_LIMIT_SETTINGS, {
    now: () => Date.now(),
    sleep: sleepWithTimer,
    onServerLimit: (hit) => hits.push(hit),
  });
  const client = await HttpClient.create({
    settings,
    rateLimiter: limiter,
    onEvent: (event) => events.push(event),
    ...(folder === undefined ? {} : { pathGuard: createTestGuard(folder) }),
  });
  return { client, limiter, events, hits };
}

async function withServer(
  handler: Handler,
  body: (server: TestServer) => Promise<void>,
  tls?: { maxVersion?: "TLSv1.2" | "TLSv1.3" },
): Promise<void> {
  const server = await startServer(handler, tls);
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

/** What the CLI prints for an error, in the given language. */
function translateError(error: AppError, t: Translate): string {
  const { localized } = error;
  return localized === undefined
    ? error.message
    : t(localized.key, localized.params);
}

const SECRET_TOKEN =
  "5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f";

describe("HttpClient", () => {
  it("refuses look-alike hosts and plain http without opening a connection", async () => {
    const created: unknown[] = [];
    const onCreate = (message: unknown): void => {
      created.push(message);
    };
    subscribe("undici:request:create", onCreate);
    const { client } = await createClient({
      ...DEFAULT_HTTPS_SETTINGS,
      allowedHosts: ["api.trakt.tv"],
    });
    try {
      await assert.rejects(
        client.request({ url: "https://api.trakt.tv.evil.example/" }),
        { name: "SecurityError" },
      );
      await assert.rejects(client.request({ url: "http://api.trakt.tv/" }), {
        name: "SecurityError",
      });
      assert.deepEqual(created, []);
    } finally {
      unsubscribe("undici:request:create", onCreate);
      await client.close();
    }
  });

  it("sends a request to an allowed loopback host through the rate limiter", async () => {
    await withServer(
      (request, response) => {
        response.setHeader("x-seen-method", request.method ?? "");
        response.end("hello");
      },
      async (server) => {
        const { client, limiter } = await createClient(LOOPBACK_HTTP);
        const response = await client.request({
          method: "post",
          url: `${server.origin}/x`,
          body: "{}",
          serviceKey: "trakt_api",
        });
        await client.close();

        assert.equal(response.status, 200);
        assert.equal(response.body, "hello");
        assert.equal(response.headers["x-seen-method"], "POST");
        assert.equal(limiter.counters().trakt_api?.allowed, 1);
      },
    );
  });

  it("trusts an extra CA file and warns when HSTS is missing", async () => {
    await withTempFolder(async (folder) => {
      const caFile = join(folder, "loopback-ca.pem");
      await writeFile(caFile, TEST_CERTIFICATE_PEM);
      await withServer(
        (request, response) => {
          if (request.url === "/hsts") {
            response.setHeader("strict-transport-security", "max-age=60");
          }
          response.end("ok");
        },
        async (server) => {
          const { client, events } = await createClient(
            { ...LOOPBACK_HTTP, requireHttps: true, caFile },
            folder,
          );
          await client.request({ url: `${server.origin}/plain` });
          await client.request({ url: `${server.origin}/hsts` });
          await client.close();

          assert.deepEqual(events, [
            { kind: "hsts_missing", url: `${server.origin}/plain` },
          ]);
        },
        {},
      );
    });
  });

  it("refuses a certificate it does not trust", async () => {
    await withServer(
      (_request, response) => response.end("ok"),
      async (server) => {
        const { client } = await createClient({
          ...LOOPBACK_HTTP,
          requireHttps: true,
        });
        const error = await rejectionOf(
          client.request({ url: `${server.origin}/` }),
        );
        await client.close();

        assert.equal(error.name, "NetworkError");
        assert.match(
          error.message,
          /^GET https:\/\/127\.0\.0\.1:\d+\/ failed: the server's certificate is not trusted \(.*self[- ]signed.*\)\. Check the system clock/,
        );
        assert.match(
          translateError(error, createTranslator("de").t),
          /^GET https:\/\/127\.0\.0\.1:\d+\/ ist fehlgeschlagen: Dem Zertifikat des Servers wird nicht vertraut \(.*\)\. Prüfen Sie die Systemuhr/,
        );
        assert.equal(server.requests.length, 0);
      },
      {},
    );
  });

  it("refuses a server below the configured TLS minimum", async () => {
    await withTempFolder(async (folder) => {
      const caFile = join(folder, "loopback-ca.pem");
      await writeFile(caFile, TEST_CERTIFICATE_PEM);
      await withServer(
        (_request, response) => response.end("ok"),
        async (server) => {
          const { client } = await createClient(
            { ...LOOPBACK_HTTP, tlsMinVersion: "TLSv1.3", caFile },
            folder,
          );
          const error = await rejectionOf(
            client.request({ url: `${server.origin}/` }),
          );
          await client.close();

          assert.equal(error.name, "NetworkError");
          assert.equal(
            error.message,
            `GET ${server.origin}/ failed: the server and this tool share no TLS version from TLSv1.3 up. Use a server that offers TLSv1.3 or newer, or lower security.https.tls_min_version if you trust this one.`,
          );
          assert.equal(
            translateError(error, createTranslator("fr").t),
            `GET ${server.origin}/ a échoué : le serveur et cet outil n'ont aucune version de TLS en commun à partir de TLSv1.3. Utilisez un serveur qui propose TLSv1.3 ou plus récent, ou abaissez security.https.tls_min_version si vous faites confiance à celui-ci.`,
          );
          assert.equal(server.requests.length, 0);
        },
        { maxVersion: "TLSv1.2" },
      );
    });
  });

  it("refuses a redirect from an allowed host to a blocked one", async () => {
    await withServer(
      (_request, response) => {
        const port = String(response.socket?.localPort ?? 0);
        response.writeHead(302, { location: `http://localhost:${port}/next` });
        response.end();
      },
      async (server) => {
        const { client, events } = await createClient(LOOPBACK_HTTP);
        await assert.rejects(
          client.request({ url: `${server.origin}/start` }),
          {
            name: "SecurityError",
            message: `Refusing to contact "http://localhost:${server.port}/next": the host "localhost" is in security.https.blocked_hosts.`,
          },
        );
        await client.close();

        assert.equal(server.requests.length, 1);
        assert.equal(events.length, 1);
        assert.equal(events[0]?.kind, "refused");
      },
    );
  });

  it("follows allowed redirects and stops at max_redirects", async () => {
    await withServer(
      (request, response) => {
        if (request.url === "/final") {
          response.end("done");
          return;
        }
        const hop = Number(/\d+/.exec(request.url ?? "")?.[0] ?? "0");
        const next = request.url === "/short" ? "/final" : `/loop/${hop + 1}`;
        response.writeHead(307, { location: next });
        response.end();
      },
      async (server) => {
        const { client } = await createClient({
          ...LOOPBACK_HTTP,
          maxRedirects: 2,
        });
        const short = await client.request({ url: `${server.origin}/short` });
        assert.deepEqual(
          [short.status, short.body, short.redirects],
          [200, "done", 1],
        );

        await assert.rejects(
          client.request({ url: `${server.origin}/loop/0` }),
          {
            name: "SecurityError",
            message: `Refusing to follow more than 2 redirects from "${server.origin}/loop/2" (security.https.max_redirects). The server may be misconfigured.`,
          },
        );
        await client.close();
        assert.equal(server.requests.length, 2 + 3);
      },
    );
  });

  it("drops the Authorization header on a redirect to another origin", async () => {
    await withServer(
      (_request, response) => response.end("second"),
      async (second) => {
        await withServer(
          (_request, response) => {
            response.writeHead(302, { location: `${second.origin}/landing` });
            response.end();
          },
          async (first) => {
            const { client } = await createClient(LOOPBACK_HTTP);
            await client.request({
              url: `${first.origin}/`,
              headers: { Authorization: `Bearer ${SECRET_TOKEN}` },
            });
            await client.close();

            assert.equal(
              first.requests[0]?.headers.authorization,
              `Bearer ${SECRET_TOKEN}`,
            );
            assert.equal(second.requests[0]?.headers.authorization, undefined);
          },
        );
      },
    );
  });

  it("times out a server that never answers", async () => {
    await withServer(
      () => undefined,
      async (server) => {
        const { client } = await createClient({
          ...LOOPBACK_HTTP,
          timeoutMs: 200,
        });
        await assert.rejects(client.request({ url: `${server.origin}/slow` }), {
          name: "NetworkError",
          message: `GET ${server.origin}/slow timed out after 200 ms. Check the connection, or raise security.https.timeout.`,
        });
        await client.close();
      },
    );
  });

  it("records a 429 with Retry-After in the rate limiter", async () => {
    await withServer(
      (_request, response) => {
        response.writeHead(429, { "retry-after": "7" });
        response.end("slow down");
      },
      async (server) => {
        const { client, hits } = await createClient(LOOPBACK_HTTP);
        const response = await client.request({
          url: `${server.origin}/sync?access_token=abc`,
          serviceKey: "trakt_api",
        });
        await client.close();

        assert.equal(response.status, 429);
        assert.deepEqual(hits, [
          {
            serviceKey: "trakt_api",
            retryAfterMs: 7000,
            target: `${server.origin}/sync`,
          },
        ]);
      },
    );
  });

  it("keeps header secrets out of network error messages", async () => {
    const server = await startServer(() => undefined);
    const closedOrigin = server.origin;
    await server.close();
    const { client } = await createClient(LOOPBACK_HTTP);

    await assert.rejects(
      client.request({
        url: `${closedOrigin}/x?client_secret=${SECRET_TOKEN}`,
        headers: { Authorization: `Bearer ${SECRET_TOKEN}` },
      }),
      (error: unknown) => {
        assert.ok(error instanceof Error);
        assert.equal(error.name, "NetworkError");
        assert.equal(error.message.includes(SECRET_TOKEN), false);
        assert.equal(
          error.message.startsWith(`GET ${closedOrigin}/x failed: `),
          true,
        );
        return true;
      },
    );
    await client.close();
  });
});
