import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, describe, it } from "node:test";

import { createRecordingClock } from "../../test/support/trakt-client.js";
import { DEFAULT_HTTPS_SETTINGS } from "../security/index.js";
import { TraktApiError } from "../shared/index.js";

import { createTraktClient } from "./client.js";
import { fetchAllPages } from "./paging.js";

describe("fetchAllPages", () => {
  it("refuses a page count no Trakt account can have, before queueing pages", async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests += 1;
      response.writeHead(200, {
        "content-type": "application/json",
        "x-pagination-page-count": "100000000",
        "x-pagination-item-count": "999999999",
      });
      response.end("[]");
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    after(() => server.close());
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const client = await createTraktClient({
      settings: { apiBaseUrl: base, authBaseUrl: base },
      https: DEFAULT_HTTPS_SETTINGS,
      baseDir: process.cwd(),
      credentials: { clientId: "id", clientSecret: undefined },
      tokens: undefined,
      clock: createRecordingClock(),
    });
    after(() => client.close());

    await assert.rejects(
      fetchAllPages(client.transport, "/users/u/history/movies", {
        pageLimit: 250,
        withToken: false,
      }),
      (error: unknown) =>
        error instanceof TraktApiError &&
        error.message ===
          "GET /users/u/history/movies announced 100000000 pages, more than any Trakt account holds (at most 2000 pages of 250). The server is not answering like Trakt; check --api-base-url or [trakt] api_base_url.",
    );
    assert.equal(requests, 1);
  });
});
