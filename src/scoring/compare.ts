import type { ReportStrings } from '../i18n/report-strings.js';
import { formatIndex, type ScoreRow } from './format.js';
import type { Figure, GroupResult, ScoreResults } from './results.js';
import { previousPeriod } from './words.js';

/*
 * Comparison over time: the same indices of an earlier period beside the current ones, and the series of a group
 * across periods. Groups are the same when they are of the same questionnaire and share every cut but the period
 * (versions may differ: a questionnaire revised between two years is still compared item by item).
 */

/** One row of a comparison: the current row, its figure in the earlier period, and the change in points. */
export interface ComparedRow extends ScoreRow {
  previous: Figure | undefined;
  /** The earlier value as printed ("—" when the earlier period has no such figure). */
  previousValue: string;
  /** Current minus earlier, in percentage points with full precision; null when either is missing. */
  change: number | null;
  /** The change as printed, signed: "+1,23", "−0,50", "0,00". */
  changeText: string;
  /** False when either figure rests on fewer answers than the minimum: the change may be noise. */
  reliable: boolean;
}

/** A change in points as printed: signed (a true minus sign), two decimals, in the report's language. */
export function formatChange(change: number | null, strings: ReportStrings): string {
  if (change === null) return strings.missingValue;
  const text = formatIndex(Math.abs(change), strings.decimalSeparator);
  if (/^[0.,]+$/.test(text)) return text;
  return `${change > 0 ? '+' : '−'}${text}`;
}

/** The current rows beside the earlier group's rows (matched by indicator and key). */
export function compareRows(current: readonly ScoreRow[], previous: readonly ScoreRow[], strings: ReportStrings): ComparedRow[] {
  const earlier = new Map(previous.map((row) => [`${row.indicator}\u0000${row.key}`, row]));
  return current.map((row) => {
    const before = earlier.get(`${row.indicator}\u0000${row.key}`);
    const change = before && row.figure.value !== null && before.figure.value !== null ? row.figure.value - before.figure.value : null;
    return {
      ...row,
      previous: before?.figure,
      previousValue: before ? before.value : strings.missingValue,
      change,
      changeText: formatChange(change, strings),
      reliable: change !== null && !row.figure.lowN && !before!.figure.lowN,
    };
  });
}

/** The key of a group's cuts other than the period, with its questionnaire id. */
function seriesKey(group: GroupResult): string {
  const rest = Object.entries(group.cut).filter(([field]) => field !== 'period');
  return JSON.stringify([group.questionnaire.id, rest]);
}

/** The same group in each period, oldest first (the results must be cut by period). */
export function periodSeries(results: ScoreResults, group: GroupResult): GroupResult[] {
  const key = seriesKey(group);
  return results.groups
    .filter((g) => g.cut.period != null && seriesKey(g) === key)
    .sort((a, b) => (a.cut.period! < b.cut.period! ? -1 : a.cut.period! > b.cut.period! ? 1 : 0));
}

/** The same group in another period, or undefined when that period has no responses of it. */
export function groupInPeriod(results: ScoreResults, group: GroupResult, period: string): GroupResult | undefined {
  return periodSeries(results, group).find((g) => g.cut.period === period);
}

/** The period to compare with: "previous" is the one just before the group's; any other value names a period. */
export function comparisonPeriod(group: GroupResult, compare: string): string | undefined {
  const period = group.cut.period;
  if (period == null) return undefined;
  return compare === 'previous' ? previousPeriod(period) : compare;
}

/** The groups to report on with a comparison: the latest period of each group (each combination of the other cuts). */
export function latestGroups(results: ScoreResults): GroupResult[] {
  const latest = new Map<string, GroupResult>();
  for (const group of results.groups) {
    if (group.cut.period == null) continue;
    const key = seriesKey(group);
    const known = latest.get(key);
    if (!known || group.cut.period > known.cut.period!) latest.set(key, group);
  }
  return [...latest.values()];
}
