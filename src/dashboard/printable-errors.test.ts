import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { localize } from "../i18n/index.js";
import { CredentialError, errorTextOf } from "../shared/index.js";

import {
  logInForTest,
  postFormForTest,
  startTestDashboard,
  type TestDashboard,
} from "./test-support.js";

// A file name that would start a line of its own, reverse the text after it
// and colour the page's text if it were shown as it is.
const HOSTILE_PATH = "creds\nWrote 49 rows\u202e\u001b[31m.enc";
const SHOWN_PATH = "credsWrote 49 rows.enc";

function assertPrintable(page: string): void {
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  assert.doesNotMatch(page, /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
}

describe("dashboard: errors that quote outside text", () => {
  let dir: string;
  let dashboard: TestDashboard;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "export-trakt-dashboard-printable-"));
    dashboard = await startTestDashboard(dir);
  });
  after(async () => {
    await dashboard.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const unreadable = new CredentialError(
    localize("store.readFailed", { path: HOSTILE_PATH }),
  );

  it("shows a failed Trakt action's notice on one printable line", async () => {
    dashboard.deps.traktConnection = {
      readStatus: () => Promise.resolve({ isLoggedIn: true }),
      startDeviceLogin: () => Promise.reject(new Error("not used")),
      revoke: () => Promise.reject(unreadable),
    };
    const login = await logInForTest(dashboard.server, { csrfPage: "/export" });

    const revoked = await postFormForTest(
      dashboard.server,
      login,
      "/trakt/revoke",
    );
    assert.equal(revoked.status, 303);
    const page = await (
      await fetch(`${dashboard.server.url}/trakt`, {
        headers: { cookie: login.cookie },
      })
    ).text();

    assert.ok(
      page.includes(
        `Could not read the credentials file &quot;${SHOWN_PATH}&quot;.`,
      ),
      page,
    );
    assertPrintable(page);
  });

  it("shows the login status problem and the last login error on one printable line", async () => {
    dashboard.deps.traktConnection = {
      readStatus: () =>
        Promise.resolve({
          isLoggedIn: false,
          problem: errorTextOf(unreadable),
          lastLoginError: errorTextOf(unreadable),
        }),
      startDeviceLogin: () => Promise.reject(new Error("not used")),
      revoke: () => Promise.resolve(),
    };
    const login = await logInForTest(dashboard.server, { csrfPage: "/export" });

    const page = await (
      await fetch(`${dashboard.server.url}/trakt`, {
        headers: { cookie: login.cookie },
      })
    ).text();

    assert.equal(
      page.split(`credentials file &quot;${SHOWN_PATH}&quot;`).length,
      3,
      page,
    );
    assertPrintable(page);
  });
});
