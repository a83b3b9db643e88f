/**
 * Pages and event streams show the first warnings only: a report.json can
 * hold millions of them (80 MB of one-letter warnings would otherwise make
 * a 200 MB page), and report.json itself keeps every one.
 */
export const MAX_WARNINGS_SHOWN = 100;

/** The warnings to show, and how many are left out. */
export function limitWarnings<Warning>(warnings: readonly Warning[]): {
  shown: Warning[];
  hidden: number;
} {
  return {
    shown: warnings.slice(0, MAX_WARNINGS_SHOWN),
    hidden: Math.max(0, warnings.length - MAX_WARNINGS_SHOWN),
  };
}
