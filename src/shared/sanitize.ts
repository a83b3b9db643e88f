/* eslint-disable no-control-regex -- these patterns exist to match control characters */

// ANSI/VT escape sequences: CSI, OSC (ended by BEL or ST), and two-byte forms.
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// C0 and C1 control characters and DEL.
const CONTROL_ONE_LINE = /[\u0000-\u001f\u007f-\u009f]/g;
// The same, but tab and line feed are kept.
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/* eslint-enable no-control-regex */

/**
 * Makes outside text (titles, usernames, server messages) safe to print on
 * one terminal line: escape sequences and control characters are removed.
 */
export function toPrintable(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL_ONE_LINE, "");
}

/** Like toPrintable, but keeps tabs and line breaks (CRLF becomes LF). */
export function toPrintableMultiline(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, "")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL_MULTI_LINE, "");
}
