/**
 * The exports root as the dashboard sees it: one folder per export, known by
 * its `report.json`. Every path is checked by the path guard with origin
 * "dashboard" before it is read or removed.
 */
import { lstat, readdir, rm } from "node:fs/promises";
import { join } from "node:path";

import { z } from "zod";

import type { PathGuard } from "../security/index.js";
import { SecurityError } from "../shared/index.js";

import { HttpError } from "./http-errors.js";

const StoredReportSchema = z.object({
  generatedAt: z.string(),
  source: z.object({ kind: z.string(), location: z.string() }),
  timeZone: z.object({ name: z.string() }),
  historyMode: z.string(),
  files: z.array(
    z.object({ path: z.string(), rows: z.number(), kind: z.string() }),
  ),
  totals: z.object({ files: z.number(), rows: z.number() }),
  warnings: z.array(z.string()),
  // Checked entry by entry when shown: a broken one only loses its
  // translation, never the whole report. Optional: reports written before
  // it existed have none, and must stay listed (to download and delete).
  warningMessages: z.unknown().optional(),
});
export type StoredReport = z.infer<typeof StoredReportSchema>;

export interface StoredExport {
  folder: string;
  report: StoredReport;
}

export interface ExportListing {
  exports: StoredExport[];
  /** Folders without a readable, well-formed report.json. */
  unreadable: number;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

async function readReport(
  root: string,
  folder: string,
  guard: PathGuard,
): Promise<StoredReport> {
  const path = join(root, folder, "report.json");
  const text = (await guard.readFile(path, "dashboard")).toString("utf8");
  return StoredReportSchema.parse(JSON.parse(text));
}

/** Every export folder with its report, newest first. */
export async function listExports(
  root: string,
  guard: PathGuard,
): Promise<ExportListing> {
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return { exports: [], unreadable: 0 };
    throw error;
  }

  const exports: StoredExport[] = [];
  let unreadable = 0;
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    try {
      exports.push({
        folder: entry.name,
        report: await readReport(root, entry.name, guard),
      });
    } catch {
      // A folder without a usable report is counted and shown as a number,
      // not listed: the page only offers actions on real exports.
      unreadable += 1;
    }
  }
  exports.sort((a, b) =>
    b.report.generatedAt.localeCompare(a.report.generatedAt),
  );
  return { exports, unreadable };
}

/** Finds an export folder by name; 404 unless it holds a valid report. */
export async function findExport(
  root: string,
  folder: string,
  guard: PathGuard,
): Promise<StoredExport> {
  try {
    return { folder, report: await readReport(root, folder, guard) };
  } catch (error) {
    if (error instanceof SecurityError) throw error;
    throw new HttpError(404, "No such export.", { cause: error });
  }
}

/**
 * Reads one file of an export. Only the files its report lists (and the
 * report itself) can be downloaded, and the path guard checks the result.
 */
export async function readExportFile(
  root: string,
  folder: string,
  filePath: string,
  guard: PathGuard,
): Promise<Buffer> {
  const found = await findExport(root, folder, guard);
  const isListed =
    filePath === "report.json" ||
    found.report.files.some((file) => file.path === filePath);
  if (!isListed) throw new HttpError(404, "No such file in this export.");

  return guard.readFile(join(root, folder, filePath), "dashboard");
}

/**
 * Removes an export: the files its report lists, the report, and the folder
 * once nothing else is left. A file the export did not write is never
 * deleted; such a folder keeps it and says so (409).
 */
export async function deleteExport(
  root: string,
  folder: string,
  guard: PathGuard,
): Promise<void> {
  const found = await findExport(root, folder, guard);
  const path = await guard.checkPath(join(root, folder), "dashboard", "write");
  const stats = await lstat(path);
  if (!stats.isDirectory()) throw new HttpError(404, "No such export.");

  const own = new Set([
    "report.json",
    ...found.report.files.map((file) => file.path),
  ]);
  const present = await listFiles(path);
  if (present.some((file) => !own.has(file))) {
    throw new HttpError(
      409,
      "This folder holds files the export did not write; remove them first.",
    );
  }
  await rm(path, { recursive: true });
}

/** Every file under `folder`, as paths relative to it with "/" separators. */
async function listFiles(folder: string, prefix = ""): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(folder, prefix), {
    withFileTypes: true,
  })) {
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(folder, relative)));
    else files.push(relative);
  }
  return files;
}
