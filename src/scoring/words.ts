import type { ReportStrings } from '../i18n/report-strings.js';
import type { Definition } from '../schema/definition.js';
import { localize } from '../model/text.js';
import { CUTS } from './cuts.js';
import type { GroupResult } from './results.js';

/*
 * Cuts, periods and counts in the words an official reads: "Kênh: Trực tiếp", "Quý 2/2026", "3.002 phiếu".
 * The library, the command line and <sipas-report> all write them through these functions.
 */

/** Agency names by code, shown beside the codes (from a crosswalk, or read from the responses). */
export type AgencyNames = ReadonlyMap<string, string>;

const NO_NAMES: AgencyNames = new Map();

/** A count as written in the report's language: `3.002` in Vietnamese, `3,002` in English. */
export function formatCount(count: number, strings: ReportStrings): string {
  return count.toLocaleString(strings.numberLocale);
}

/** A period as the scorer writes it ("2026", "2026-Q2", "2026-04") in words: "Năm 2026", "Quý 2/2026", "Tháng 4/2026". */
export function periodWords(period: string, strings: ReportStrings): string {
  const match = /^(\d{4})(?:-Q([1-4])|-(\d{2}))?$/.exec(period);
  if (!match) return period;
  const year = Number(match[1]);
  if (match[2]) return strings.quarter(year, Number(match[2]));
  if (match[3]) return strings.month(year, Number(match[3]));
  return strings.year(year);
}

/** The period just before one ("2026-Q1" → "2025-Q4", "2026-01" → "2025-12", "2026" → "2025"). */
export function previousPeriod(period: string): string {
  const match = /^(\d{4})(?:-Q([1-4])|-(\d{2}))?$/.exec(period);
  if (!match) throw new Error(`"${period}" is not a period (YYYY, YYYY-Qn or YYYY-MM)`);
  const year = Number(match[1]);
  if (match[2]) return match[2] === '1' ? `${year - 1}-Q4` : `${year}-Q${Number(match[2]) - 1}`;
  if (match[3]) return match[3] === '01' ? `${year - 1}-12` : `${year}-${String(Number(match[3]) - 1).padStart(2, '0')}`;
  return String(year - 1);
}

/** An agency as an official names it: "UBND xã Phú An (H29.100)", or the code alone when no name is known. */
export function agencyWords(code: string, name: string | null | undefined): string {
  return name ? `${name} (${code})` : code;
}

/** One cut value in words, without the cut's name: "Trực tiếp", "Quý 2/2026", "UBND xã Phú An (H29.100)". */
export function cutValueWords(field: string, value: string | null, strings: ReportStrings, names: AgencyNames = NO_NAMES, cut: GroupResult['cut'] = {}): string {
  if (value === null) return strings.missingValue;
  if (field === 'period') return periodWords(value, strings);
  if (field === 'channel') return strings.channels[value as keyof ReportStrings['channels']] ?? value;
  if (field === 'mode') return strings.modes[value as keyof ReportStrings['modes']] ?? value;
  if (field === 'agencyCode') return agencyWords(value, cut.agencyName ?? names.get(value));
  return value;
}

/**
 * A group's cuts in words, e.g. ["Cơ quan: UBND xã Phú An (H29.100)", "Kênh: Trực tiếp", "Quý 2/2026"]. An agency's
 * name cut beside its code is written once, with the code; the period comes last and needs no name.
 */
export function cutWords(cut: GroupResult['cut'], strings: ReportStrings, names: AgencyNames = NO_NAMES, options: { period?: boolean } = {}): string[] {
  return Object.entries(cut).flatMap(([field, value]) => {
    if (field === 'agencyName' && 'agencyCode' in cut && cut.agencyCode !== null) return [];
    if (field === 'period') return options.period === false ? [] : [cutValueWords(field, value, strings)];
    const name = field in CUTS || field === 'period' ? strings.cutNames[field as keyof ReportStrings['cutNames']] : field;
    return [`${name}: ${cutValueWords(field, value, strings, names, cut)}`];
  });
}

/** The questionnaire in words: its full title and version, e.g. "Phiếu khảo sát sự hài lòng … (phiên bản 2017.2)". */
export function questionnaireWords(definition: Definition, strings: ReportStrings): string {
  return `${localize(definition.title, strings.locale, definition.defaultLocale)} (${strings.header.version(definition.version)})`;
}
