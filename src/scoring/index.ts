// Scoring is pure: no DOM, no lit, no IO. The command line (bin/sipas-score.mjs) and <sipas-report> both use it.
import type { Definition } from '../schema/definition.js';
import { Scorer, type ScoringOptions } from './counts.js';
import { computeResults, DEFAULT_MIN_N, type ScoreResults } from './results.js';

export {
  Scorer,
  createCounts,
  mergeCounts,
  mergeGroups,
  groupKey,
  periodOf,
  CUT_FIELDS,
  PERIODS,
  REJECT_REASONS,
  DEFAULT_SCORING_OPTIONS,
  type CutField,
  type Period,
  type RejectReason,
  type ScoringOptions,
  type ScoreCounts,
  type GroupCounts,
  type ScoreOutcome,
} from './counts.js';
export { CUTS, cutValue, type CutSource } from './cuts.js';
export { CutOptionsError, parseCutOptions, type CutOptions, type CutOptionsText } from './cut-options.js';
export { computeResults, DEFAULT_MIN_N, type Figure, type CriterionResult, type ElementResult, type ExpectationResult, type GroupResult, type ScoreResults } from './results.js';
export { compilePlan, answersMismatch, planKey, type ScoringPlan, type ScoredElement, type ScoredRating } from './plan.js';
export { isWellFormedResponse, lacksRequiredKeys } from './well-formed.js';
export { generateSql, type GeneratedSql, type SqlOptions } from './sql.js';
export { SQL_DIALECTS, type SqlDialectName } from './sql-dialect.js';
export { COUNT_MEASURES, CountRowSchema, CountsError, countRows, countRowsToCsv, countsColumns, countsFromCsv, countsToCsv, type CountMeasure, type CountRow } from './counts-table.js';
export { indexName, indexRows, resultsFromIndexRows, resultsFromSql, groupRowKey, type IndexKey, type IndexRow, type ResultsFrame } from './index-rows.js';
export { forEachLine, MAX_LINE_BYTES } from './lines.js';
export {
  formatIndex,
  INDEX_DIGITS,
  groupRows,
  groupTitle,
  definitionFor,
  resultsToCsv,
  resultsToMarkdown,
  resultsToText,
  reportBlocks,
  headerFacts,
  excludedWords,
  dateWords,
  wrapText,
  SECTIONS,
  csvCell,
  markdownText,
  terminalText,
  type ScoreRow,
  type RowSection,
  type RowIndicator,
  type ReportOptions,
  type TextBlock,
  type TextTable,
} from './format.js';
export { formatCount, periodWords, previousPeriod, agencyWords, cutValueWords, cutWords, questionnaireWords, type AgencyNames } from './words.js';
export { compareRows, formatChange, periodSeries, groupInPeriod, comparisonPeriod, latestGroups, type ComparedRow } from './compare.js';
export { parseCrosswalk, recodeCounts, cutRecoder, crosswalkNames, CrosswalkError, type Crosswalk, type CrosswalkEntry } from './recode.js';
export { CommentCollector, commentInGroup, type Comment } from './comments.js';

/** Scores a list of responses in one go: the indices of each group, and what was not counted. */
export function scoreResponses(responses: Iterable<unknown>, definitions: readonly Definition[], options: Partial<ScoringOptions> = {}, minN = DEFAULT_MIN_N): ScoreResults {
  const scorer = new Scorer(definitions, options);
  for (const response of responses) scorer.add(response);
  return computeResults(scorer.counts, definitions, minN);
}
