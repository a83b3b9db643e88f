/**
 * The commented file `config init` writes. Every active value equals the
 * built-in default, so a fresh file behaves exactly like no file at all.
 */
export const CONFIG_TEMPLATE = `# export-trakt configuration.
# Reference: docs/configuration.md. Any string may use \${NAME} to take its
# value from the environment; an unset variable stops the run with an error.
# Relative paths are resolved from the working folder, except
# security.keyring.file_path and security.audit.directory, which are
# resolved from the folder of this file.

[trakt]
# Keep secrets out of this file: use "export-trakt credentials set", or
# reference environment variables.
# client_id = "\${TRAKT_CLIENT_ID}"
# client_secret = "\${TRAKT_CLIENT_SECRET}"
api_base_url = "https://api.trakt.tv"
auth_base_url = "https://auth.trakt.tv"

[export]
# timezone = "Europe/Paris"     # IANA name; default: the Trakt account's, else this computer's
history_mode = "individual"      # individual | aggregated
output_dir = "exports"
types = ["watched", "watchlist", "lists"]  # also: "collection"

[logging]
level = "info"                   # debug | info | warn | error
format = "text"                  # text | json
# file = "logs/export-trakt.log"
# max_size = "10MB"               # rotate the log file past this size
# max_files = 5                   # rotated files kept

[i18n]
# language = "fr"                # en | fr | de | es; default: the locale (LANG), else English

[security]
encryption_enabled = true
keyring_backend = "system"       # system | env | file
audit_logging = true
rate_limit_enabled = true
require_https = true

[security.keyring]
service_name = "export_trakt_4_letterboxd"
username = "default"
file_path = "credentials.enc"    # used by keyring_backend = "file"

[security.audit]
log_level = "info"               # debug | info | warn | error
retention_days = 90
include_sensitive = false        # never includes secrets, even when true
output_format = "json"           # json | text
directory = "logs/audit"

[security.rate_limit]
default_limit = 60               # requests per minute for other services
burst_limit = 10
window_duration = "1m"
cleanup_interval = "5m"

[security.rate_limit.limits.trakt_api]  # at most 950 GETs per 5 minutes: under Trakt's 1000
requests_per_minute = 120
burst_capacity = 350
window = "1m"

[security.rate_limit.limits.auth]
requests_per_minute = 60
burst_capacity = 5
window = "1m"

[security.filesystem]
enforce_permissions = true
# Modes are quoted strings ("0600") or TOML octal (0o600); a bare 0600 is
# not valid TOML.
config_file_mode = "0600"
data_file_mode = "0644"
directory_mode = "0750"
# allowed_base_paths = ["config", "exports", "logs"]
restricted_paths = ["/etc", "/usr", "/bin", "/sbin", "/boot", "/sys", "/proc", "/dev"]
max_file_size = "100MB"
check_symlinks = true

[security.https]
allow_insecure = false           # development only
tls_min_version = "1.2"          # "1.2" | "1.3" (or 771 | 772)
timeout = "30s"
max_redirects = 5
allowed_hosts = ["api.trakt.tv", "auth.trakt.tv"]
blocked_hosts = ["localhost", "127.0.0.1", "::1", "0.0.0.0", "169.254.169.254"]
enable_hsts = true
`;
