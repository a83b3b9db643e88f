import type { MessageTable } from "../catalogue-types.js";

/**
 * Errors of the Trakt API client (`api.`), of the network under it
 * (`network.`), of the export lock (`lock.`) and of the record that
 * `--since last` reads (`state.`). Method, path, URL, status, file and
 * Trakt's own error code stay placeholders in every language.
 */
export const apiEn = {
  "api.status403":
    "{method} {path} failed with HTTP {status}{detail}. Trakt refused the client id: check the client id in the credential store, the config ([trakt] client_id) or TRAKT_CLIENT_ID. Since 2026 only apps of Trakt VIP members keep working.",
  "api.status404":
    "{method} {path} failed with HTTP {status}{detail}. Trakt does not know this address; check --api-base-url.",
  "api.status404User":
    '{method} {path} failed with HTTP {status}{detail}. There is no Trakt user "{user}", or the profile is private. Check --user, or log in with "export-trakt auth" to export your own private profile.',
  "api.status405":
    "{method} {path} failed with HTTP {status}{detail}. The server does not accept this method at this address; check that --api-base-url names the Trakt API, and report it if it does.",
  "api.status409":
    "{method} {path} failed with HTTP {status}{detail}. Trakt reports a conflict: what this request creates already exists. Try again; if it persists, please report it.",
  "api.status412":
    "{method} {path} failed with HTTP {status}{detail}. Trakt refused the form of the request (its content type or API version); this is a bug in export-trakt, please report it.",
  "api.status420":
    "{method} {path} failed with HTTP {status}{detail}. The Trakt account is over one of its limits; remove some items on trakt.tv and try again.",
  "api.status5xx":
    "{method} {path} failed with HTTP {status}{detail}. Trakt is having trouble; try again later.",
  "api.statusOther":
    "{method} {path} failed with HTTP {status}{detail}. This is unexpected; please report it.",
  "api.htmlBlock":
    "{method} {path} answered HTTP {status} with an HTML block page instead of JSON (Trakt's firewall, Cloudflare, stopped the request). Check that the client id is right and that nothing strips the User-Agent; if you sent many requests, wait a few minutes and try again.",
  "api.htmlInsteadOfJson":
    "{method} {path} answered HTTP {status} with an HTML page where JSON was expected. A proxy or firewall may be in the way; try again later, and report it if it persists.",
  "api.notJson":
    "{method} {path} answered HTTP {status} with a body that is not JSON where JSON was expected. A proxy or firewall may be in the way; try again later, and report it if it persists.",
  "api.schema":
    "{method} {path} answered with JSON this program does not understand:\n{problems}\nTrakt may have changed its format; please report it.",
  "api.rateLimited": {
    one: "{method} {path} is still rate limited by Trakt (HTTP {status}) after {count} attempt. Nothing was written; try again after {retryAt}.",
    other:
      "{method} {path} is still rate limited by Trakt (HTTP {status}) after {count} attempts. Nothing was written; try again after {retryAt}.",
  },
  "api.rateLimitedTooLong":
    "{method} {path} is rate limited by Trakt (HTTP {status}) until {retryAt}, longer than the {maxWaitSeconds} s this program waits. Nothing was written; try again after {retryAt}.",
  "api.tooManyPages":
    "{method} {path} announced {pageCount} pages, more than any Trakt account holds (at most {maxPages} pages of {pageLimit}). The server is not answering like Trakt; check --api-base-url or [trakt] api_base_url.",
  "api.itemsMissing":
    "{method} {path} announced {announced} items but {received} arrived over {pageCount} pages; Trakt leaves out hidden items (such as titles it reclassified). The export goes on with what arrived.",
  "api.refreshWithoutLogin":
    'Trakt needs a login here and none is stored. Run "export-trakt auth" to log in.',
  "api.refreshWithoutSecret":
    'The Trakt login has expired and cannot be refreshed without the client secret. Set TRAKT_CLIENT_SECRET, or run "export-trakt auth" to log in again.',
  "api.refreshRefused":
    'Trakt refused to refresh the login (invalid_grant): the refresh token was already used, revoked or has expired. Run "export-trakt auth" to log in again.',
  "network.refused":
    "{method} {url} failed: {host} refused the connection. Check that the server is running and that --api-base-url and --auth-base-url name it.",
  "network.dns":
    "{method} {url} failed: the name {host} could not be resolved. Check the network connection, the DNS settings and the spelling of the address.",
  "network.timeout":
    "{method} {url} timed out after {timeoutMs} ms. Check the connection, or raise security.https.timeout.",
  "network.dropped":
    "{method} {url} failed: the connection to {host} closed before the answer was complete. Check the network connection and any proxy in between, then try again.",
  "network.failed":
    "{method} {url} failed: {reason}. Check the network connection and that the server is reachable.",
  "network.untrustedCertificate":
    "{method} {url}: the server's certificate is not trusted ({problem}). For a sandbox started with --tls, pass --ca-file with the CA file it printed; otherwise check the system clock and any proxy that intercepts HTTPS.",
  "lock.heldManual":
    'Another export is running: the lock file "{path}" is held by process {pid} on {host} (manual export started {startedAt}). Wait for it to finish; if that process is gone, delete the lock file and try again.',
  "lock.heldScheduled":
    'Another export is running: the lock file "{path}" is held by process {pid} on {host} (scheduled export started {startedAt}). Wait for it to finish; if that process is gone, delete the lock file and try again.',
  "lock.held":
    'Another export is running: the lock file "{path}" is held by process {pid} on {host} ({purpose} export started {startedAt}). Wait for it to finish; if that process is gone, delete the lock file and try again.',
  "lock.unknownFile":
    'Another export may be running: the lock file "{path}" exists but is not a lock this tool wrote. If no export is running, delete it and try again.',
  "lock.cannotCreate":
    'Could not create the export lock "{path}": {reason}. Check that the exports folder is writable.',
  "lock.keepsReappearing":
    'Could not take the export lock "{path}": it keeps reappearing. Check for another export-trakt process, then try again.',
  "lock.staleManual":
    'Replaced the stale export lock "{path}": process {pid} on {host} (manual export started {startedAt}) is no longer running.',
  "lock.staleScheduled":
    'Replaced the stale export lock "{path}": process {pid} on {host} (scheduled export started {startedAt}) is no longer running.',
  "lock.stale":
    'Replaced the stale export lock "{path}": process {pid} on {host} ({purpose} export started {startedAt}) is no longer running.',
  "state.unreadable":
    'Cannot read the export state "{path}": {reason}. Check its permissions, or delete it to make the next export a full one.',
  "state.damaged":
    'The export state "{path}" is damaged. Delete it to make the next export a full one.',
  "state.notRecorded":
    'The export was written, but recording it in "{path}" failed: {reason}. The next --since last run will export everything again.',
} as const satisfies MessageTable;
