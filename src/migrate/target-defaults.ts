/**
 * The values this tool uses when a key is not set, written out in full so
 * that a migrated file shows every setting. They match the defaults of the
 * configuration loader.
 */
import {
  DEFAULT_ALLOWED_HOSTS,
  DEFAULT_BLOCKED_HOSTS,
} from "../config/index.js";

export function defaultTargetConfig(): Record<string, unknown> {
  return {
    trakt: {
      api_base_url: "https://api.trakt.tv",
      auth_base_url: "https://auth.trakt.tv",
    },
    export: {
      history_mode: "individual",
      output_dir: "exports",
      types: ["watched"],
    },
    logging: {
      level: "info",
      format: "text",
      max_size: "10MB",
      max_files: 5,
    },
    security: {
      encryption_enabled: true,
      keyring_backend: "system",
      audit_logging: true,
      rate_limit_enabled: true,
      require_https: true,
      keyring: {
        service_name: "export_trakt_4_letterboxd",
        username: "default",
      },
      audit: {
        log_level: "info",
        retention_days: 90,
        include_sensitive: false,
        output_format: "json",
      },
      rate_limit: {
        default_limit: 60,
        burst_limit: 10,
        window_duration: "1m",
        cleanup_interval: "5m",
      },
      filesystem: {
        enforce_permissions: true,
        config_file_mode: "0600",
        data_file_mode: "0644",
        directory_mode: "0750",
        max_file_size: "100MB",
        check_symlinks: true,
      },
      https: {
        allow_insecure: false,
        tls_min_version: "1.2",
        timeout: "30s",
        max_redirects: 5,
        allowed_hosts: [...DEFAULT_ALLOWED_HOSTS],
        blocked_hosts: [...DEFAULT_BLOCKED_HOSTS],
        enable_hsts: true,
      },
    },
  };
}
