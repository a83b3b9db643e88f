import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { englishOf } from "../i18n/index.js";
import { UsageError } from "../shared/index.js";

import { parseConfigText } from "./parse.js";
import { CONFIG_TEMPLATE } from "./template.js";

const OPTIONS = { env: {}, cwd: "/work", configPath: "/work/config/c.toml" };

function problemsOf(text: string, env: Record<string, string> = {}): string {
  try {
    parseConfigText(text, { ...OPTIONS, env });
  } catch (error) {
    assert.ok(error instanceof UsageError);
    return error.message;
  }
  assert.fail("expected the config to be refused");
}

function singleProblem(text: string, env: Record<string, string> = {}) {
  const message = problemsOf(text, env);
  const lines = message.split("\n");
  assert.equal(
    lines[0],
    'The config file "/work/config/c.toml" has 1 problem:',
  );
  assert.equal(lines[2], "Fix it and run the command again.");
  return lines[1]?.replace(/^ {2}- /, "");
}

describe("parseConfigText defaults", () => {
  it("fills every section with the secure defaults when the file is empty", () => {
    const { config, warnings } = parseConfigText("", OPTIONS);

    assert.deepEqual(warnings, []);
    assert.equal(config.trakt.apiBaseUrl, "https://api.trakt.tv");
    assert.equal(config.trakt.authBaseUrl, "https://auth.trakt.tv");
    assert.equal(config.export.outputDir, "/work/exports");
    assert.equal(config.export.historyMode, "individual");
    assert.equal(config.security.keyringBackend, "system");
    assert.equal(config.security.requireHttps, true);
    assert.equal(
      config.security.keyring.filePath,
      "/work/config/credentials.enc",
    );
    assert.equal(config.security.audit.directory, "/work/config/logs/audit");
    assert.equal(config.security.filesystem.configFileMode, 0o600);
    assert.equal(config.security.filesystem.directoryMode, 0o750);
    assert.equal(config.security.https.tlsMinVersion, "TLSv1.2");
    assert.deepEqual(config.security.https.allowedHosts, [
      "api.trakt.tv",
      "auth.trakt.tv",
    ]);
    assert.equal(config.security.https.allowInsecure, false);
    assert.equal(
      config.security.rateLimit.limits.trakt_api?.burstCapacity,
      350,
    );
  });

  it("anchors the credentials file at the working folder without a config file", () => {
    const { config } = parseConfigText("", {
      ...OPTIONS,
      configPath: undefined,
    });

    assert.equal(config.security.keyring.filePath, "/work/credentials.enc");
  });

  it("reads the config init template as exactly the defaults", () => {
    const fromTemplate = parseConfigText(CONFIG_TEMPLATE, OPTIONS);
    const fromNothing = parseConfigText("", OPTIONS);

    assert.deepEqual(fromTemplate, fromNothing);
  });

  it("reads [schedule] cron and refuses an expression the scheduler cannot run", () => {
    const parsed = parseConfigText('[schedule]\ncron = "30 2 * * *"\n', {
      ...OPTIONS,
    });
    assert.equal(parsed.config.schedule.cron, "30 2 * * *");
    assert.equal(
      singleProblem('[schedule]\ncron = "61 * * * *"\n')?.startsWith(
        'schedule.cron: The schedule "61 * * * *" is not valid:',
      ),
      true,
    );
  });

  it("keeps unknown keys outside [security] as warnings", () => {
    const { warnings } = parseConfigText(
      '[logging]\nrotation = "daily"\n',
      OPTIONS,
    );

    assert.deepEqual(warnings.map(englishOf), [
      "logging.rotation: unknown key; the keys allowed here are level, format, file, max_size, max_files.",
    ]);
  });
});

