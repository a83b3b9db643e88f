import * as assert from "node:assert/strict";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { get } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

import { createSandbox } from "./server.js";
import { TEST_USER_AGENT } from "./test-helpers.js";

async function getStatus(url: string, ca: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const options = {
      headers: { "User-Agent": TEST_USER_AGENT },
      ...(ca === undefined ? {} : { ca }),
    };
    get(url, options, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on("error", reject);
  });
}

describe("sandbox over HTTPS", () => {
  it("serves HTTPS that a client trusting the written CA accepts", async () => {
    const folder = await mkdtemp(join(tmpdir(), "sandbox-tls-"));
    const caCertPath = join(folder, "ca.pem");
    const sandbox = await createSandbox({ tls: { caCertPath } });

    try {
      assert.match(sandbox.baseUrl, /^https:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(sandbox.caCertPath, caCertPath);
      const ca = await readFile(caCertPath, "utf8");
      assert.equal(ca, sandbox.caCertPem);

      const url = `${sandbox.baseUrl}/activate`;
      assert.equal(await getStatus(url, ca), 200);
      const localhostUrl = url.replace("127.0.0.1", "localhost");
      assert.equal(await getStatus(localhostUrl, ca), 200);
      await assert.rejects(
        getStatus(url, undefined),
        /self[- ]signed|unable to verify/i,
      );
    } finally {
      await sandbox.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
