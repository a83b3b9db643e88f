/** What a masked secret reads as, in logs, audit records and messages. */
export const SECRET_MASK = "[secret]";

// `scheme://user:password@`, with any run of slashes or backslashes after
// the scheme (parsers accept `http:/\`, `http:` and `http:///` too): the
// password runs to the last "@" before the host, as URL parsers read it, so
// a password holding "@" is masked whole.
const URL_PASSWORD =
  /\b([a-z][a-z\d+.-]*:[/\\]*[^\s/\\?#@:"'<>]*:)[^\s/?#"'<>]*@/gi;

/**
 * Masks the password of every URL in `text` (`http://alice:[secret]@host`),
 * leaving the user name, host and the rest readable.
 */
export function maskUrlPasswords(text: string): string {
  return text.replace(URL_PASSWORD, `$1${SECRET_MASK}@`);
}

/**
 * A URL value as a message may quote it: whatever comes before its last "@"
 * (a user and password, written in any of the forms URL parsers accept, or
 * text no parser accepts) is masked, since only the host part helps the
 * reader and the rest may hold a password.
 */
export function describeUrlValue(value: string): string {
  const at = value.lastIndexOf("@");
  if (at === -1) return value;
  const scheme = /^[a-z][a-z\d+.-]*:/i.exec(value)?.[0];
  const start = scheme === undefined ? "" : `${scheme}//`;
  return `${start}${SECRET_MASK}@${value.slice(at + 1)}`;
}
