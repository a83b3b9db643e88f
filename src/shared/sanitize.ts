/* eslint-disable no-control-regex -- these patterns exist to match control characters */

// ANSI/VT escape sequences: CSI, OSC (ended by BEL or ST), and two-byte forms.
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// C0 and C1 control characters and DEL.
const CONTROL_ONE_LINE = /[\u0000-\u001f\u007f-\u009f]/g;
// The same, but tab and line feed are kept.
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/* eslint-enable no-control-regex */

// Bidirectional overrides, embeddings and isolates: they can make a
// file name read backwards or hide part of a message.
// Bidirectional overrides and isolates, direction marks, and the Unicode
// line and paragraph separators some viewers break lines at.
const BIDI_CONTROL =
  /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g;

/**
 * Makes outside text (titles, usernames, server messages) safe to print on
 * one terminal line: escape sequences and control characters are removed.
 */
export function toPrintable(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, "")
    .replace(CONTROL_ONE_LINE, "")
    .replace(BIDI_CONTROL, "");
}

/** Like toPrintable, but keeps tabs and line breaks (CRLF becomes LF). */
export function toPrintableMultiline(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, "")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL_MULTI_LINE, "")
    .replace(BIDI_CONTROL, "");
}
