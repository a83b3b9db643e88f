export {
  buildDiaryRows,
  type DiaryOptions,
  type DiaryResult,
  type DiaryStats,
  type IncrementalCutoff,
} from "./diary.js";
export {
  buildCollectionRows,
  buildListRows,
  chooseListFileNames,
} from "./list-rows.js";
export { createLocalDateFormatter, isKnownTimeZone } from "./local-date.js";
export { toLetterboxdReview } from "./review-text.js";
export type { DiaryRow, HistoryMode, ListRow } from "./rows.js";
