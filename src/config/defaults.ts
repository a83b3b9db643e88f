import type { ServiceRateLimit } from "./types.js";

/*
 * Defaults are the careful choice, not zero values: a missing section
 * leaves every protection on.
 */

export const DEFAULT_API_BASE_URL = "https://api.trakt.tv";
export const DEFAULT_AUTH_BASE_URL = "https://auth.trakt.tv";
export const DEFAULT_SERVICE_NAME = "export_trakt_4_letterboxd";
export const DEFAULT_KEYRING_USERNAME = "default";
export const DEFAULT_CREDENTIALS_FILE = "credentials.enc";
export const DEFAULT_AUDIT_DIRECTORY = "logs/audit";
export const DEFAULT_OUTPUT_DIR = "exports";

/**
 * Trakt allows 1000 GETs per 5 minutes. A bucket of 350 refilled at 120 a
 * minute lets through at most 950 in any 5 minutes, so an export never meets
 * Trakt's limit, yet one of up to 350 pages goes out without a pause. OAuth
 * allows about one POST a second.
 */
export const DEFAULT_RATE_LIMITS: Readonly<Record<string, ServiceRateLimit>> = {
  trakt_api: { requestsPerMinute: 120, burstCapacity: 350, windowMs: 60_000 },
  auth: { requestsPerMinute: 60, burstCapacity: 5, windowMs: 60_000 },
  default: { requestsPerMinute: 60, burstCapacity: 10, windowMs: 60_000 },
};

export const DEFAULT_ALLOWED_HOSTS = ["api.trakt.tv", "auth.trakt.tv"];

// Loopback and the cloud metadata address are refused even if someone adds
// them to allowed_hosts by mistake; tests that need a loopback server say so
// explicitly by overriding blocked_hosts.
export const DEFAULT_BLOCKED_HOSTS = [
  "localhost",
  "127.0.0.1",
  "::1",
  "0.0.0.0",
  "169.254.169.254",
];

// /var is left out on purpose: macOS keeps its per-user temporary folders
// under /var/folders, and refusing them would break ordinary runs.
export const DEFAULT_RESTRICTED_PATHS = [
  "/etc",
  "/usr",
  "/bin",
  "/sbin",
  "/boot",
  "/sys",
  "/proc",
  "/dev",
];

export const DEFAULT_MAX_FILE_SIZE_BYTES = 100 * 1024 * 1024;
