import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";

import { ALIEN, HEAT } from "../../test/support/films.js";
import { historyItem } from "../../test/support/trakt-json.js";
import { writeZip, writeZipBomb } from "../../test/support/zip.js";

import { escapeHtml } from "./html.js";
import {
  logInForTest,
  readPageForTest,
  startTestDashboard,
  uploadExportForTest,
  type TestDashboard,
  type TestLogin,
} from "./test-support.js";

const DUPLICATED = historyItem(1, HEAT, "2020-01-01T20:00:00Z");
const ALSO_DUPLICATED = historyItem(2, ALIEN, "2020-01-02T20:00:00Z");

const FRENCH_DUPLICATES =
  "2 entrées d'historique figuraient en double (mêmes identifiants d'historique Trakt) et n'ont été comptées qu'une fois.";
const FRENCH_MISSING_LIST =
  "La liste « <Été> » figure dans lists-lists.json, mais son fichier d'éléments (lists-list-42-summer.json) est absent ; elle n'a pas été exportée.";
const ENGLISH_DUPLICATES =
  "2 history entries appeared twice (same Trakt history ids) and were counted once.";

/** A data export with two repeated viewings and a list without its items. */
async function writeFlawedZip(path: string): Promise<void> {
  await writeZip(path, {
    "watched-history-1.json": [DUPLICATED, ALSO_DUPLICATED],
    "watched-history-2.json": [DUPLICATED, ALSO_DUPLICATED],
    "lists-watchlist.json": [],
    "lists-lists.json": [
      {
        name: "<Été>",
        privacy: "private",
        item_count: 3,
        ids: { trakt: 42, slug: "summer" },
      },
    ],
  });
}

/** A report.json the dashboard accepts, with the given warnings. */
function storedReport(warnings: string[], warningMessages: unknown): string {
  return JSON.stringify({
    tool: "export-trakt",
    generatedAt: "2026-01-01T00:00:00.000Z",
    source: { kind: "zip", location: "upload: old.zip" },
    timeZone: { name: "UTC" },
    historyMode: "individual",
    files: [],
    totals: { files: 0, rows: 0 },
    warnings,
    warningMessages,
  });
}

async function readEvents(
  dashboard: TestDashboard,
  login: TestLogin,
  jobPath: string,
  language: string,
): Promise<string> {
  const response = await fetch(
    `${dashboard.server.url}${jobPath}/events?lang=${language}`,
    { headers: { cookie: login.cookie } },
  );
  return response.text();
}

function eventData(stream: string, kind: string): Record<string, unknown> {
  const prefix = `event: ${kind}\ndata: `;
  const start = stream.indexOf(prefix);
  assert.ok(start >= 0, `no ${kind} event in:\n${stream}`);
  const line = stream.slice(start + prefix.length).split("\n")[0] ?? "";
  return JSON.parse(line) as Record<string, unknown>;
}

