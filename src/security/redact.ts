import { SECRET_MASK, maskUrlPasswords, toPrintable } from "../shared/index.js";

export { SECRET_MASK };
export const PERSONAL_MASK = "[personal]";

// Key names are compared after lower-casing and dropping "-" and "_", so
// `client_secret`, `Client-Secret` and `clientSecret` are one name.
const SECRET_KEY_PARTS = [
  "token",
  "secret",
  "password",
  "passphrase",
  "authorization",
  "cookie",
  "apikey",
  "privatekey",
  "encryptionkey",
  "devicecode",
];
const SECRET_KEYS_EXACT = new Set(["key", "code", "auth", "credentials"]);

const PERSONAL_KEY_PARTS = [
  "user",
  "email",
  "path",
  "file",
  "dir",
  "folder",
  "address",
  "slug",
  "home",
];

// Value patterns that identify a secret wherever it appears in free text.
// Trakt access and refresh tokens are 64 hex characters; client secrets too.
const SECRET_VALUE_PATTERNS: readonly RegExp[] = [
  /\b([Bb]earer|Basic)\s+[\w\-.~+/]{8,}=*/g,
  /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g,
  /\b[0-9a-f]{32,}\b/gi,
];
// Base64 runs; a long run with "/" is only a secret when it mixes cases and
// digits, so that long file paths are not mistaken for keys.
const BASE64_RUN = /[A-Za-z0-9+/_-]{40,}={0,2}/g;
const ASSIGNED_SECRET_NAMES = [
  "access_token",
  "refresh_token",
  "client_secret",
  "device_code",
  "password",
  "passphrase",
  "api_key",
  "apikey",
  "token",
  "secret",
];
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the constant list above
const SECRET_ASSIGNMENT = new RegExp(
  `\\b(${ASSIGNED_SECRET_NAMES.join("|")})(["']?\\s*[:=]\\s*["']?)[^\\s"'&,;}]+`,
  "gi",
);
const OAUTH_CODE_PARAMETER = /([?&]code=)[^&\s#]+/gi;

const HEX_GROUPS = "[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*";
// The nested quantifiers below are bounded or separated by a literal, and
// input is cut to MAX_TEXT_LENGTH first, so matching time stays small.
/* eslint-disable security/detect-unsafe-regex -- see above */
const PERSONAL_VALUE_PATTERNS: readonly RegExp[] = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /\b\d{1,3}(\.\d{1,3}){3}\b/g,
  /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])/gi,
  new RegExp(
    `(?<![\\w:])(?:${HEX_GROUPS})?::(?:${HEX_GROUPS})?(?![\\w:])`,
    "gi",
  ),
  /(?:(?<![\w.])[A-Za-z]:\\|\\\\|~\/|(?<![\w.])\/)[^\s"'<>|]*[/\\][^\s"'<>|]*/g,
];

/* eslint-enable security/detect-unsafe-regex */

// Audit details are short facts; a longer text is cut rather than stored.
const MAX_TEXT_LENGTH = 2000;

function isMixedCaseWithDigits(text: string): boolean {
  return /[0-9]/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text);
}

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, "");
}

function isSecretKey(key: string): boolean {
  const name = normalizeKey(key);
  return (
    SECRET_KEYS_EXACT.has(name) ||
    SECRET_KEY_PARTS.some((part) => name.includes(part))
  );
}

function isPersonalKey(key: string): boolean {
  const name = normalizeKey(key);
  return (
    name.endsWith("ip") ||
    PERSONAL_KEY_PARTS.some((part) => name.includes(part))
  );
}

export interface RedactOptions {
  /** When true, personal data stays readable; secrets never do. */
  includeSensitive: boolean;
  /** Exact secret values known to the caller, masked wherever they appear. */
  knownSecrets?: readonly string[];
}

/**
 * Masks secrets in free text by value pattern (bearer tokens, long hex or
 * base64 runs, `key=value` assignments, URL passwords) and, unless `includeSensitive`,
 * personal data (e-mail and IP addresses, file paths). Control characters
 * and terminal escapes are removed first.
 */
export function redactText(text: string, options: RedactOptions): string {
  let result = toPrintable(
    text.length > MAX_TEXT_LENGTH
      ? `${text.slice(0, MAX_TEXT_LENGTH)}[cut]`
      : text,
  );
  for (const secret of options.knownSecrets ?? []) {
    // Very short values would mask ordinary words; patterns cover those.
    if (secret.length >= 6) result = result.split(secret).join(SECRET_MASK);
  }
  result = maskUrlPasswords(result)
    .replace(SECRET_ASSIGNMENT, `$1$2${SECRET_MASK}`)
    .replace(OAUTH_CODE_PARAMETER, `$1${SECRET_MASK}`);
  result = result.replace(BASE64_RUN, (match) =>
    !match.includes("/") || isMixedCaseWithDigits(match) ? SECRET_MASK : match,
  );
  for (const pattern of SECRET_VALUE_PATTERNS) {
    result = result.replace(pattern, (match) =>
      /^(bearer|basic)\s/i.test(match)
        ? `${match.split(/\s+/)[0] ?? ""} ${SECRET_MASK}`
        : SECRET_MASK,
    );
  }
  if (options.includeSensitive) return result;

  for (const pattern of PERSONAL_VALUE_PATTERNS) {
    result = result.replace(pattern, PERSONAL_MASK);
  }
  return result;
}

/**
 * Returns a masked copy of a JSON-like value: values under secret key names
 * are replaced whole, values under personal key names too unless
 * `includeSensitive`, and every remaining string goes through redactText.
 */
export function redactValue(value: unknown, options: RedactOptions): unknown {
  if (typeof value === "string") return redactText(value, options);
  if (Array.isArray(value)) {
    return value.map((item: unknown) => redactValue(item, options));
  }
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const safeKey = redactText(key, options);
      if (isSecretKey(key)) copy[safeKey] = SECRET_MASK;
      else if (!options.includeSensitive && isPersonalKey(key)) {
        copy[safeKey] = PERSONAL_MASK;
      } else copy[safeKey] = redactValue(item, options);
    }
    return copy;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return value.toString();
  return "[unsupported value]";
}
