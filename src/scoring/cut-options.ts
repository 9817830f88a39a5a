import { CUT_FIELDS, PERIODS, type CutField, type Period } from './counts.js';
import { DEFAULT_MIN_N } from './results.js';

/** How the cuts, the period and the minimum n are asked for as text: command-line options or URL query parameters. */
export interface CutOptionsText {
  by?: string | undefined;
  period?: string | undefined;
  minN?: string | undefined;
}

/** A cut option that is not accepted; its message says what is. */
export class CutOptionsError extends Error {}

export interface CutOptions {
  by: CutField[];
  period: Period | null;
  minN: number;
}

/** What a refused cut option is told, e.g. in the command line's language (English by default). */
export interface CutOptionsWords {
  notACut: (option: string, field: string, cuts: string) => string;
  twice: (option: string, given: string) => string;
  period: (option: string, periods: string, given: string) => string;
  minN: (option: string, given: string) => string;
}

const ENGLISH: CutOptionsWords = {
  notACut: (option, field, cuts) => `${option}: "${field}" is not a cut; use ${cuts}`,
  twice: (option, given) => `${option}: each cut at most once, not "${given}"`,
  period: (option, periods, given) => `${option} must be ${periods}, not "${given}"`,
  minN: (option, given) => `${option} must be a whole number ≥ 0, not "${given}"`,
};

/**
 * Reads the cut options as sipas-score, sipas-sql and the receiver's /api/results take them, so the three accept and
 * refuse the same things. `name` spells each option as its caller's user writes it (`--min-n`, `min-n`); a wrong
 * value throws a CutOptionsError saying what is accepted.
 */
export function parseCutOptions(text: CutOptionsText, name: (option: 'by' | 'period' | 'min-n') => string, words: CutOptionsWords = ENGLISH): CutOptions {
  const by = text.by ? text.by.split(',').map((field) => field.trim()).filter(Boolean) : [];
  for (const field of by) if (!(CUT_FIELDS as readonly string[]).includes(field)) throw new CutOptionsError(words.notACut(name('by'), field, CUT_FIELDS.join(', ')));
  if (new Set(by).size !== by.length) throw new CutOptionsError(words.twice(name('by'), text.by!));
  if (text.period !== undefined && !(PERIODS as readonly string[]).includes(text.period)) throw new CutOptionsError(words.period(name('period'), PERIODS.join(', '), text.period));
  const minN = text.minN === undefined ? DEFAULT_MIN_N : Number(text.minN);
  if (text.minN !== undefined && (!/^\d+$/.test(text.minN) || !Number.isSafeInteger(minN))) throw new CutOptionsError(words.minN(name('min-n'), text.minN));
  return { by: by as CutField[], period: (text.period as Period | undefined) ?? null, minN };
}
