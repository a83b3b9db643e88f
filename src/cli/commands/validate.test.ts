import * as assert from "node:assert/strict";
import { chmod, mkdir, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";

import { runCliForTest } from "../../../test/support/cli.js";
import { makeTempDir } from "../../../test/support/temp.js";
import type { OpenKeyringEntry } from "../../security/index.js";

const unreachableKeyring: OpenKeyringEntry = () =>
  Promise.reject(new Error("no Secret Service on this bus"));

const reachableKeyring: OpenKeyringEntry = () =>
  Promise.resolve({
    getPassword: () => Promise.resolve(null),
    setPassword: () => Promise.resolve(),
    deletePassword: () => Promise.resolve(false),
  });

const FILE_BACKEND = `[security]
keyring_backend = "file"
`;

async function validate(
  argv: string[],
  options: {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    keyring?: OpenKeyringEntry;
  },
) {
  return runCliForTest(["validate", ...argv], {
    cwd: options.cwd,
    env: { HOME: options.cwd, ...options.env },
    openKeyringEntry: options.keyring ?? unreachableKeyring,
  });
}

describe("export-trakt validate", () => {
  it("rates the default set-up high when the system keyring is unreachable", async () => {
    const cwd = await makeTempDir();
    const result = await validate(["--security"], { cwd });

    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      [
        "ok      config: No config file: the built-in defaults apply, with every protection on.",
        'note    keyring: The operating system\'s keyring is not reachable (no Secret Service on this bus), so nothing is stored there yet. Start a Secret Service, or set keyring_backend = "file" to store credentials in an encrypted file.',
        `note    key_source: No ENCRYPTION_KEY or ENCRYPTION_PASSPHRASE: "export --encrypt" would use the key file "${cwd}/credentials.enc.key".`,
        `ok      file_modes: The audit folder "${cwd}/logs/audit" has mode 0750.`,
        "ok      https: Only HTTPS requests are allowed.",
        "ok      https: TLS 1.2 or later is required.",
        "ok      https: Requests go only to api.trakt.tv, auth.trakt.tv.",
        `ok      audit: Audit logging is on in "${cwd}/logs/audit", files kept 90 days.`,
        "note    audit: The hash chain shows lines edited, inserted or removed by hand, but it has no secret key: someone who can write the audit folder can rewrite the whole chain.",
        "ok      rate_limit: Rate limiting is on: trakt_api 120/min (burst 350), auth 60/min (burst 5), default 60/min (burst 10).",
        "Security rating: high (0 errors, 0 warnings).",
        "",
      ].join("\n"),
    );
  });

  it("rates the default set-up high when the system keyring answers", async () => {
    const cwd = await makeTempDir();
    const result = await validate(["--security"], {
      cwd,
      keyring: reachableKeyring,
    });

    assert.equal(result.code, 0);
    assert.match(
      result.stdout,
      /^ok {6}keyring: Credentials are kept in the operating system's keyring, which is reachable\.$/m,
    );
    assert.match(result.stdout, /Security rating: high /);
  });

  it("prints a stable JSON report", async () => {
    const cwd = await makeTempDir();
    const result = await validate(["--security", "--json"], { cwd });
    const report = JSON.parse(result.stdout) as Record<string, unknown>;

    assert.deepEqual(Object.keys(report), [
      "schemaVersion",
      "configPath",
      "rating",
      "counts",
      "findings",
      "fixed",
    ]);
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.configPath, null);
    assert.equal(report.rating, "high");
    assert.deepEqual(report.counts, { ok: 7, info: 3, warning: 0, error: 0 });
    const findings = report.findings as Record<string, unknown>[];
    assert.deepEqual(Object.keys(findings[0] ?? {}), [
      "area",
      "level",
      "message",
    ]);
  });

  it("fails on a config file others can read, and --fix corrects it", async () => {
    const cwd = await makeTempDir();
    const config = join(cwd, "config.toml");
    await writeFile(config, FILE_BACKEND);
    await chmod(config, 0o644);
    const env = { ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") };

    const failed = await validate(["--security", "--config", config], {
      cwd,
      env,
    });
    assert.equal(failed.code, 1);
    assert.ok(
      failed.stdout
        .split("\n")
        .includes(
          `error   file_modes: The config file "${config}" has mode 0644, more open than 0600. Run "export-trakt validate --security --fix".`,
        ),
    );
    assert.match(failed.stdout, /Security rating: low \(1 error, /);
    assert.equal(
      failed.stderr,
      'Error: The security check found 1 error, listed above. Fix it (file modes with --fix) and run "export-trakt validate --security" again.\n',
    );

    const fixed = await validate(["--security", "--fix", "--config", config], {
      cwd,
      env,
    });
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.ok(
      fixed.stdout.includes(
        `The config file "${config}" had mode 0644; fixed to 0600.`,
      ),
    );
    assert.equal((await stat(config)).mode & 0o777, 0o600);
  });

  it("never changes a mode through a symbolic link", async () => {
    const cwd = await makeTempDir();
    const target = join(cwd, "elsewhere.toml");
    await writeFile(target, FILE_BACKEND);
    await chmod(target, 0o644);
    await mkdir(join(cwd, "config"));
    const link = join(cwd, "config", "credentials.enc");
    await symlink(target, link);
    const config = join(cwd, "config", "config.toml");
    await writeFile(config, FILE_BACKEND, { mode: 0o600 });

    const result = await validate(["--security", "--fix", "--config", config], {
      cwd,
    });

    assert.equal(result.code, 1);
    assert.ok(
      result.stdout.includes(
        `error   file_modes: Refusing to check "${link}": it is not a regular file.`,
      ),
    );
    assert.equal((await stat(target)).mode & 0o777, 0o644);
  });

  it("rates weaker choices medium and names each reason", async () => {
    const cwd = await makeTempDir();
    const config = join(cwd, "config.toml");
    await writeFile(
      config,
      `${FILE_BACKEND}audit_logging = false\nrate_limit_enabled = false\n`,
      { mode: 0o600 },
    );

    const result = await validate(["--security", "--config", config], {
      cwd,
    });

    assert.equal(result.code, 0);
    const warnings = result.stdout
      .split("\n")
      .filter((line) => line.startsWith("warning"));
    assert.deepEqual(warnings, [
      `warning key_source: The key comes from the key file "${cwd}/credentials.enc.key" beside the credentials file: it only protects against someone who gets the credentials file alone. Set ENCRYPTION_KEY and run "export-trakt credentials rotate-key --to env-key", or use a passphrase with --to passphrase.`,
      "warning audit: Audit logging is off: credential use and exports leave no record. Set security.audit_logging = true.",
      "warning rate_limit: Rate limiting is off: a loop or a retry storm can exhaust the Trakt API quota. Set security.rate_limit_enabled = true.",
    ]);
    assert.match(result.stdout, /Security rating: medium /);
  });

  it("fails on plain HTTP and a malformed ENCRYPTION_KEY", async () => {
    const cwd = await makeTempDir();
    const config = join(cwd, "config.toml");
    await writeFile(config, "[security]\nrequire_https = false\n", {
      mode: 0o600,
    });
    const shortKey = Buffer.alloc(31, 1).toString("base64");

    const result = await validate(["--security", "--config", config], {
      cwd,
      env: { ENCRYPTION_KEY: shortKey },
    });

    assert.equal(result.code, 1);
    const errors = result.stdout
      .split("\n")
      .filter((line) => line.startsWith("error"));
    assert.deepEqual(errors, [
      'error   key_source: ENCRYPTION_KEY decodes to 31 bytes, but it must be the base64 encoding of exactly 32 bytes; create one with "openssl rand -base64 32".',
      "error   https: require_https = false: requests may use plain HTTP, where tokens can be read on the network. Set security.require_https = true.",
    ]);
    assert.ok(!(result.stdout + result.stderr).includes(shortKey));
  });

  it("describes the Trakt addresses the config really sends requests to", async () => {
    const cwd = await makeTempDir();
    const config = join(cwd, "config.toml");
    await writeFile(
      config,
      '[trakt]\napi_base_url = "http://127.0.0.1:8765"\nauth_base_url = "https://auth.example.org"\n',
      { mode: 0o600 },
    );

    const result = await validate(["--security", "--config", config], { cwd });

    const lines = result.stdout.split("\n");
    assert.ok(
      lines.includes(
        "note    https: trakt.api_base_url is http://127.0.0.1:8765: requests go to a server on this machine (such as the sandbox), over plain HTTP, whatever allowed_hosts says.",
      ),
      result.stdout,
    );
    assert.ok(
      lines.includes(
        "error   https: trakt.auth_base_url is https://auth.example.org, but auth.example.org is not in security.https.allowed_hosts: every request to it will be refused. Add the host there or fix the URL.",
      ),
      result.stdout,
    );
    assert.equal(result.code, 1);
  });

  it("reports a broken config as a usage error", async () => {
    const cwd = await makeTempDir();
    const config = join(cwd, "config.toml");
    await writeFile(config, '[security]\nkeyring_backend = "vault"\n');

    const result = await validate(["--security", "--config", config], {
      cwd,
    });

    assert.equal(result.code, 2);
    assert.equal(
      result.stderr,
      [
        `Error: The config file "${config}" has 1 problem:`,
        '  - security.keyring_backend: must be one of "system", "env", "file"; got "vault".',
        "Fix it and run the command again.",
        "",
      ].join("\n"),
    );
  });

  it("checks the config alone without --security, and refuses a lone --fix", async () => {
    const cwd = await makeTempDir();
    const plain = await validate([], { cwd });
    assert.equal(plain.code, 0);
    assert.equal(
      plain.stdout,
      "The configuration is valid (no config file, built-in defaults).\n",
    );

    const fix = await validate(["--fix"], { cwd });
    assert.equal(fix.code, 2);
    assert.equal(
      fix.stderr,
      'Error: --fix corrects what the security check finds; use "export-trakt validate --security --fix".\n',
    );
  });
});
