import assert from "node:assert/strict";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";

import { makeTempDir } from "../../test/support/temp.js";

import { createLogger, type LoggerOptions } from "./logger.js";
import { DEFAULT_LOGGING_SETTINGS, type LoggingSettings } from "./settings.js";

const NOW = new Date("2026-01-02T03:04:05Z");

function captureLogger(
  settings: Partial<LoggingSettings>,
  extra: Partial<LoggerOptions> = {},
) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const logger = createLogger({
    settings: { ...DEFAULT_LOGGING_SETTINGS, ...settings },
    stream,
    isTty: false,
    baseDir: "/nonexistent-base",
    fileMode: 0o640,
    dirMode: 0o750,
    now: () => NOW,
    ...extra,
  });
  return {
    logger,
    read: () => Buffer.concat(chunks).toString("utf8"),
  };
}

describe("logger: output formats", () => {
  it("writes one readable line per event on a terminal", () => {
    const { logger, read } = captureLogger({});
    logger.info("Next run at 02:30", { run: 3, zone: "Europe/Paris" });
    logger.warn("Run skipped", { reason: "still running" });
    assert.equal(
      read(),
      '2026-01-02T03:04:05.000Z INFO  Next run at 02:30 run=3 zone=Europe/Paris\n2026-01-02T03:04:05.000Z WARN  Run skipped reason="still running"\n',
    );
  });

  it("writes JSON lines when the format is json", () => {
    const { logger, read } = captureLogger({ format: "json" });
    logger.error("Run failed", { run: 2, error: new Error("disk full") });
    assert.deepEqual(JSON.parse(read()), {
      level: "error",
      time: "2026-01-02T03:04:05.000Z",
      msg: "Run failed",
      run: 2,
      error: { name: "Error", message: "disk full" },
    });
  });

  it("drops events below the configured level", () => {
    const { logger, read } = captureLogger({ level: "warn" });
    logger.debug("detail");
    logger.info("progress");
    logger.warn("careful");
    assert.equal(read(), "2026-01-02T03:04:05.000Z WARN  careful\n");
  });

  it("shows only the chosen levels on the terminal, and all in the file", async () => {
    const dir = await makeTempDir();
    const { logger, read } = captureLogger(
      { level: "debug", file: join(dir, "app.log") },
      { terminalLevels: ["debug"] },
    );
    logger.debug("page fetched");
    logger.info('"level":"debug" in a message does not fool the filter');
    logger.warn("careful");
    await logger.close();
    assert.equal(read(), "2026-01-02T03:04:05.000Z DEBUG page fetched\n");
    const filed = (await readFile(join(dir, "app.log"), "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { level: string }).level);
    assert.deepEqual(filed, ["debug", "info", "warn"]);
  });

  it("shows nothing on the terminal with no terminal levels", () => {
    const { logger, read } = captureLogger(
      { format: "json" },
      { terminalLevels: [] },
    );
    logger.error("only for the file");
    assert.equal(read(), "");
  });

  it("adds child bindings to every line", () => {
    const { logger, read } = captureLogger({ format: "json" });
    logger.child({ run: 7 }).info("Run started");
    assert.equal(
      read(),
      '{"level":"info","time":"2026-01-02T03:04:05.000Z","run":7,"msg":"Run started"}\n',
    );
  });
});

describe("logger: secrets", () => {
  const SECRET_HEX = "a".repeat(64);
  const CLIENT_SECRET = "client-secret-value-99";

  it("masks secrets in messages, fields and bindings whatever the caller passes", async () => {
    const dir = await makeTempDir();
    const { logger, read } = captureLogger(
      { format: "json", file: "logs/app.log" },
      { baseDir: dir, knownSecrets: [CLIENT_SECRET] },
    );
    const child = logger.child({ refreshToken: "refresh-secret-123456" });
    child.info(`Calling with Authorization: Bearer ${SECRET_HEX}`, {
      headers: { authorization: "Bearer abcdefgh12345678" },
      client_secret: CLIENT_SECRET,
      options: { body: `client_secret=${CLIENT_SECRET}&code=oauth-code-1` },
      note: `the app secret is ${CLIENT_SECRET}`,
      error: new Error(`refused token ${SECRET_HEX}`),
      access_token: SECRET_HEX,
    });
    await logger.close();

    const fileText = await readFile(join(dir, "logs/app.log"), "utf8");
    for (const text of [read(), fileText]) {
      for (const secret of [
        SECRET_HEX,
        CLIENT_SECRET,
        "abcdefgh12345678",
        "refresh-secret-123456",
        "oauth-code-1",
      ]) {
        assert.ok(!text.includes(secret), `${secret} leaked: ${text}`);
      }
      assert.ok(text.includes("[secret]"));
    }
  });
});

describe("logger: file", () => {
  it("rotates the file by size and keeps only max_files old ones", async () => {
    const dir = await makeTempDir();
    const { logger } = captureLogger(
      {
        level: "info",
        file: "logs/app.log",
        maxSizeBytes: 1024,
        maxFiles: 2,
        format: "json",
      },
      { baseDir: dir },
    );
    for (let index = 0; index < 120; index += 1)
      logger.info(`line ${index}`, { padding: "x".repeat(40) });
    await logger.close();

    const names = (await readdir(join(dir, "logs"))).sort();
    assert.deepEqual(names, ["app.log", "app.log.1", "app.log.2"]);
    for (const name of names) {
      const info = await stat(join(dir, "logs", name));
      assert.ok(info.size <= 1024 + 200, `${name} is ${info.size} bytes`);
      assert.equal(info.mode & 0o777, 0o640, name);
    }
    // The newest lines are in app.log, or in app.log.1 when the last write
    // itself filled the file and left a fresh, empty app.log.
    const recent = await Promise.all(
      ["app.log.1", "app.log"].map((name) =>
        readFile(join(dir, "logs", name), "utf8"),
      ),
    );
    const lastLine = recent.join("").trimEnd().split("\n").at(-1) ?? "";
    assert.match(lastLine, /"msg":"line 119"/);
  });
});

describe("logger: a log file that cannot be written", () => {
  async function waitForLine(read: () => string): Promise<string> {
    for (let attempt = 0; attempt < 100 && !read().includes("\n"); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return read();
  }

  it("says so once on the stream, in English unless told otherwise", async () => {
    const dir = await makeTempDir();
    const file = join(dir, "app.log");
    await mkdir(file);
    const { logger, read } = captureLogger({ file, level: "error" });
    const line = await waitForLine(read);
    await logger.close();
    assert.equal(
      line,
      `Warning: the log file "${file}" could not be written (Can't write on: ${file} (it is not a file)); the command goes on without it.\n`,
    );
  });

  it("writes the caller's sentence, given the path and the reason", async () => {
    const dir = await makeTempDir();
    const file = join(dir, "app.log");
    await mkdir(file);
    const { logger, read } = captureLogger(
      { file, level: "error" },
      { describeFileFailure: (path, reason) => `[${path}] [${reason}]` },
    );
    const line = await waitForLine(read);
    await logger.close();
    assert.equal(
      line,
      `[${file}] [Can't write on: ${file} (it is not a file)]\n`,
    );
  });

  it("goes on without the file when its folder cannot be created", async () => {
    const dir = await makeTempDir();
    // A file where the log folder should be: mkdir fails with EEXIST.
    await writeFile(join(dir, "input.zip"), "not a folder");
    const file = join(dir, "input.zip", "app.log");
    const { logger, read } = captureLogger(
      { file, level: "info" },
      { terminalLevels: [] },
    );
    logger.info("still logging");
    await logger.close();
    assert.equal(
      read(),
      `Warning: the log file "${file}" could not be written (EEXIST: file already exists, mkdir '${join(dir, "input.zip")}'); the command goes on without it.\n`,
    );
  });

  it("reports a file that could not be checked, and opens nothing", async () => {
    const dir = await makeTempDir();
    const file = join(dir, "logs", "app.log");
    const { logger, read } = captureLogger(
      { file, level: "info" },
      { fileFailure: new Error("EACCES: permission denied, realpath") },
    );
    await logger.close();
    assert.equal(
      read(),
      `Warning: the log file "${file}" could not be written (EACCES: permission denied, realpath); the command goes on without it.\n`,
    );
    await assert.rejects(stat(join(dir, "logs")), { code: "ENOENT" });
  });

  // A folder whose name forges a JSON line and sets the terminal's title.
  const FORGED_NAME =
    'x\n{"level":"error","msg":"forged"}\u001b]0;owned\u0007\u202e.log';

  it("keeps the path and reason on one printable line in the text format", async () => {
    const dir = await makeTempDir();
    const file = join(dir, FORGED_NAME);
    await mkdir(file);
    const { logger, read } = captureLogger({ file, level: "error" });
    const text = await waitForLine(read);
    await logger.close();
    const shown = join(dir, 'x{"level":"error","msg":"forged"}.log');
    assert.equal(
      text,
      `Warning: the log file "${shown}" could not be written (Can't write on: ${shown} (it is not a file)); the command goes on without it.\n`,
    );
  });

  it("reports the lost file as one JSON log line in the json format", async () => {
    const dir = await makeTempDir();
    const file = join(dir, FORGED_NAME);
    await mkdir(file);
    const { logger, read } = captureLogger({ file, format: "json" });
    await waitForLine(read);
    logger.info("after the failure");
    await logger.close();
    const lines = read().trimEnd().split("\n");
    assert.equal(lines.length, 2, read());
    // eslint-disable-next-line no-control-regex -- the point is to find control characters
    assert.doesNotMatch(read(), /[\u0007\u001b\u202e]/);
    const shown = join(dir, 'x{"level":"error","msg":"forged"}.log');
    assert.deepEqual(JSON.parse(lines[0] ?? ""), {
      level: "warn",
      time: "2026-01-02T03:04:05.000Z",
      msg: "The log file could not be written; the command goes on without it.",
      path: shown,
      reason: `Can't write on: ${shown} (it is not a file)`,
    });
    assert.equal(
      (JSON.parse(lines[1] ?? "") as { msg: string }).msg,
      "after the failure",
    );
  });
});