describe("dashboard: export warnings and job errors in the viewer's language", () => {
  let dir: string;
  let dashboard: TestDashboard;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "export-trakt-dashboard-i18n-"));
    dashboard = await startTestDashboard(dir);
  });
  after(async () => {
    await dashboard.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("shows a conversion's warnings in French on the job and exports pages", async () => {
    const login = await logInForTest(dashboard.server);
    const zip = join(dir, "flawed.zip");
    await writeFlawedZip(zip);
    const jobPath = await uploadExportForTest(dashboard.server, login, {
      name: "flawed.zip",
      content: await readFile(zip),
    });

    const stream = await readEvents(dashboard, login, jobPath, "fr");
    const summary = eventData(stream, "summary");
    assert.deepEqual(summary.warnings, [
      FRENCH_DUPLICATES,
      FRENCH_MISSING_LIST,
    ]);

    const jobPage = await readPageForTest(
      dashboard.server,
      login,
      `${jobPath}?lang=fr`,
    );
    assert.ok(jobPage.includes(escapeHtml(FRENCH_DUPLICATES)), jobPage);
    assert.ok(jobPage.includes(escapeHtml(FRENCH_MISSING_LIST)), jobPage);
    assert.ok(!jobPage.includes("<Été>"));

    const exportsFr = await readPageForTest(
      dashboard.server,
      login,
      "/exports?lang=fr",
    );
    assert.ok(exportsFr.includes(escapeHtml(FRENCH_DUPLICATES)), exportsFr);
    assert.ok(exportsFr.includes(escapeHtml(FRENCH_MISSING_LIST)));

    const exportsEn = await readPageForTest(
      dashboard.server,
      login,
      "/exports?lang=en",
    );
    assert.ok(exportsEn.includes(escapeHtml(ENGLISH_DUPLICATES)), exportsEn);
    assert.ok(!exportsEn.includes(escapeHtml(FRENCH_DUPLICATES)));
  });

  it("shows a failed conversion's error in French, with the file and ratio", async () => {
    const login = await logInForTest(dashboard.server);
    const zip = join(dir, "bomb.zip");
    await writeZipBomb(zip, "watched-history.json", 32 * 1024 ** 2);
    const jobPath = await uploadExportForTest(dashboard.server, login, {
      name: "bomb.zip",
      content: await readFile(zip),
    });

    const stream = await readEvents(dashboard, login, jobPath, "fr");
    const failed = eventData(stream, "failed");
    assert.match(
      String(failed.message),
      /^« watched-history\.json » se décompresse en [\d\u202f]+ fois sa taille compressée, au-delà de la limite de 200 \(une bombe ZIP\)\. Remplacez-le par le fichier de votre export Trakt ; rien n'a été écrit\.$/,
    );

    const jobPage = await readPageForTest(
      dashboard.server,
      login,
      `${jobPath}?lang=fr`,
    );
    assert.ok(jobPage.includes(escapeHtml(String(failed.message))), jobPage);
    const english = await readEvents(dashboard, login, jobPath, "en");
    assert.match(
      String(eventData(english, "failed").message),
      /^"watched-history\.json" inflates [\d,]+ times its compressed size/,
    );
  });

  it("falls back to the saved English for anything in report.json it cannot trust", async () => {
    const login = await logInForTest(dashboard.server);
    const english = [
      "Unknown key <script>alert(1)</script>",
      "Not a warning key",
      "Object parameter",
      "Count as text",
      "Missing parameter",
      "Extra parameter",
      "Inherited key",
      "Translated with markup",
      "No entry at all",
    ];
    const messages: unknown[] = [
      { key: "reader.warning.nope", params: {} },
      { key: "exports.deleted", params: { folder: "x" } },
      { key: "reader.warning.duplicateEntry", params: { path: { a: 1 } } },
      { key: "reader.warning.duplicateHistory", params: { count: "2" } },
      { key: "reader.warning.duplicateEntry", params: {} },
      { key: "reader.warning.duplicateEntry", params: { path: "a", x: "b" } },
      { key: "toString", params: {} },
      {
        key: "reader.warning.duplicateEntry",
        params: { path: "<script>alert(2)</script>" },
      },
    ];
    const hostile = join(dashboard.deps.exportsRoot, "export_hostile");
    const broken = join(dashboard.deps.exportsRoot, "export_broken");
    await mkdir(hostile, { recursive: true });
    await mkdir(broken, { recursive: true });
    await writeFile(
      join(hostile, "report.json"),
      storedReport(english, messages),
    );
    await writeFile(
      join(broken, "report.json"),
      storedReport(["Plain English warning"], "not a list"),
    );

    const page = await readPageForTest(
      dashboard.server,
      login,
      "/exports?lang=fr",
    );

    assert.ok(!page.includes("<script>"), "unescaped markup");
    for (const text of english.filter((_, index) => index !== 7)) {
      assert.ok(page.includes(`<li>${escapeHtml(text)}</li>`), text);
    }
    assert.ok(
      page.includes(
        `<li>${escapeHtml("« <script>alert(2)</script> » figure deux fois dans l'archive ; seule la première copie a été lue.")}</li>`,
      ),
    );
    assert.ok(page.includes("<li>Plain English warning</li>"));
    assert.ok(page.includes("export_broken"));
  });
  it("lists a report.json written before warningMessages existed, to download and delete", async () => {
    const login = await logInForTest(dashboard.server);
    const folder = join(dashboard.deps.exportsRoot, "export_before");
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "watched.csv"), "Title,Year\nHeat,1995\n");
    await writeFile(
      join(folder, "report.json"),
      JSON.stringify({
        generatedAt: "2025-06-01T00:00:00.000Z",
        source: { kind: "zip", location: "trakt-export.zip" },
        timeZone: { name: "UTC" },
        historyMode: "individual",
        files: [{ path: "watched.csv", rows: 1, kind: "watched" }],
        totals: { files: 1, rows: 1 },
        warnings: ["An English warning from an older version"],
      }),
    );

    const page = await readPageForTest(
      dashboard.server,
      login,
      "/exports?lang=en",
    );

    assert.ok(page.includes("<strong>export_before</strong>"), page);
    assert.ok(
      page.includes('href="/exports/export_before/files/watched.csv"'),
      page,
    );
    assert.ok(page.includes('action="/exports/export_before/delete"'), page);
    assert.ok(
      page.includes("<li>An English warning from an older version</li>"),
    );
    const download = await fetch(
      `${dashboard.server.url}/exports/export_before/files/watched.csv`,
      { headers: { cookie: login.cookie } },
    );
    assert.equal(download.status, 200);
    assert.equal(await download.text(), "Title,Year\nHeat,1995\n");
  });

  it("shows the first 100 warnings of a huge report.json and says how many more it holds", async () => {
    const login = await logInForTest(dashboard.server);
    const folder = join(dashboard.deps.exportsRoot, "export_noisy");
    await mkdir(folder, { recursive: true });
    const warnings = Array.from({ length: 200_000 }, (_, index) =>
      index < 100 ? `w${index}` : "x",
    );
    await writeFile(
      join(folder, "report.json"),
      storedReport(warnings, undefined),
    );

    const page = await readPageForTest(
      dashboard.server,
      login,
      "/exports?lang=fr",
    );

    assert.ok(page.includes("<li>w99</li>"), "the 100th warning is missing");
    assert.ok(!page.includes("<li>x</li>"), "a warning past 100 is shown");
    assert.match(
      page,
      /Et 199\u202f900 autres avertissements ; report\.json les contient tous\./,
    );
    assert.ok(page.length < 200_000, `the page has ${page.length} characters`);
  });

  it("shows the first 100 warnings of a conversion on the job page and in its events", async () => {
    const login = await logInForTest(dashboard.server);
    const zip = join(dir, "many-lists.zip");
    const lists = Array.from({ length: 130 }, (_, index) => ({
      name: `List ${index}`,
      privacy: "private",
      item_count: 1,
      ids: { trakt: 1000 + index, slug: `list-${index}` },
    }));
    await writeZip(zip, {
      "watched-history.json": [DUPLICATED],
      "lists-watchlist.json": [],
      "lists-lists.json": lists,
    });
    const jobPath = await uploadExportForTest(dashboard.server, login, {
      name: "many-lists.zip",
      content: await readFile(zip),
    });

    const stream = await readEvents(dashboard, login, jobPath, "de");
    const shown = eventData(stream, "summary").warnings;
    assert.ok(Array.isArray(shown));
    assert.equal(shown.length, 101);
    assert.equal(
      shown.at(-1),
      "Und 30 weitere Warnungen; report.json enthält alle.",
    );

    const jobPage = await readPageForTest(
      dashboard.server,
      login,
      `${jobPath}?lang=de`,
    );
    assert.ok(
      jobPage.includes("Und 30 weitere Warnungen; report.json enthält alle."),
      jobPage,
    );
    assert.ok(jobPage.includes("„List 99“"), "the 100th warning is missing");
    assert.ok(!jobPage.includes("„List 100“"), "a warning past 100 is shown");
  });
});
