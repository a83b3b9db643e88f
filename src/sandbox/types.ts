/**
 * Public types of the Trakt sandbox: the data it serves and the options that
 * shape how it behaves.
 */
import type { SandboxFault } from "./faults.js";

/** One JSON object as Trakt sends it; the sandbox passes it on untouched. */
export type TraktJsonObject = Readonly<Record<string, unknown>>;

/**
 * The raw Trakt JSON the sandbox serves, in the shapes of Trakt's data export
 * (which are the shapes of the matching API responses). Arrays keep the
 * order of the export: history is expected newest first.
 */
export interface SandboxData {
  /** `watched-history*.json`: plays of movies and episodes, mixed. */
  history: readonly TraktJsonObject[];
  /** `watched-movies*.json`: one summary per film. */
  watchedMovies: readonly TraktJsonObject[];
  /** `watched-shows*.json`: one summary per show. */
  watchedShows: readonly TraktJsonObject[];
  /** `ratings-*.json`: movies, shows, seasons and episodes, mixed. */
  ratings: readonly TraktJsonObject[];
  /** `lists-watchlist*.json`: mixed types. */
  watchlist: readonly TraktJsonObject[];
  /** `collection-*.json`: movies (and episodes, if any), mixed. */
  collection: readonly TraktJsonObject[];
  /** `lists-lists.json`: the user's personal lists. */
  lists: readonly TraktJsonObject[];
  /** `lists-list-<id>-<slug>.json`, keyed by the list's Trakt id. */
  listItems: Readonly<Record<string, readonly TraktJsonObject[]>>;
  /** `comments-*.json`: the user's comments on any kind of media. */
  comments: readonly TraktJsonObject[];
  /** `user-settings.json`, a single object. */
  settings: TraktJsonObject | null;
  /** `user-last-activities.json`, a single object. */
  lastActivities: TraktJsonObject | null;
}

/** The GET budget Trakt enforces per user (or per client when unauthed). */
export interface RateBudget {
  limit: number;
  periodSeconds: number;
}

export interface SandboxTlsOptions {
  /** Where to write the CA certificate (PEM); a temporary file if absent. */
  caCertPath?: string;
}

export interface SandboxOptions {
  /** Missing collections are served as empty. */
  data?: Partial<SandboxData>;
  /** Loopback only unless `allowRemote` is set. Default `127.0.0.1`. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  allowRemote?: boolean;
  /** Serve HTTPS with a certificate made at start. */
  tls?: boolean | SandboxTlsOptions;
  /** Default `sandbox-client-id`. */
  clientId?: string;
  /** Default `sandbox-client-secret`. */
  clientSecret?: string;
  /**
   * The data owner's slug, used for `/users/{id}`. Default: the slug or
   * username in `data.settings.user`, else `sandbox-user`.
   */
  username?: string;
  /**
   * Whether the owner's profile is private, so the public `/users/{id}`
   * forms need the owner's token. Default false, whatever the export says,
   * so public-profile exports can be tested with the same data.
   */
  privateProfile?: boolean;
  /** Substrings of User-Agent values that get the Cloudflare 403 page. */
  blockedUserAgents?: readonly string[];
  /** Default 1000 GETs per 300 s, as Trakt documents. */
  rateBudget?: RateBudget;
  /** History ids or media Trakt ids left out of pages but still counted. */
  hiddenIds?: readonly number[];
  /** Added to every request before it is handled. */
  latencyMs?: number;
  faults?: readonly SandboxFault[];
  /** Default 7 days, Trakt's documented lifetime in 2026. */
  accessTokenLifetimeSeconds?: number;
  /** Default 90 days. */
  refreshTokenLifetimeSeconds?: number;
  /** Default 600 s. */
  deviceCodeLifetimeSeconds?: number;
  /** The polling interval announced, and enforced with 429. Default 5 s. */
  deviceIntervalSeconds?: number;
  /** Approve each device code this long after it was issued. */
  autoApproveAfterMs?: number;
  /**
   * Redirect URIs accepted by `/oauth/authorize` and the code exchange.
   * Default: the out-of-band URI and any `http://127.0.0.1` or
   * `http://localhost` URL, whatever its port.
   */
  redirectUris?: readonly string[];
  /** Milliseconds since the epoch; inject a fake one to move time in tests. */
  clock?: () => number;
}
