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

/**
 * Reads the cut options as sipas-score, sipas-sql and the receiver's /api/results take them, so the three accept and
 * refuse the same things. `name` spells each option as its caller's user writes it (`--min-n`, `min-n`); a wrong
 * value throws a CutOptionsError saying what is accepted.
 */
export function parseCutOptions(text: CutOptionsText, name: (option: 'by' | 'period' | 'min-n') => string): CutOptions {
  const by = text.by ? text.by.split(',').map((field) => field.trim()).filter(Boolean) : [];
  for (const field of by) if (!(CUT_FIELDS as readonly string[]).includes(field)) throw new CutOptionsError(`${name('by')}: "${field}" is not a cut; use ${CUT_FIELDS.join(', ')}`);
  if (new Set(by).size !== by.length) throw new CutOptionsError(`${name('by')}: each cut at most once, not "${text.by}"`);
  if (text.period !== undefined && !(PERIODS as readonly string[]).includes(text.period)) throw new CutOptionsError(`${name('period')} must be ${PERIODS.join(', ')}, not "${text.period}"`);
  const minN = text.minN === undefined ? DEFAULT_MIN_N : Number(text.minN);
  if (text.minN !== undefined && (!/^\d+$/.test(text.minN) || !Number.isSafeInteger(minN))) throw new CutOptionsError(`${name('min-n')} must be a whole number ≥ 0, not "${text.minN}"`);
  return { by: by as CutField[], period: (text.period as Period | undefined) ?? null, minN };
}
