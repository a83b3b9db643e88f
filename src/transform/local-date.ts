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
 * instant in `timeZone`. The UTC offset is looked up once per quarter hour of
 * UTC time (time-zone rules only ever change on quarter-hour boundaries) and
 * each day's text is built once: this runs for every viewing of an export.
 */
export function createLocalDateFormatter(
  timeZone: string,
): (utcMs: number) => string {
  const offsetByQuarter = new Map<number, number>();
  const textByDay = new Map<number, string>();

  return (utcMs) => {
    const quarter = Math.floor(utcMs / QUARTER_HOUR_MS);
    let offsetMinutes = offsetByQuarter.get(quarter);
    if (offsetMinutes === undefined) {
      offsetMinutes = tzOffset(timeZone, new Date(quarter * QUARTER_HOUR_MS));
      offsetByQuarter.set(quarter, offsetMinutes);
    }
    const day = Math.floor((utcMs + offsetMinutes * MINUTE_MS) / DAY_MS);
    let text = textByDay.get(day);
    if (text === undefined) {
      text = new Date(day * DAY_MS).toISOString().slice(0, 10);
      textByDay.set(day, text);
    }
    return text;
  };
}
