import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { link, mkdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { makeTempDir, writeTree } from "../../test/support/temp.js";
import {
  DEFAULT_FILESYSTEM_SETTINGS,
  PathGuard,
  type FilesystemSettings,
} from "../security/index.js";
import { UsageError } from "../shared/index.js";

import { checkLogFile, type LogFileRules } from "./log-file.js";

const LOG_LINE =
  '{"level":"info","time":"2026-01-02T03:04:05.000Z","msg":"Export started"}\n';

/** Rules as a command in `cwd` with the default config layout sees them. */
function rulesIn(
  cwd: string,
  settings: Partial<FilesystemSettings> = {},
): LogFileRules {
  const guardSettings = { ...DEFAULT_FILESYSTEM_SETTINGS, ...settings };
  return {
    guard: new PathGuard(guardSettings, { baseDir: cwd }),
    baseDir: cwd,
    toolFiles: [
      { role: "config", path: join(cwd, "config/config.toml") },
      { role: "credentials", path: join(cwd, "config/credentials.enc") },
      { role: "keyFile", path: join(cwd, "config/credentials.enc.key") },
      { role: "exportState", path: join(cwd, "exports/.export-state.json") },
      {
        role: "scheduleStatus",
        path: join(cwd, "exports/.schedule-status.json"),
      },
      { role: "lock", path: join(cwd, "exports/.export.lock") },
    ],
    auditDirectory: join(cwd, "config/logs/audit"),
  };
}

function refusal(message: string) {
  return (error: unknown) =>
    error instanceof UsageError && error.message === message;
}

const TOOL_FILES = [
  ["config/config.toml", "the config file"],
  ["config/credentials.enc", "the credentials file"],
  ["config/credentials.enc.key", "the key file of the credentials file"],
  ["exports/.export-state.json", "the export state file"],
  ["exports/.schedule-status.json", "the scheduler status file"],
  ["exports/.export.lock", "the export lock file"],
] as const;

describe("checkLogFile: the tool's own files", () => {
  for (const [file, role] of TOOL_FILES) {
    it(`refuses ${role}, whether it exists or not`, async () => {
      const cwd = await makeTempDir();
      const path = join(cwd, file);
      const expected = `Refusing to write the log to "${path}": it is ${role} "${path}", and log lines would damage that file. Set file in the [logging] section of the config file to a file of its own, such as "logs/export-trakt.log".`;

      await assert.rejects(checkLogFile(file, rulesIn(cwd)), refusal(expected));
      await writeTree(cwd, { [file]: LOG_LINE });
      await assert.rejects(checkLogFile(file, rulesIn(cwd)), refusal(expected));
    });
  }

  it("refuses another name for the credentials file (a hard link)", async () => {
    const cwd = await makeTempDir();
    await writeTree(cwd, { "config/credentials.enc": LOG_LINE });
    await mkdir(join(cwd, "logs"));
    await link(join(cwd, "config/credentials.enc"), join(cwd, "logs/app.log"));

    await assert.rejects(
      checkLogFile("logs/app.log", rulesIn(cwd)),
      refusal(
        `Refusing to write the log to "${join(cwd, "logs/app.log")}": it is the credentials file "${join(cwd, "config/credentials.enc")}", and log lines would damage that file. Set file in the [logging] section of the config file to a file of its own, such as "logs/export-trakt.log".`,
      ),
    );
  });

  it("refuses a link to the key file when links are not checked", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "logs"));
    await symlink(
      join(cwd, "config/credentials.enc.key"),
      join(cwd, "logs/app.log"),
    );

    await assert.rejects(
      checkLogFile("logs/app.log", rulesIn(cwd, { checkSymlinks: false })),
      refusal(
        `Refusing to write the log to "${join(cwd, "logs/app.log")}": it is the key file of the credentials file "${join(cwd, "config/credentials.enc.key")}", and log lines would damage that file. Set file in the [logging] section of the config file to a file of its own, such as "logs/export-trakt.log".`,
      ),
    );
  });

  it("refuses a file inside the audit folder, even one not there yet", async () => {
    const cwd = await makeTempDir();
    const path = join(cwd, "config/logs/audit/new/app.log");

    await assert.rejects(
      checkLogFile("config/logs/audit/new/app.log", rulesIn(cwd)),
      refusal(
        `Refusing to write the log to "${path}": it is inside the audit log folder "${join(cwd, "config/logs/audit")}", whose files only the audit log may write. Set file in the [logging] section of the config file to a path outside it, such as "logs/export-trakt.log".`,
      ),
    );
  });

  it("leaves a refusal of the path guard as it is", async () => {
    const cwd = await makeTempDir();
    await assert.rejects(checkLogFile("../elsewhere.log", rulesIn(cwd)), {
      name: "SecurityError",
    });
  });
});

describe("checkLogFile: what is already there", () => {
  const notALog = (path: string) =>
    refusal(
      `Refusing to write the log to "${path}": a file is already there and it is not a log (its first line is not a JSON log line with "level" and "time"). Set file in the [logging] section of the config file to another path, or move that file away.`,
    );

  for (const [name, content] of [
    ["a text file", "hello\n"],
    ["a CSV file", "Title,Year\nHeat,1995\n"],
    ["JSON that is not a log line", '{"version":1,"pid":42}\n'],
    ["an audit record", '{"timestamp":"2026-01-02","severity":"low"}\n'],
    ["a JSON array", '["level","time"]\n'],
    [
      "a single line over 1 MiB",
      `{"level":"info","time":"${"x".repeat(1024 * 1024)}"}`,
    ],
  ] as const) {
    it(`refuses ${name}`, async () => {
      const cwd = await makeTempDir();
      await writeTree(cwd, { "logs/app.log": content });
      await assert.rejects(
        checkLogFile("logs/app.log", rulesIn(cwd)),
        notALog(join(cwd, "logs/app.log")),
      );
    });
  }

  it("refuses a FIFO without waiting for a writer", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "logs"));
    const made = spawnSync("mkfifo", [join(cwd, "logs/app.log")]);
    assert.equal(made.status, 0, "mkfifo (coreutils) is needed here");
    await assert.rejects(
      checkLogFile("logs/app.log", rulesIn(cwd)),
      notALog(join(cwd, "logs/app.log")),
    );
  });

  for (const [name, content] of [
    ["a log this tool wrote", LOG_LINE + LOG_LINE],
    ["a log of another pino logger", '{"level":30,"time":1767323045000}\n'],
    ["an empty file", ""],
    ["a log whose only line has no newline yet", LOG_LINE.trimEnd()],
  ] as const) {
    it(`accepts ${name}`, async () => {
      const cwd = await makeTempDir();
      await writeTree(cwd, { "logs/app.log": content });
      assert.deepEqual(await checkLogFile("logs/app.log", rulesIn(cwd)), {
        path: join(cwd, "logs/app.log"),
        failure: undefined,
      });
    });
  }

  it("accepts a path where nothing is, folders included", async () => {
    const cwd = await makeTempDir();
    assert.deepEqual(await checkLogFile("logs/new/app.log", rulesIn(cwd)), {
      path: join(cwd, "logs/new/app.log"),
      failure: undefined,
    });
  });

  it("leaves a folder at the path to fail when it is opened", async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, "logs/app.log"), { recursive: true });
    const checked = await checkLogFile("logs/app.log", rulesIn(cwd));
    assert.equal(checked.failure, undefined);
  });
});
