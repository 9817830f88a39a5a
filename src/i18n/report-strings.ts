import type { ProvenanceLevel } from '../schema/definition.js';
import type { RejectReason } from '../scoring/counts.js';
import type { CutField } from '../scoring/cuts.js';
import type { CHANNELS, COLLECTION_MODES } from '../schema/constants.js';

/** Every text of the report (element and command line). Questionnaire text comes from the definitions. */
export interface ReportStrings {
  locale: string;
  /** The decimal separator of printed indices. */
  decimalSeparator: string;
  /** The locale counts and dates are written in (`3.002` in Vietnamese, `3,002` in English). */
  numberLocale: string;
  title: string;
  sections: { summary: string; elements: string; criteria: string; expectations: string };
  /** The sections' short names, as a workbook's sheet tabs (at most 31 characters). */
  sheets: { summary: string; elements: string; criteria: string; expectations: string };
  columns: { indicator: string; value: string; n: string; note: string };
  sipas: string;
  overall: string;
  evaluation: string;
  elementSatisfaction: (element: string) => string;
  elementEvaluation: (element: string) => string;
  lowN: (minN: number) => string;
  lowNLegend: (minN: number) => string;
  responses: (count: number) => string;
  noData: string;
  rejected: (count: number) => string;
  rejectReasons: Record<RejectReason, string>;
  period: string;
  allQuestionnaires: string;
  group: string;
  chartLabel: (title: string) => string;
  chartTitle: string;
  exportCsv: string;
  exportSvg: string;
  exportPng: string;
  /** Shown when the page does not let the chart be drawn as a PNG. */
  pngUnavailable: string;
  missingValue: string;
  /** What each cut is called, e.g. "Kênh". */
  cutNames: Record<CutField | 'period', string>;
  /** The channels and collection modes in words, e.g. "Trực tiếp". */
  channels: Record<(typeof CHANNELS)[number], string>;
  modes: Record<(typeof COLLECTION_MODES)[number], string>;
  /** A period in words: "Tháng 4/2026", "Quý 2/2026", "Năm 2026". */
  month: (year: number, month: number) => string;
  quarter: (year: number, quarter: number) => string;
  year: (year: number) => string;
  /** The header's facts: labels, and the sentence on the method. */
  header: {
    /** The workbook's first sheet: the facts and the method. */
    about: string;
    agency: string;
    period: string;
    allPeriods: string;
    counted: string;
    excluded: string;
    none: string;
    produced: string;
    questionnaire: string;
    version: (version: string) => string;
    method: string;
  };
  /** The comparison with an earlier period. */
  comparison: {
    title: (current: string, previous: string) => string;
    current: string;
    previous: string;
    /** The column of the earlier period's n. */
    previousN: string;
    change: string;
    notReliable: string;
    /** Said when the earlier period has no responses of this group. */
    nothingToCompare: (previous: string) => string;
    choose: string;
    previousPeriod: string;
    noComparison: string;
  };
  /** The trend chart across periods. */
  trend: {
    title: string;
    label: (group: string) => string;
    points: string;
  };
  /** The citizens' free-text comments. */
  comments: {
    title: string;
    item: string;
    date: string;
    text: string;
    none: string;
    anonymous: string;
    exportCsv: string;
  };
  exportXlsx: string;
  print: string;
  /** The running footer of a printed page, e.g. "Trang 2/4" (the numbers come from the printer). */
  pageWord: string;
  /** Where the questionnaire's wording comes from and how sure it is, for the officials who read the report. */
  wording: (level: ProvenanceLevel, source: string) => string;
}
