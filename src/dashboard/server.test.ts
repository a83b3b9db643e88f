import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { GOLDEN_DIR, SAMPLE_ZIP } from "../../test/support/paths.js";

import {
  logInForTest,
  sendRaw,
  startTestDashboard,
  uploadExportForTest,
  type TestDashboard,
  type TestLogin,
} from "./test-support.js";

const SECURITY_HEADERS: Record<string, RegExp> = {
  "content-security-policy": /default-src 'none'; script-src 'self'/,
  "x-content-type-options": /^nosniff$/,
  "x-frame-options": /^DENY$/,
  "referrer-policy": /^same-origin$/,
  "cache-control": /^no-store$/,
};

function assertSecurityHeaders(headers: Headers, what: string): void {
  for (const [name, pattern] of Object.entries(SECURITY_HEADERS)) {
    assert.match(headers.get(name) ?? "", pattern, `${name} on ${what}`);
  }
  assert.doesNotMatch(
    headers.get("content-security-policy") ?? "",
    /unsafe-inline/,
  );
  assert.equal(headers.get("access-control-allow-origin"), null, what);
}

function multipart(
  fields: [string, string][],
  file: { name: string; content: Buffer } | undefined,
): { body: Buffer; contentType: string } {
  const boundary = "----dashboard-test-boundary";
  const parts: Buffer[] = fields.map(([name, value]) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    ),
  );
  if (file !== undefined) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="export"; filename="${file.name}"\r\nContent-Type: application/zip\r\n\r\n`,
      ),
      file.content,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

// Made here rather than with makeTempDir: that helper's cleanup hook would
// run as soon as a `before` hook that called it finishes.
async function makeDashboardDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "export-trakt-dashboard-test-"));
}

/** Uploads the sample export; returns the job page's path. */
async function uploadSample(
  dashboard: TestDashboard,
  login: TestLogin,
): Promise<string> {
  return uploadExportForTest(dashboard.server, login, {
    name: "trakt-export.zip",
    content: await readFile(SAMPLE_ZIP),
  });
}

describe("dashboard over HTTP", () => {
  let dir: string;
  let dashboard: TestDashboard;

  before(async () => {
    dir = await makeDashboardDir();
    dashboard = await startTestDashboard(dir, { maxUploadBytes: 64 * 1024 });
  });
  after(async () => {
    await dashboard.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers 401 without a session on every route but login, health and static files", async () => {
    const base = dashboard.server.url;
    const closed: [string, string][] = [
      ["GET", "/"],
      ["GET", "/convert"],
      ["GET", "/export"],
      ["GET", "/exports"],
      ["GET", "/exports/some/files/watched.csv"],
      ["GET", "/jobs/abc"],
      ["GET", "/jobs/abc/events"],
      ["GET", "/trakt"],
      ["GET", "/schedule"],
      ["GET", "/audit"],
      ["GET", "/metrics"],
      ["GET", "/no-such-page"],
      ["POST", "/convert"],
      ["POST", "/export"],
      ["POST", "/exports/some/delete"],
      ["POST", "/trakt/revoke"],
      ["POST", "/logout"],
    ];
    for (const [method, path] of closed) {
      const response = await fetch(`${base}${path}`, { method });
      assert.equal(response.status, 401, `${method} ${path}`);
      assertSecurityHeaders(response.headers, `${method} ${path}`);
      assert.doesNotMatch(await response.text(), /at \w+ \(|node:internal/);
    }
    for (const path of [
      "/login",
      "/health",
      "/health/ready",
      "/static/dashboard.js",
    ]) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 200, path);
      assertSecurityHeaders(response.headers, path);
    }
  });

  it("accepts a login link once and sets an HttpOnly, SameSite=Strict session cookie", async () => {
    const link = dashboard.server.mintLoginLink();
    const first = await fetch(link, { redirect: "manual" });
    assert.equal(first.status, 303);
    assert.equal(first.headers.get("location"), "/convert");
    const cookie = first.headers.get("set-cookie") ?? "";
    assert.match(cookie, /^et_session=[\w-]{40,};/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.doesNotMatch(cookie, /Secure/, "no Secure flag over plain HTTP");

    const second = await fetch(link, { redirect: "manual" });
    assert.equal(second.status, 401);
    assert.equal(
      second.headers.get("set-cookie")?.includes("et_session"),
      false,
    );
  });

  it("logs in with the dashboard secret through the form", async () => {
    const base = dashboard.server.url;
    const page = await fetch(`${base}/login`);
    const preLogin = /name="prelogin"\s+value="([^"]+)"/.exec(
      await page.text(),
    );
    const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0]!;
    const secret = await dashboard.deps.secretStore.load();
    const body = new URLSearchParams({
      prelogin: preLogin![1]!,
      secret: secret!,
    });
    const response = await fetch(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie },
      body,
    });
    assert.equal(response.status, 303);
    assert.match(response.headers.get("set-cookie") ?? "", /^et_session=/);

    body.set("secret", "wrong");
    const wrong = await fetch(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie },
      body,
    });
    assert.equal(wrong.status, 401);
  });

  it("refuses state-changing requests without the session's CSRF token", async () => {
    const login = await logInForTest(dashboard.server);
    const base = dashboard.server.url;
    const post = (path: string, body: URLSearchParams) =>
      fetch(`${base}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: login.cookie },
        body,
      });

    for (const path of ["/logout", "/exports/any/delete", "/export"]) {
      assert.equal((await post(path, new URLSearchParams())).status, 403);
      const wrong = new URLSearchParams({ csrf: "not-the-token" });
      assert.equal((await post(path, wrong)).status, 403, path);
    }
    const form = multipart([], {
      name: "x.zip",
      content: await readFile(SAMPLE_ZIP),
    });
    const upload = await fetch(`${base}/convert`, {
      method: "POST",
      headers: { cookie: login.cookie, "content-type": form.contentType },
      body: form.body,
    });
    assert.equal(upload.status, 403);

    const crossOrigin = await fetch(`${base}/logout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: login.cookie, origin: "http://evil.example" },
      body: new URLSearchParams({ csrf: login.csrf }),
    });
    assert.equal(crossOrigin.status, 403);
  });

  it("refuses ../ and encoded traversal in download and delete paths", async () => {
    const login = await logInForTest(dashboard.server);
    await writeFile(join(dir, "outside.csv"), "secret-content\n");
    const attempts = [
      "/exports/../outside.csv",
      "/exports/x/files/../../outside.csv",
      "/exports/x/files/..%2F..%2Foutside.csv",
      "/exports/%2e%2e/files/outside.csv",
      "/exports/x/files/%2e%2e/%2e%2e/outside.csv",
      "/exports/x/files/%252e%252e%252foutside.csv",
      "/exports/..%5c..%5coutside.csv/files/a",
      "/exports/x/files/%00.csv",
    ];
    for (const path of attempts) {
      const response = await sendRaw(dashboard.server.url, path, {
        headers: { cookie: login.cookie },
      });
      assert.ok(
        [400, 403, 404].includes(response.status),
        `${path} answered ${response.status}`,
      );
      assert.doesNotMatch(response.body, /secret-content/);
      assert.doesNotMatch(response.body, /outside|%2e|%252e/i, path);
    }
    const deletion = await sendRaw(
      dashboard.server.url,
      "/exports/..%2F/delete",
      {
        method: "POST",
        headers: {
          cookie: login.cookie,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: `csrf=${login.csrf}`,
      },
    );
    assert.equal(deletion.status, 400);
  });

  it("answers 413 to an upload over the cap and 415 to one that is not a ZIP", async () => {
    const login = await logInForTest(dashboard.server);
    const tooBig = multipart([["csrf", login.csrf]], {
      name: "big.zip",
      content: Buffer.concat([
        Buffer.from("PK\x03\x04"),
        Buffer.alloc(200_000),
      ]),
    });
    const response = await sendRaw(dashboard.server.url, "/convert", {
      method: "POST",
      headers: {
        cookie: login.cookie,
        "content-type": tooBig.contentType,
        "content-length": String(tooBig.body.length),
      },
      body: tooBig.body,
    });
    assert.equal(response.status, 413);
    assert.match(response.body, /larger than the limit of 0 MB|limit/);

    const notZip = multipart([["csrf", login.csrf]], {
      name: "report.zip",
      content: Buffer.from("<html>not a zip</html>"),
    });
    const refused = await fetch(`${dashboard.server.url}/convert`, {
      method: "POST",
      headers: { cookie: login.cookie, "content-type": notZip.contentType },
      body: notZip.body,
    });
    assert.equal(refused.status, 415);
    const leftovers = (await readdir(dashboard.deps.tempRoot)).filter((name) =>
      name.startsWith("export-trakt-upload-"),
    );
    assert.deepEqual(leftovers, []);
  });

  it("shows error pages without the request's own text", async () => {
    const login = await logInForTest(dashboard.server);
    const missing = await sendRaw(
      dashboard.server.url,
      "/nothing-%3Cb%3Ehello%3C%2Fb%3E",
      { headers: { cookie: login.cookie } },
    );
    assert.equal(missing.status, 400);
    assert.match(missing.body, /The request is not valid\./);
    const unknown = await sendRaw(
      dashboard.server.url,
      "/nothing-%3Cimg%20src%3Dx%3E",
      { headers: { cookie: login.cookie } },
    );
    assert.equal(unknown.status, 404);
    assert.match(unknown.body, /There is nothing here\./);
    // Case-sensitive, whole fragments: a random CSRF token in the page may
    // spell "img" in any case, but never these.
    for (const body of [missing.body, unknown.body]) {
      assert.doesNotMatch(body, /nothing-|<b>hello|<img|src=x/);
    }
  });
});

/** Uploads the sample, waits for its job to end, and names the new folder. */
async function convertSample(
  dashboard: TestDashboard,
  login: TestLogin,
): Promise<string> {
  const jobPath = await uploadSample(dashboard, login);
  const events = await fetch(`${dashboard.server.url}${jobPath}/events`, {
    headers: { cookie: login.cookie },
  });
  await events.text();
  const folders = await readdir(dashboard.deps.exportsRoot);
  return folders.at(-1)!;
}

describe("dashboard: converting the sample", () => {
  let dir: string;
  let dashboard: TestDashboard;

  before(async () => {
    dir = await makeDashboardDir();
    dashboard = await startTestDashboard(dir);
  });
  after(async () => {
    await dashboard.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("converts an uploaded export, streams progress and serves watched.csv", async () => {
    const login = await logInForTest(dashboard.server);
    const base = dashboard.server.url;
    const jobPath = await uploadSample(dashboard, login);
    assert.match(jobPath, /^\/jobs\/[\w-]+$/);

    const events = await fetch(`${base}${jobPath}/events`, {
      headers: { cookie: login.cookie },
    });
    assert.match(
      events.headers.get("content-type") ?? "",
      /^text\/event-stream/,
    );
    const stream = await events.text();
    assert.match(
      stream,
      /event: reading\ndata: \{"kind":"reading","filesDone":1,/,
    );
    assert.match(stream, /event: converting/);
    assert.match(stream, /event: writing/);
    const summaryLine = /event: summary\ndata: (.+)\n/.exec(stream);
    const summary = JSON.parse(summaryLine![1]!) as {
      folder: string;
      rows: number;
    };

    const csv = await fetch(
      `${base}/exports/${summary.folder}/files/watched.csv`,
      { headers: { cookie: login.cookie } },
    );
    assert.equal(csv.status, 200);
    const expected = await readFile(join(GOLDEN_DIR, "sample", "watched.csv"));
    assert.equal(await csv.text(), expected.toString("utf8"));

    const listing = await fetch(`${base}/exports`, {
      headers: { cookie: login.cookie },
    });
    const page = await listing.text();
    assert.ok(page.includes(summary.folder));
    assert.match(page, /upload: trakt-export\.zip/);

    const metrics = await fetch(`${base}/metrics`, {
      headers: {
        authorization: `Bearer ${(await dashboard.deps.secretStore.load())!}`,
      },
    });
    const text = await metrics.text();
    assert.match(text, /export_trakt_exports_total\{result="success"\} 1/);
    assert.ok(
      text.includes(`export_trakt_rows_written_total ${summary.rows}\n`),
    );
    assert.match(text, /process_cpu_user_seconds_total/);

    const leftovers = (await readdir(dashboard.deps.tempRoot)).filter((name) =>
      name.startsWith("export-trakt-upload-"),
    );
    assert.deepEqual(leftovers, []);
  });

  it("deletes an export folder for real after a POST with the CSRF token", async () => {
    const login = await logInForTest(dashboard.server);
    const base = dashboard.server.url;
    const folder = await convertSample(dashboard, login);

    const response = await fetch(`${base}/exports/${folder}/delete`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: login.cookie },
      body: new URLSearchParams({ csrf: login.csrf }),
    });
    assert.equal(response.status, 303);
    assert.equal(
      (await readdir(dashboard.deps.exportsRoot)).includes(folder),
      false,
    );

    const audit = await fetch(`${base}/audit?type=data_export`, {
      headers: { cookie: login.cookie },
    });
    const page = await audit.text();
    assert.match(page, /delete_export/);
    assert.match(page, /Chain intact/);
  });

  it("never deletes a file the export did not write", async () => {
    const login = await logInForTest(dashboard.server);
    const base = dashboard.server.url;
    const folder = await convertSample(dashboard, login);
    const foreign = join(dashboard.deps.exportsRoot, folder, "thesis.docx");
    await writeFile(foreign, "my own work");

    const response = await fetch(`${base}/exports/${folder}/delete`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: login.cookie },
      body: new URLSearchParams({ csrf: login.csrf }),
    });
    assert.equal(response.status, 409);
    assert.equal(await readFile(foreign, "utf8"), "my own work");
  });

  it("shows honest empty states when Trakt, live export and schedule are not wired", async () => {
    const login = await logInForTest(dashboard.server);
    for (const [path, text] of [
      ["/export", /Trakt connection not configured/],
      ["/trakt", /Trakt connection not configured/],
      ["/schedule", /No scheduler configured/],
    ] as const) {
      const response = await fetch(`${dashboard.server.url}${path}`, {
        headers: { cookie: login.cookie },
      });
      assert.equal(response.status, 200);
      assert.match(await response.text(), text);
    }
  });

  it("renders pages in the language the browser asks for", async () => {
    const login = await logInForTest(dashboard.server);
    const response = await fetch(`${dashboard.server.url}/convert`, {
      headers: { cookie: login.cookie, "accept-language": "fr-FR,fr;q=0.9" },
    });
    const page = await response.text();
    assert.match(page, /<html lang="fr">/);
    assert.match(page, /Convertir un export de données Trakt/);
  });
});

describe("dashboard rate limit", () => {
  it("answers 429 with Retry-After once a client goes over its burst", async () => {
    const dir = await makeDashboardDir();
    const dashboard = await startTestDashboard(dir, {
      clientRateLimit: { requestsPerMinute: 1, burstCapacity: 5 },
    });
    try {
      const statuses: number[] = [];
      let last = new Response();
      for (let attempt = 0; attempt < 8; attempt += 1) {
        last = await fetch(`${dashboard.server.url}/login`);
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
      assert.equal(last.headers.get("retry-after"), "10");
      assertSecurityHeaders(last.headers, "429");
    } finally {
      await dashboard.server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
