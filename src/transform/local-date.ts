import { tzOffset } from "@date-fns/tz";

const QUARTER_HOUR_MS = 15 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Whether `name` is a time zone this Node.js knows (IANA names and "UTC"). */
export function isKnownTimeZone(name: string): boolean {
  if (name.trim() === "" || /^[+-]\d/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    // A RangeError is the only way Intl reports an unknown zone.
    return false;
  }
}

/**
 * Returns a function giving the local calendar date (`YYYY-MM-DD`) of a UTC
 * instant in `timeZone`. Looking an offset up is the slow part of a large
 * export, so it is done once per UTC day when the offset is the same at both
 * ends of that day, and once per quarter hour on the rare days when it
 * changes (rules change at most once a day, on a quarter-hour boundary).
 */
export function createLocalDateFormatter(
  timeZone: string,
): (utcMs: number) => string {
  const offsetAt = (ms: number) => tzOffset(timeZone, new Date(ms));
  // `null` marks a day whose offset changes somewhere inside it.
  const offsetByDay = new Map<number, number | null>();
  const offsetByQuarter = new Map<number, number>();
  const textByDay = new Map<number, string>();

  const offsetFor = (utcMs: number): number => {
    const utcDay = Math.floor(utcMs / DAY_MS);
    let dayOffset = offsetByDay.get(utcDay);
    if (dayOffset === undefined) {
      const start = offsetAt(utcDay * DAY_MS);
      const end = offsetAt((utcDay + 1) * DAY_MS - 1);
      dayOffset = start === end ? start : null;
      offsetByDay.set(utcDay, dayOffset);
    }
    if (dayOffset !== null) return dayOffset;

    const quarter = Math.floor(utcMs / QUARTER_HOUR_MS);
    let offset = offsetByQuarter.get(quarter);
    if (offset === undefined) {
      offset = offsetAt(quarter * QUARTER_HOUR_MS);
      offsetByQuarter.set(quarter, offset);
    }
    return offset;
  };

  return (utcMs) => {
    const localDay = Math.floor(
      (utcMs + offsetFor(utcMs) * MINUTE_MS) / DAY_MS,
    );
    let text = textByDay.get(localDay);
    if (text === undefined) {
      text = new Date(localDay * DAY_MS).toISOString().slice(0, 10);
      textByDay.set(localDay, text);
    }
    return text;
  };
}
