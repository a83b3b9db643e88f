/** What a masked secret reads as, in logs, audit records and messages. */
export const SECRET_MASK = "[secret]";

// `scheme://user:password@`: the password runs to the last "@" before the
// host, as URL parsers read it, so a password holding "@" is masked whole.
const URL_PASSWORD =
  /\b([a-z][a-z\d+.-]*:\/\/[^\s/?#@:"'<>]*:)[^\s/?#"'<>]*@/gi;

/**
 * Masks the password of every URL in `text` (`http://alice:[secret]@host`),
 * leaving the user name, host and the rest readable.
 */
export function maskUrlPasswords(text: string): string {
  return text.replace(URL_PASSWORD, `$1${SECRET_MASK}@`);
}
