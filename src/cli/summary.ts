import type { Writable } from "node:stream";

import type { ExportKind, ExportReport } from "../export/index.js";
import {
  translateText,
  type MessageKey,
  type Translate,
} from "../i18n/index.js";
import { toPrintable } from "../shared/index.js";
import type { SkipReason, SkippedItems } from "../trakt/index.js";

import { writeLine } from "./context.js";

const TIME_ZONE_SOURCES = {
  option: "summary.zone.option",
  account: "summary.zone.account",
  system: "summary.zone.system",
} as const satisfies Record<string, MessageKey>;

const SKIP_REASONS: Record<SkipReason, MessageKey> = {
  episode: "skip.episode",
  show: "skip.show",
  season: "skip.season",
  person: "skip.person",
  "no film in item": "skip.noFilm",
  "invalid item": "skip.invalid",
  "rating out of range": "skip.ratingRange",
  "reply to a comment": "skip.reply",
  "empty comment": "skip.emptyComment",
  television: "skip.television",
};

const SOURCES: ReadonlyMap<string, MessageKey> = new Map([
  ["history", "source.history"],
  ["ratings", "source.ratings"],
  ["comments", "source.comments"],
  ["watchlist", "source.watchlist"],
  ["collection", "source.collection"],
  ["favorites", "source.favorites"],
  ["television files", "source.television"],
]);

/** A skip source in the reader's language; an unknown one stays as it is. */
function describeSource(source: string, t: Translate): string {
  const list = /^list "(.*)"$/.exec(source);
  if (list !== null) return t("source.list", { name: list[1] ?? "" });

  const key = SOURCES.get(source);
  return key === undefined ? source : t(key);
}

/** Which exported kind the items of a skip source would have gone into. */
function kindOfSource(source: string): ExportKind | undefined {
  if (source === "watchlist") return "watchlist";
  if (source === "collection") return "collection";
  if (source.startsWith("list ") || source === "favorites") return "lists";
  if (source === "television files") return undefined;
  return "watched";
}

function isRelevant(
  skipped: SkippedItems,
  exported: readonly ExportKind[],
): boolean {
  const kind = kindOfSource(skipped.source);
  return kind === undefined || exported.includes(kind);
}

/**
 * The human summary of an export on stderr, in the translator's language.
 * The last line always says what happened, so a glance at the end of the
 * output is enough.
 */
export function printExportSummary(
  report: ExportReport,
  out: Writable,
  options: { quiet: boolean; t: Translate },
): void {
  const { t } = options;
  if (!options.quiet) printDetails(report, out, t);
  for (const warning of report.warnings) {
    const message = toPrintable(translateText(warning, t));
    writeLine(out, t("cli.warning", { message }));
  }
  if (!options.quiet && report.files.length > 0 && !report.dryRun) {
    writeLine(out, t("summary.undoWarning"));
  }

  const rows = t("count.rows", { count: report.totals.rows });
  const files = t("count.files", { count: report.totals.files });
  if (report.dryRun) {
    writeLine(out, t("summary.dryRun", { rows, files }));
  } else {
    const folder = report.outputDir ?? "?";
    writeLine(out, t("summary.wrote", { rows, files, folder }));
  }
}

function printDetails(report: ExportReport, out: Writable, t: Translate): void {
  const inputs = report.inputFiles.length;
  const zone = {
    source: toPrintable(report.source.location),
    zone: report.timeZone.name,
    zoneSource: t(TIME_ZONE_SOURCES[report.timeZone.source]),
  };
  writeLine(
    out,
    report.source.kind === "api"
      ? t("summary.fetched", {
          ...zone,
          endpoints: t("count.endpoints", { count: inputs }),
        })
      : t("summary.read", {
          ...zone,
          files: t("count.files", { count: inputs }),
        }),
  );

  const width = Math.max(12, ...report.files.map((file) => file.path.length));
  for (const file of report.files) {
    const rows = t("count.rows", { count: file.rows }).padStart(11);
    let where = file.uploadTo;
    if (file.kind === "watchlist") {
      where = t("summary.watchlistOnly", { where });
    }
    if (file.listName !== undefined) {
      where = t("summary.asList", { where, list: toPrintable(file.listName) });
    }
    writeLine(out, `  ${file.path.padEnd(width)} ${rows} → ${where}`);
  }
  if (report.files.some((file) => file.parts > 1)) {
    writeLine(out, `  ${t("summary.parts")}`);
  }
  for (const fact of collectFacts(report, t)) writeLine(out, `- ${fact}`);
}

function collectFacts(report: ExportReport, t: Translate): string[] {
  const facts: string[] = [];
  const diary = report.diary;
  if (diary !== undefined) {
    facts.push(
      t("summary.filmsFromViewings", {
        films: t("count.films", { count: diary.films }),
        viewings: t("count.viewings", { count: diary.viewings }),
      }),
    );
    if (report.historyMode === "individual" && diary.sameDayMerged > 0) {
      facts.push(t("summary.sameDayMerged", { count: diary.sameDayMerged }));
    }
    if (diary.undatedViewings > 0) {
      facts.push(t("summary.undated", { count: diary.undatedViewings }));
    }
    const left = diary.rowsBeforeSince + diary.undatedRowsBeforeSince;
    if (left > 0) facts.push(t("summary.beforeSince", { count: left }));
  }
  for (const note of report.notCarried) facts.push(t(note.key, note.params));

  for (const skipped of report.skipped.filter((item) =>
    isRelevant(item, report.exported),
  )) {
    const items = t(SKIP_REASONS[skipped.reason], { count: skipped.count });
    const source = describeSource(skipped.source, t);
    facts.push(t("summary.skipped", { items, source }));
  }
  const ignored = report.inputFiles.filter(
    (file) => file.kind === "ignored",
  ).length;
  if (ignored > 0) facts.push(t("summary.ignored", { count: ignored }));
  if (report.totals.rowsWithoutIds > 0) {
    const count = report.totals.rowsWithoutIds;
    facts.push(t("summary.withoutIds", { count }));
  }
  return facts;
}