describe("parseConfigText secrets", () => {
  it("warns when the client secret is written in the file", () => {
    const { warnings } = parseConfigText(
      '[trakt]\nclient_secret = "abcdef0123456789"\n',
      OPTIONS,
    );

    assert.deepEqual(warnings.map(englishOf), [
      'trakt.client_secret: is written in the file itself; anyone who can read the file can use it. Store it with "export-trakt credentials set", or write "${TRAKT_CLIENT_SECRET}" and set that variable.',
    ]);
    assert.ok(!warnings.map(englishOf).join("").includes("abcdef0123456789"));
  });

  it("does not warn when the secret comes from the environment", () => {
    const { config, warnings } = parseConfigText(
      '[trakt]\nclient_secret = "${TRAKT_CLIENT_SECRET}"\n',
      { ...OPTIONS, env: { TRAKT_CLIENT_SECRET: "from-env" } },
    );

    assert.deepEqual(warnings, []);
    assert.equal(config.trakt.clientSecret, "from-env");
  });

  it("keeps secret variables out of keys whose values are shown", () => {
    assert.equal(
      singleProblem(
        '[security.keyring]\nfile_path = "${TRAKT_CLIENT_SECRET}"\n',
        {
          TRAKT_CLIENT_SECRET: "supersecretvalue",
        },
      ),
      "security.keyring.file_path: ${TRAKT_CLIENT_SECRET} holds a secret and cannot be used here, where it would be shown in messages; write the value itself.",
    );
    assert.equal(
      singleProblem('[security.audit]\ndirectory = "${ENCRYPTION_KEY}"\n', {
        ENCRYPTION_KEY: "a2V5",
      }),
      "security.audit.directory: ${ENCRYPTION_KEY} holds a secret and cannot be used here, where it would be shown in messages; write the value itself.",
    );
  });

  it("rejects a malformed variable reference", () => {
    assert.equal(
      singleProblem('[trakt]\nclient_id = "${1BAD}"\n'),
      'trakt.client_id: "${1BAD}" is not a valid variable reference; use ${NAME} with letters, digits and "_".',
    );
  });
});

describe("parseConfigText values", () => {
  const modeCases: [string, number][] = [
    ['"0600"', 0o600],
    ['"640"', 0o640],
    ["0o600", 0o600],
    ["0o755", 0o755],
  ];
  for (const [written, mode] of modeCases) {
    it(`accepts the file mode ${written}`, () => {
      const text = `[security.filesystem]\nconfig_file_mode = ${written}\n`;
      const { config } = parseConfigText(text, OPTIONS);

      assert.equal(config.security.filesystem.configFileMode, mode);
    });
  }

  const tlsCases: [string, string][] = [
    ["771", "TLSv1.2"],
    ["772", "TLSv1.3"],
    ['"1.2"', "TLSv1.2"],
    ['"1.3"', "TLSv1.3"],
  ];
  for (const [written, version] of tlsCases) {
    it(`accepts tls_min_version = ${written}`, () => {
      const text = `[security.https]\ntls_min_version = ${written}\n`;
      const { config } = parseConfigText(text, OPTIONS);

      assert.equal(config.security.https.tlsMinVersion, version);
    });
  }

  it("replaces ${VAR} references from the environment passed in", () => {
    const text = '[trakt]\nclient_id = "id-${SUFFIX}"\n';
    const { config } = parseConfigText(text, {
      ...OPTIONS,
      env: { SUFFIX: "abc" },
    });

    assert.equal(config.trakt.clientId, "id-abc");
  });

  it("converts durations, sizes and per-service limits", () => {
    const text = [
      "[security.https]",
      'timeout = "1m30s"',
      "[security.filesystem]",
      'max_file_size = "2MB"',
      "[security.rate_limit]",
      "default_limit = 30",
      "[security.rate_limit.limits.dashboard]",
      "burst_capacity = 2",
    ].join("\n");
    const { config } = parseConfigText(text, OPTIONS);

    assert.equal(config.security.https.timeoutMs, 90_000);
    assert.equal(config.security.filesystem.maxFileSizeBytes, 2 * 1024 ** 2);
    assert.deepEqual(config.security.rateLimit.limits.dashboard, {
      requestsPerMinute: 30,
      burstCapacity: 2,
      windowMs: 60_000,
    });
  });
});

