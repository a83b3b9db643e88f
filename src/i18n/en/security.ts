import type { MessageTable } from "../catalogue-types.js";

/**
 * The security layer's refusals and errors: the path guard and file modes
 * (`guard.`), the HTTPS policy and client (`https.`), the rate limiter
 * (`limit.`), the credential store (`store.`) and the `decrypt` command
 * (`decrypt.`). Paths, URLs, hosts and variable names are placeholders, so
 * every language keeps them exactly; sizes and limits are passed as written.
 */
export const securityEn = {
  "guard.access.read": "read",
  "guard.access.write": "write",
  "guard.access.create": "create",
  "guard.emptyPath":
    'Refusing to {access} "{path}": the path is empty. Give a file or folder name.',
  "guard.nul":
    'Refusing to {access} "{path}": it contains a NUL character. Give the path in plain text.',
  "guard.encoded":
    'Refusing to {access} "{path}": it contains URL-encoded path characters (%2e, %2f, %5c). Give the path in plain text.',
  "guard.outside":
    'Refusing to {access} "{path}": it is outside the allowed folders ({folders}). Move it into one of them or add its folder to security.filesystem.allowed_base_paths.',
  "guard.restricted":
    'Refusing to {access} "{path}": it is inside the restricted folder "{folder}". Choose a path outside it.',
  "guard.symlink":
    'Refusing to {access} "{path}": "{link}" is a symbolic link. Use the real folder instead, or set security.filesystem.check_symlinks = false.',
  "guard.tooLarge":
    'Refusing to read "{path}": it is {size} bytes, over the limit of {limit} bytes (security.filesystem.max_file_size). Use a smaller file or raise the limit.',
  "guard.cannotOpen":
    'Could not open "{path}": {reason}. Check that the file exists, is readable and is not a symbolic link.',
  "guard.notFile":
    'Refusing to read "{path}": it is not a regular file. Give the path of a file.',
  "guard.notFolder":
    'Refusing to create "{path}": "{prefix}" exists and is not a folder. Remove it or choose another path.',
  "guard.existsNotFile":
    'Refusing to write "{path}": it exists and is not a regular file. Remove it or choose another name.',
  "guard.writeFailed":
    'Could not write "{path}": {reason}. Check that the folder is writable and has free space.',
  "guard.checkNotFile":
    'Refusing to check "{path}": it is not a regular file. Replace it with the file itself.',
  "guard.checkNotFolder":
    'Refusing to check "{path}": it is not a folder. Replace it with a real folder.',
  "guard.modeTooOpen":
    'Refusing to use "{path}": its mode {mode} lets other users read it. Run "export-trakt validate --security --fix" or "chmod {wanted} {path}", then try again.',
  "guard.modeWarning":
    '"{path}" has mode {mode}, so other users can read it. Run "export-trakt validate --security --fix" to set it to {wanted}.',
  "guard.chmodFileLink":
    'Refusing to change the mode of "{path}": it could not be opened as a file without following links. Check that it is not a symbolic link.',
  "guard.chmodFolderLink":
    'Refusing to change the mode of "{path}": it could not be opened as a folder without following links. Check that it is not a symbolic link.',
  "guard.chmodNotFile":
    'Refusing to change the mode of "{path}": it is not a file any more.',
  "guard.chmodNotFolder":
    'Refusing to change the mode of "{path}": it is not a folder any more.',
  "https.invalidUrl":
    'Refusing to contact "{url}": it is not a valid absolute URL. Give a URL such as https://api.trakt.tv/.',
  "https.scheme":
    'Refusing to contact "{url}": only https URLs are allowed, not "{scheme}". Use an https:// URL.',
  "https.credentialsInUrl":
    'Refusing to contact "{url}": the URL carries a user name or password. Remove them from the URL; credentials are sent in headers.',
  "https.blockedHost":
    'Refusing to contact "{url}": the host "{host}" is in security.https.blocked_hosts.',
  "https.hostNotAllowed":
    'Refusing to contact "{url}": the host "{host}" is not in security.https.allowed_hosts. Add the exact host name there if it is trusted.',
  "https.plainHttp":
    'Refusing to contact "{url}": plain http is not allowed. Use https://, or set security.https.require_https = false for a development server.',
  "https.tooLarge":
    'Refusing the answer from "{url}": it is larger than {limit} bytes.',
  "https.tooManyRedirects":
    'Refusing to follow more than {limit} redirects from "{url}" (security.https.max_redirects). The server may be misconfigured.',
  "https.timeout":
    "{request} timed out after {timeout} ms. Check the connection, or raise security.https.timeout.",
  "https.failed":
    "{request} failed: {reason}. Check the network connection and that the server is reachable.",
  "https.untrustedCertificate":
    "{request} failed: the server's certificate is not trusted ({reason}). Check the system clock and any proxy that intercepts HTTPS; for a server with its own certificate authority, pass --ca-file with that authority's file.",
  "https.tlsVersion":
    "{request} failed: the server and this tool share no TLS version from {version} up. Use a server that offers {version} or newer, or lower security.https.tls_min_version if you trust this one.",
  "https.readFailed":
    'Reading the answer from "{url}" failed or timed out. Check the connection and try again.',
  "limit.reached":
    'Rate limit for "{service}" reached: the next request could go out in {wait} ms, past the {timeout} ms wait allowed. Try again later or raise security.rate_limit.limits.{service}.',
  "store.decryptFailed":
    'Could not decrypt the credentials file "{path}": {reason}. The file was left untouched. Restore it from a backup, or remove it with "export-trakt credentials delete" and store the credentials again with "export-trakt credentials set".',
  "store.reason.notEncrypted": "it is not an export-trakt encrypted file",
  "store.reason.truncated":
    "it is cut short ({size} bytes, while even an empty encrypted file has {minimum})",
  "store.reason.version":
    "it uses format version {version}, and this version of export-trakt reads only format {supported}; use the export-trakt version that wrote it",
  "store.reason.headerDamaged":
    "its header is damaged or was altered (unknown field values)",
  "store.reason.keyMismatch": "the key does not match",
  "store.reason.wrongEnvKey":
    "it was encrypted with a different key than ENCRYPTION_KEY",
  "store.reason.wrongPassphrase":
    "it was encrypted with a different key than a passphrase (scrypt)",
  "store.reason.wrongKeyFile":
    'it was encrypted with a different key than the key file "{keyFile}"',
  "store.reason.damaged":
    "it is damaged, cut short or was altered (the integrity check failed)",
  "store.reason.tooLarge":
    "it is {size} bytes, far larger than a credentials file",
  "store.reason.holdsData": "it holds exported data, not credentials",
  "store.reason.invalidRecord":
    "it decrypts, but the record inside is not valid ({fields})",
  "store.reason.notJsonRecord":
    "it decrypts, but the record inside is not valid (not a JSON object)",
  "store.readFailed":
    'Could not read the credentials file "{path}". Check that it is a file you can read.',
  "store.writeFailed":
    'Could not write the credentials file "{path}"; the previous file, if any, is unchanged. Check that the folder is writable and the disk is not full.',
  "store.deleteFailed":
    'Could not delete the credentials file "{path}". Check its permissions and remove it by hand.',
  "store.keyNotBase64":
    '{variable} is not valid base64. It must be the base64 encoding of exactly {length} random bytes; create one with "openssl rand -base64 32".',
  "store.keyWrongLength":
    '{variable} decodes to {bytes} bytes, but it must be the base64 encoding of exactly {length} bytes; create one with "openssl rand -base64 32".',
  "store.keyFileNotBase64":
    'The key file "{path}" is not valid base64. It must be the base64 encoding of exactly {length} random bytes; create one with "openssl rand -base64 32".',
  "store.keyFileWrongLength":
    'The key file "{path}" decodes to {bytes} bytes, but it must be the base64 encoding of exactly {length} bytes; create one with "openssl rand -base64 32".',
  "store.emptyPassphrase":
    "The passphrase is empty. Enter a passphrase, or set ENCRYPTION_KEY instead.",
  "store.noPassphrase":
    "A passphrase is needed but {variable} is not set and there is no terminal to ask on. Set {variable}, or run the command in a terminal.",
  "store.keyFileLink":
    'The key file "{path}" is a symbolic link, and key files are never read through links. Replace it with the key file itself.',
  "store.keyFileUnreadable":
    'Could not read the key file "{path}". Check that it is a regular file readable by you.',
  "store.keyFileEmpty":
    'The key file "{path}" does not hold a key. Restore it from a backup; without it the credentials file cannot be opened.',
  "store.keyFileMissing":
    'This file was encrypted with the key file "{path}", which is missing. Restore the key file from a backup.',
  "store.keyFileCreateFailed":
    'Could not create the key file "{path}". Check that the folder is writable.',
  "store.envKeyMissing":
    "This file was encrypted with ENCRYPTION_KEY, which is not set. Set ENCRYPTION_KEY to the key used when it was written.",
  "store.noSalt":
    "The passphrase header lacks its salt. Restore the file from a backup.",
  "store.passphrasesDiffer":
    "The two passphrases differ; nothing was changed. Run the command again.",
  "store.prompt.passphrase": "Passphrase: ",
  "store.prompt.newPassphrase": "New passphrase: ",
  "store.prompt.newPassphraseAgain": "New passphrase again: ",
  "store.prompt.clientId": "Trakt client ID: ",
  "store.prompt.clientSecret": "Trakt client secret: ",
  "store.envMissingOne":
    "Some Trakt variables are set but {variable} is not. Set it as well, or use another keyring_backend.",
  "store.envMissingBoth":
    "Some Trakt variables are set but TRAKT_CLIENT_ID and TRAKT_CLIENT_SECRET are not. Set them as well, or use another keyring_backend.",
  "store.envCannotPersist":
    'The env backend cannot save credentials: a refreshed access token is lost when this run ends, and the old one in TRAKT_ACCESS_TOKEN will stop working. Set keyring_backend = "file" or "system" in [security] to keep it.',
  "store.envNothingToDelete":
    "The env backend stores nothing to delete: unset TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN and TRAKT_REFRESH_TOKEN in your shell or service definition instead.",
  "store.envCannotSet":
    'The env backend cannot store credentials. Export TRAKT_CLIENT_ID and TRAKT_CLIENT_SECRET yourself, or set keyring_backend = "file" or "system" in [security] of the config file.',
  "store.envCannotMigrate":
    'The env backend cannot store credentials. To use it, export TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN and TRAKT_REFRESH_TOKEN yourself, then set keyring_backend = "env".',
  "store.keyringInvalid":
    'The entry in the system keyring, service "{service}", user "{user}" is not a valid export-trakt record. Remove it with "export-trakt credentials delete" and store the credentials again with "export-trakt credentials set".',
  "store.keyringReadFailed":
    'Could not reach the system keyring to read the credentials ({reason}). On a machine without a keyring service, such as a server, container or WSL, set keyring_backend = "file" in [security] of the config file and store the credentials again with "export-trakt credentials set".',
  "store.keyringStoreFailed":
    'Could not reach the system keyring to store the credentials ({reason}). On a machine without a keyring service, such as a server, container or WSL, set keyring_backend = "file" in [security] of the config file and store the credentials again with "export-trakt credentials set".',
  "store.keyringDeleteFailed":
    'Could not reach the system keyring to delete the credentials ({reason}). On a machine without a keyring service, such as a server, container or WSL, set keyring_backend = "file" in [security] of the config file and store the credentials again with "export-trakt credentials set".',
  "store.emptyClient":
    "The client ID and the client secret must both be non-empty; nothing was stored. Copy them from your application page on trakt.tv.",
  "store.fileModeOpen":
    'The credentials file "{path}" has mode {mode}, so other users can reach it; run "chmod 600" on it.',
  "store.nothingToRotate":
    'There are no credentials in "{path}" to re-encrypt. Store them first with "export-trakt credentials set".',
  "store.rotateNeedsFile":
    'rotate-key re-encrypts the credentials file, but keyring_backend is "{backend}". The system keyring encrypts with your login, and the env backend stores nothing; to rotate the Trakt secrets themselves, run "export-trakt credentials set".',
  "store.newKeyMissing":
    'Set NEW_ENCRYPTION_KEY to the new key (create one with "openssl rand -base64 32"), run the rotation again, then replace ENCRYPTION_KEY with it.',
  "store.passphraseTooShort": {
    one: "The new passphrase has {count} character; use at least {minimum}, since a short one falls to guessing even through scrypt. Nothing was changed.",
    other:
      "The new passphrase has {count} characters; use at least {minimum}, since a short one falls to guessing even through scrypt. Nothing was changed.",
  },
  "store.noNewPassphrase":
    "A new passphrase is needed but NEW_ENCRYPTION_PASSPHRASE is not set and there is no terminal to ask on. Set NEW_ENCRYPTION_PASSPHRASE, or run the command in a terminal.",
  "store.replaceEnvKey":
    "Replace ENCRYPTION_KEY with the value of NEW_ENCRYPTION_KEY now; the old key no longer opens the credentials file.",
  "store.replacePassphrase":
    "Replace ENCRYPTION_PASSPHRASE with the new passphrase now; the old one no longer opens the credentials file.",
  "store.keyFileUnused":
    'The key file "{path}" is no longer needed for the credentials; keep it only if exported .enc files still use it.',
  "store.alreadyInBackend":
    "The credentials are already in the {backend} backend. Pass a different backend to --to.",
  "store.nothingToMigrate":
    'There are no credentials in the {backend} backend ({location}) to migrate. Store them with "export-trakt credentials set".',
  "store.copyMismatch":
    "The copy in the {destination} backend ({location}) does not read back the same; the originals in the {source} backend were kept.",
  "store.setBackend":
    'Set keyring_backend = "{backend}" in [security] of the config file so that the next run reads the new location.',
  "decrypt.readFailed":
    'Could not read "{path}". Check the path and that you can read the file.',
  "decrypt.tooLarge":
    '"{path}" is {size} bytes, larger than any export this tool writes ({limit}). Check the path.',
  "decrypt.failed":
    'Could not decrypt "{path}": {reason}. The file was left untouched.',
  "decrypt.holdsCredentials":
    'it is a credentials file, not an exported data file; use "export-trakt credentials status" to inspect credentials',
  "decrypt.noEncSuffix":
    '"{path}" does not end in ".enc", so there is no default output name. Pass --output PATH, or --output - for stdout.',
  "decrypt.outputExists":
    '"{path}" already exists. Pass --force to replace it, or --output to write somewhere else.',
  "decrypt.writeFailed":
    'Could not write the decrypted file "{path}". Check that the folder exists and is writable.',
  "decrypt.done": 'Decrypted "{input}" to "{output}" ({bytes} bytes).',
} as const satisfies MessageTable;
