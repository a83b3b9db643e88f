/**
 * Why an entry of an export cannot be read at all, and how that is said: as
 * a refusal in the user's language, or as a short English note for
 * report.json.
 */
import { localize } from "../i18n/index.js";
import { InputError, InternalError } from "../shared/index.js";

/** Why an entry cannot be read at all. */
export type UnreadableReason =
  | { kind: "too-big"; size: number; limit: number }
  | { kind: "inflation"; ratio: number; limit: number }
  | { kind: "encrypted" }
  | { kind: "not-regular" };

const MiB = 1024 * 1024;

/** Mebibytes, to one decimal under 10 MiB; the catalogue adds the unit. */
export function toMiB(bytes: number): number {
  const digits = bytes < 10 * MiB ? 10 : 1;
  return Math.round((bytes / MiB) * digits) / digits;
}

/**
 * The refusal of an entry that cannot be read. `path` is the entry's path
 * as shown in messages.
 */
export function refuseUnreadable(
  path: string,
  reason: UnreadableReason,
): InputError {
  return new InputError(localizeUnreadable(path, reason), path);
}

function localizeUnreadable(path: string, reason: UnreadableReason) {
  switch (reason.kind) {
    case "too-big":
      return localize("reader.entryTooBig", {
        path,
        size: toMiB(reason.size),
        limit: toMiB(reason.limit),
      });
    case "inflation":
      return localize("reader.entryInflation", {
        path,
        ratio: reason.ratio,
        limit: reason.limit,
      });
    case "encrypted":
      return localize("reader.entryEncrypted", { path });
    case "not-regular":
      return localize("reader.entryNotRegular", { path });
    default:
      return assertNever(reason);
  }
}

/** The reason in a few English words, for the notes of report.json. */
export function describeUnreadable(reason: UnreadableReason): string {
  switch (reason.kind) {
    case "too-big":
      return `is ${toMiB(reason.size)} MiB, over the ${toMiB(reason.limit)} MiB limit for one file`;
    case "inflation":
      return `inflates ${reason.ratio} times its compressed size, over the limit of ${reason.limit} (a ZIP bomb)`;
    case "encrypted":
      return "is encrypted";
    case "not-regular":
      return "is not a regular file (links and special files are not followed)";
    default:
      return assertNever(reason);
  }
}

function assertNever(value: never): never {
  throw new InternalError(`Unexpected unreadable reason: ${String(value)}`);
}
