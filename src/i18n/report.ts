import { tableFor } from './language.js';
import { reportEn } from './report-en.js';
import type { ReportStrings } from './report-strings.js';
import { reportVi } from './report-vi.js';

export type { ReportStrings } from './report-strings.js';

/** The report's strings by primary language subtag; kept apart from the survey's so its bundle stays small. */
export const reportStrings: Readonly<Record<string, ReportStrings>> = { vi: reportVi, en: reportEn };

/** The report strings for a language tag, falling back to Vietnamese. */
export function reportStringsFor(tag: string): ReportStrings {
  return tableFor(reportStrings, tag, reportVi);
}