describe("parseConfigText problems", () => {
  const cases: [string, string, string][] = [
    [
      "an unknown backend",
      '[security]\nkeyring_backend = "vault"\n',
      'security.keyring_backend: must be one of "system", "env", "file"; got "vault".',
    ],
    [
      "a quoted boolean",
      '[security]\nrequire_https = "yes"\n',
      'security.require_https: must be true or false (without quotes); got "yes".',
    ],
    [
      "a decimal 600 used as a mode",
      "[security.filesystem]\ndata_file_mode = 600\n",
      'security.filesystem.data_file_mode: must be a file mode written as a quoted string ("0600") or TOML octal (0o600); got 600.',
    ],
    [
      "an unsupported TLS version",
      "[security.https]\ntls_min_version = 770\n",
      'security.https.tls_min_version: must be one of 771, 772, "1.2", "1.3" (TLS 1.2 or 1.3); got 770.',
    ],
    [
      "an unset environment variable",
      '[trakt]\nclient_secret = "${TRAKT_SECRET}"\n',
      "trakt.client_secret: environment variable TRAKT_SECRET is not set; set it or replace ${TRAKT_SECRET} with a value.",
    ],
    [
      "a misspelt security key",
      "[security.https]\nrequre_https = false\n",
      "security.https.requre_https: unknown key; the keys allowed here are require_https, allow_insecure, tls_min_version, timeout, max_redirects, allowed_hosts, blocked_hosts, enable_hsts.",
    ],
    [
      "a host with a scheme",
      '[security.https]\nallowed_hosts = ["https://api.trakt.tv"]\n',
      'security.https.allowed_hosts[0]: must be a bare host name such as "api.trakt.tv" (no scheme, port or path); got "https://api.trakt.tv".',
    ],
    [
      "an out-of-range retention",
      "[security.audit]\nretention_days = 0\n",
      "security.audit.retention_days: must be a whole number from 1 to 3650; got 0.",
    ],
    [
      "a section that is not a table",
      "security = 1\n",
      "security: must be a table (a [section]).",
    ],
    [
      "two require_https switches that disagree",
      "[security]\nrequire_https = true\n[security.https]\nrequire_https = false\n",
      "security.require_https: is true but security.https.require_https is false; set them to the same value or remove one of them.",
    ],
    [
      "a file backend without encryption",
      '[security]\nencryption_enabled = false\nkeyring_backend = "file"\n',
      'security.encryption_enabled: must be true when security.keyring_backend is "file", because the credentials file is never written unencrypted; set keyring_backend to "system" or "env" instead.',
    ],
    [
      "a bad duration",
      '[security.https]\ntimeout = "soon"\n',
      'security.https.timeout: must be a quoted duration such as "30s", "5m" or "1m30s" (units ms, s, m, h), from 1s to 10m; got "soon".',
    ],
    [
      "a bad rate-limit service name",
      "[security.rate_limit.limits.Trakt]\nburst_capacity = 1\n",
      'security.rate_limit.limits.Trakt: service names use lower-case letters, digits and "_", such as "trakt_api".',
    ],
    [
      "an unknown history mode",
      '[export]\nhistory_mode = "all"\n',
      'export.history_mode: must be one of "individual", "aggregated"; got "all".',
    ],
    [
      "a base URL with a password, without quoting the password",
      '[trakt]\napi_base_url = "http://alice:hunter2secretpw@127.0.0.1:1/"\n',
      'trakt.api_base_url: must be an http(s) URL without user, query or fragment, such as "https://api.trakt.tv"; got "http://[secret]@127.0.0.1:1/".',
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(`reports ${name}`, () => {
      assert.equal(singleProblem(text), expected);
    });
  }

  it("lists every problem at once", () => {
    const text = [
      "[security]",
      'keyring_backend = "vault"',
      "[security.audit]",
      'output_format = "xml"',
    ].join("\n");

    assert.equal(
      problemsOf(text),
      [
        'The config file "/work/config/c.toml" has 2 problems:',
        '  - security.keyring_backend: must be one of "system", "env", "file"; got "vault".',
        '  - security.audit.output_format: must be one of "json", "text"; got "xml".',
        "Fix them and run the command again.",
      ].join("\n"),
    );
  });

  it("never quotes the client secret when its type is wrong", () => {
    const message = problemsOf("[trakt]\nclient_secret = 987654321\n");

    assert.ok(!message.includes("987654321"));
    assert.equal(
      singleProblem("[trakt]\nclient_secret = 987654321\n"),
      "trakt.client_secret: must be a quoted string; got a number.",
    );
  });

  it("explains the two accepted forms when a mode is a bare 0600", () => {
    const message = problemsOf(
      "[security.filesystem]\nconfig_file_mode = 0600\n",
    );

    assert.equal(
      message,
      'Could not read "/work/config/c.toml" as TOML: illegal leading zero (line 2, column 20). A number with a leading zero, such as a file mode written 0600, is not valid TOML: write it as a quoted string ("0600") or as TOML octal (0o600).',
    );
  });

  it("points at the broken place for other TOML syntax errors", () => {
    const message = problemsOf("[security\n");

    assert.match(
      message,
      /^Could not read "\/work\/config\/c\.toml" as TOML: .* \(line 1, column \d+\)\. Fix the syntax at that place and run the command again\.$/,
    );
  });
});
