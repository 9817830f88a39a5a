import type { ProvenanceLevel } from '../schema/definition.js';
import type { RejectReason } from '../scoring/counts.js';

/** Every text of the report (element and command line). Questionnaire text comes from the definitions. */
export interface ReportStrings {
  locale: string;
  /** The decimal separator of printed indices. */
  decimalSeparator: string;
  title: string;
  sections: { summary: string; elements: string; criteria: string; expectations: string };
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
  /** Where the questionnaire's wording comes from and how sure it is, for the officials who read the report. */
  wording: (level: ProvenanceLevel, source: string) => string;
}
