import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { SAMPLE_ZIP } from "../../../test/support/paths.js";
import { makeTempDir } from "../../../test/support/temp.js";

const STARTED_AT = "2026-01-02T02:30:00.000Z";

/** Writes `exports/<name>` under `cwd` and returns its path. */
async function writeExportsFile(
  cwd: string,
  name: string,
  content: string,
): Promise<string> {
  const path = join(cwd, "exports", name);
  await mkdir(join(cwd, "exports"), { recursive: true });
  await writeFile(path, content);
  return path;
}

function lockOf(pid: number, purpose: string): string {
  const holder = {
    pid,
    hostname: hostname(),
    startedAt: STARTED_AT,
    purpose,
    token: "0123456789abcdef",
  };
  return `${JSON.stringify(holder)}\n`;
}

/** The pid of a process that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  assert.ok(child.pid !== undefined);
  return child.pid;
}

function exportSample(cwd: string, lang: string, extra: string[] = []) {
  return runCliForTest(["export", "--from", SAMPLE_ZIP, ...extra], {
    cwd,
    env: { LANG: lang, HOME: cwd },
  });
}

describe("export: the lock and the export state in the user's language", () => {
  it("names the lock file, its process and host in German while another export runs", async () => {
    const cwd = await makeTempDir();
    // Another live process: the test runner that started this file. This
    // process's own id would count as an earlier process that reused it.
    const lock = lockOf(process.ppid, "scheduled");
    const path = await writeExportsFile(cwd, ".export.lock", lock);

    const result = await exportSample(cwd, "de_DE.UTF-8");

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Fehler: Ein anderer Export läuft: Die Sperrdatei „${path}“ gehört Prozess ${process.ppid} auf ${hostname()} (geplanter Export, gestartet ${STARTED_AT}). Warten Sie, bis er fertig ist; gibt es diesen Prozess nicht mehr, löschen Sie die Sperrdatei und versuchen Sie es erneut.\n`,
    );
    assert.deepEqual(await readdir(join(cwd, "exports")), [".export.lock"]);
  });

  it("refuses a lock file it did not write, in French", async () => {
    const cwd = await makeTempDir();
    const path = await writeExportsFile(cwd, ".export.lock", "busy\n");

    const result = await exportSample(cwd, "fr_FR.UTF-8");

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Erreur : Un autre export est peut-être en cours : le fichier de verrou « ${path} » existe, mais ce n'est pas un verrou écrit par cet outil. Si aucun export n'est en cours, supprimez-le et réessayez.\n`,
    );
  });

  it("warns in Spanish when it replaces the lock of a process that is gone", async () => {
    const cwd = await makeTempDir();
    const pid = await deadPid();
    const path = await writeExportsFile(
      cwd,
      ".export.lock",
      lockOf(pid, "manual"),
    );

    const result = await exportSample(cwd, "es_ES.UTF-8");

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stderr.split("\n")[0],
      `Aviso: Se sustituyó el bloqueo de exportación abandonado «${path}»: el proceso ${pid} en ${hostname()} (exportación manual iniciada el ${STARTED_AT}) ya no está en marcha.`,
    );
  });

  it("names a damaged export state and the way out in French with --since last", async () => {
    const cwd = await makeTempDir();
    const path = await writeExportsFile(cwd, ".export-state.json", "{oops");

    const result = await exportSample(cwd, "fr_FR.UTF-8", ["--since", "last"]);

    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `Erreur : L'état d'export « ${path} » est endommagé. Supprimez-le pour que le prochain export soit complet.\n`,
    );
    assert.deepEqual(
      (await readdir(join(cwd, "exports"))).sort(),
      [".export-state.json"],
      "nothing is exported and the lock is released",
    );
  });
});
