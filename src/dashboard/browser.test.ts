import assert from "node:assert/strict";
import { access, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { chromium, type BrowserContext, type Page } from "playwright-core";

import { GOLDEN_DIR, REPO_ROOT, SAMPLE_ZIP } from "../../test/support/paths.js";

import { startTestDashboard, type TestDashboard } from "./test-support.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = join(REPO_ROOT, "test-artifacts", "screenshots");

async function requireChromium(): Promise<void> {
  try {
    await access(CHROMIUM);
  } catch (error) {
    throw new Error(
      `The browser test needs Debian's Chromium at ${CHROMIUM}. Install it with "apt-get install -y --no-install-recommends chromium" (.ci/run does this) and run the tests again.`,
      { cause: error },
    );
  }
}

async function capture(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
  });
}

describe("dashboard in a real browser", () => {
  let dir: string;
  let dashboard: TestDashboard;
  let browser: BrowserContext;

  before(async () => {
    await requireChromium();
    dir = await mkdtemp(join(tmpdir(), "export-trakt-browser-test-"));
    await mkdir(SCREENSHOTS, { recursive: true });
    dashboard = await startTestDashboard(join(dir, "work"));
    browser = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  after(async () => {
    await browser.close();
    await dashboard.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("goes from the login link to a downloaded watched.csv", async () => {
    const page = await browser.newPage();
    const scriptErrors: string[] = [];
    page.on("pageerror", (error) => scriptErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") scriptErrors.push(message.text());
    });

    await page.goto(`${dashboard.server.url}/login`);
    await capture(page, "01-login");
    await page.goto(dashboard.server.mintLoginLink());
    assert.equal(new URL(page.url()).pathname, "/convert");
    await capture(page, "02-convert");

    await page.setInputFiles('input[name="export"]', SAMPLE_ZIP);
    await page.click('form[action="/convert"] button[type="submit"]');
    await page
      .waitForSelector('#job[data-state="succeeded"]', { timeout: 20_000 })
      .catch(async (error: unknown) => {
        await capture(page, "03-job-failed");
        throw new Error(
          `The job did not succeed; page text: ${await page.innerText("main")}; script errors: ${scriptErrors.join(" | ")}`,
          { cause: error },
        );
      });
    assert.match((await page.textContent("#summary")) ?? "", /Wrote \d+ rows/);
    await capture(page, "03-job");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('#summary a:text-is("watched.csv")'),
    ]);
    const downloaded = await readFile(await download.path());
    const expected = await readFile(join(GOLDEN_DIR, "sample", "watched.csv"));
    assert.equal(downloaded.toString("utf8"), expected.toString("utf8"));

    for (const [name, path] of [
      ["04-exports", "/exports"],
      ["05-export", "/export"],
      ["06-trakt", "/trakt"],
      ["07-schedule", "/schedule"],
      ["08-audit", "/audit"],
      ["09-exports-de", "/exports?lang=de"],
    ] as const) {
      const response = await page.goto(`${dashboard.server.url}${path}`);
      assert.equal(response?.status(), 200, path);
      await capture(page, name);
    }
    assert.match((await page.textContent("h1")) ?? "", /Exporte/);
    assert.deepEqual(scriptErrors, []);
  });
});
