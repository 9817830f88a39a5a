import * as z from 'zod/mini';
import { idRecord } from '../model/id-record.js';
import type { Definition } from '../schema/definition.js';
import { CUT_FIELDS, DEFAULT_SCORING_OPTIONS, emptyGroup, groupKey, PERIODS, REJECT_REASONS, type CutField, type GroupCounts, type Period, type RejectReason, type ScoreCounts } from './counts.js';
import { compilePlan, planKey, type ScoringPlan } from './plan.js';

/*
 * The counts in long format: the integers every index is computed from, one row per questionnaire version, cut,
 * item and answer. The generated SQL answers them, `sipas-score --format counts` writes them as CSV, and
 * `--from-counts` reads and adds them up: how a province adds its communes, exactly, without moving raw answers.
 */

/**
 * What a row counts:
 * - `responses`: responses counted in the group (item and answer empty);
 * - `answers`: valid answers to a scored item, its index's denominator (for a multiple choice, respondents who answered);
 * - `code`: answers to a scored rating with the code in `answer`;
 * - `option`: respondents who chose the option `answer` of a scored multiple choice;
 * - `rejected`: responses not counted, for the reason in `answer` (no questionnaire, no cut).
 */
export const COUNT_MEASURES = ['responses', 'answers', 'code', 'option', 'rejected'] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

const PERIOD_PATTERNS: Record<Period, RegExp> = { month: /^\d{1,5}-(0[1-9]|1[0-2])$/, quarter: /^\d{1,5}-Q[1-4]$/, year: /^\d{1,5}$/ };
const CutText = z.string().check(z.minLength(1), z.maxLength(300));

/** One row of counts, as a JSON object (a CSV row read with its header); published as dist/counts.schema.json. */
export const CountRowSchema = z.strictObject({
  questionnaire_id: z.nullable(z.string().check(z.minLength(1))),
  questionnaire_version: z.nullable(z.string().check(z.minLength(1))),
  ...(Object.fromEntries(CUT_FIELDS.map((field) => [field, z.optional(z.nullable(CutText))])) as Record<CutField, z.ZodMiniOptional<z.ZodMiniNullable<typeof CutText>>>),
  ...(Object.fromEntries(PERIODS.map((period) => [period, z.optional(z.nullable(z.string().check(z.regex(PERIOD_PATTERNS[period]))))])) as Record<Period, z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString>>>),
  measure: z.enum(COUNT_MEASURES),
  item: z.string(),
  answer: z.string(),
  count: z.number().check(z.int(), z.gte(0)),
});
export type CountRow = z.infer<typeof CountRowSchema>;

/** The columns of counts cut by `by` and `period`, in order: the period column is named by its length. */
export function countsColumns(by: readonly CutField[], period: Period | null): string[] {
  return ['questionnaire_id', 'questionnaire_version', ...by, ...(period ? [period] : []), 'measure', 'item', 'answer', 'count'];
}

/** The rows of counts (zero counts left out), groups in key order. */
export function countRows(counts: ScoreCounts): CountRow[] {
  const { by, period } = counts.options;
  const rows: CountRow[] = [];
  for (const key of Object.keys(counts.groups).sort()) {
    const group = counts.groups[key]!;
    const cut: Record<string, string | null> = {};
    for (const field of by) cut[field] = group.cut[field] ?? null;
    if (period) cut[period] = group.cut.period ?? null;
    const row = (measure: CountMeasure, item: string, answer: string, count: number) => {
      if (count > 0) rows.push({ questionnaire_id: group.questionnaire.id, questionnaire_version: group.questionnaire.version, ...cut, measure, item, answer, count });
    };
    row('responses', '', '', group.responses);
    for (const [item, codes] of Object.entries(group.ratings)) {
      row('answers', item, '', codes.reduce((sum, n) => sum + (n ?? 0), 0));
      codes.forEach((count, code) => row('code', item, String(code), count ?? 0));
    }
    for (const [item, tally] of Object.entries(group.choices)) {
      row('answers', item, '', tally.answered);
      for (const [option, count] of Object.entries(tally.chosen)) row('option', item, option, count);
    }
  }
  const none = Object.fromEntries([...by, ...(period ? [period] : [])].map((column) => [column, null]));
  for (const reason of REJECT_REASONS) {
    const count = counts.rejected[reason];
    if (count > 0) rows.push({ questionnaire_id: null, questionnaire_version: null, ...none, measure: 'rejected', item: '', answer: reason, count });
  }
  return rows;
}

const csvCell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Counts as CSV (RFC 4180, CRLF, a header row; an empty cell is a missing value). */
export function countsToCsv(counts: ScoreCounts): string {
  return countRowsToCsv(countRows(counts), counts.options.by, counts.options.period);
}

/** Rows of counts cut by `by` and `period` (e.g. the generated SQL's) as CSV, as `countsToCsv` writes them. */
export function countRowsToCsv(rows: readonly CountRow[], by: readonly CutField[], period: Period | null): string {
  const columns = countsColumns(by, period);
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell((row as Record<string, string | number | null>)[c] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A problem in counts read back, with where it is. */
export class CountsError extends Error {}

/** The records of a CSV text (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endCell = () => {
    record.push(cell);
    cell = '';
  };
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endCell();
      records.push(record);
      record = [];
    } else cell += char;
  }
  if (quoted) throw new CountsError('a quoted cell is not closed');
  if (cell !== '' || record.length) {
    endCell();
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** The cuts a counts header names: its cut columns must be cut fields in the usual order, then at most one period. */
function headerCuts(header: readonly string[]): { by: CutField[]; period: Period | null } {
  const cutColumns = header.slice(2, -4);
  const period = PERIODS.find((p) => cutColumns[cutColumns.length - 1] === p) ?? null;
  const by = (period ? cutColumns.slice(0, -1) : cutColumns) as CutField[];
  const expected = countsColumns(by, period);
  if (by.some((field) => !(CUT_FIELDS as readonly string[]).includes(field)) || expected.join(',') !== header.join(',')) {
    throw new CountsError(`the header is "${header.join(',')}"; counts have the columns questionnaire_id,questionnaire_version, cut fields (${CUT_FIELDS.join(', ')}), at most one of ${PERIODS.join(', ')}, then measure,item,answer,count`);
  }
  return { by, period };
}

/**
 * Reads counts from CSV (as `countsToCsv` writes them, or the SQL's counts exported to CSV) into the library's
 * counts, checking each row against the questionnaires: an item or code a questionnaire does not score, a
 * questionnaire whose definition is missing, or a total that does not add up is an error naming the line.
 */
export function countsFromCsv(text: string, definitions: readonly Definition[]): ScoreCounts {
  const records = parseCsv(text);
  if (records.length === 0) throw new CountsError('the file is empty; counts start with a header row');
  const header = records[0]!;
  const { by, period } = headerCuts(header);
  const plans = new Map(definitions.map((d) => compilePlan(d)).map((plan) => [plan.key, plan]));
  const counts: ScoreCounts = {
    kind: 'sipas-score-counts',
    options: { ...DEFAULT_SCORING_OPTIONS, by, period },
    seen: 0,
    accepted: 0,
    rejected: Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<RejectReason, number>,
    groups: idRecord(),
  };
  const denominators = new Map<string, { group: GroupCounts; item: string; line: number; answers: number }>();
  records.slice(1).forEach((record, index) => {
    const line = index + 2;
    const fail = (message: string): never => {
      throw new CountsError(`line ${line}: ${message}`);
    };
    if (record.length !== header.length) fail(`${record.length} cells, but the header has ${header.length}`);
    const object = idRecord<string | number | null>();
    header.forEach((column, i) => (object[column] = record[i] === '' ? null : record[i]!));
    object.item ??= '';
    object.answer ??= '';
    const count = Number(object.count);
    object.count = /^\d+$/.test(String(object.count)) ? count : NaN;
    const parsed = CountRowSchema.safeParse(object);
    if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; '));
    const row = parsed.data!;
    if (row.measure === 'rejected') {
      if (!(REJECT_REASONS as readonly string[]).includes(row.answer)) fail(`"${row.answer}" is not a reason a response is not counted (${REJECT_REASONS.join(', ')})`);
      counts.rejected[row.answer as RejectReason] += row.count;
      counts.seen += row.count;
      return;
    }
    if (row.questionnaire_id === null || row.questionnaire_version === null) return fail('a count other than "rejected" needs its questionnaire id and version');
    const plan = plans.get(planKey(row.questionnaire_id, row.questionnaire_version));
    if (!plan) return fail(`counts of questionnaire ${planKey(row.questionnaire_id, row.questionnaire_version)}, whose definition was not given (--definition)`);
    const cut: GroupCounts['cut'] = {};
    for (const field of by) cut[field] = row[field] ?? null;
    if (period) cut.period = row[period] ?? fail(`the ${period} is missing`);
    const key = groupKey(plan.key, cut);
    const group = (counts.groups[key] ??= emptyGroup(plan, cut));
    addRow(plan, group, row, fail);
    if (row.measure === 'responses') {
      counts.accepted += row.count;
      counts.seen += row.count;
    }
    if (row.measure === 'answers') {
      const entry = denominators.get(`${key}\u0000${row.item}`) ?? { group, item: row.item, line, answers: 0 };
      entry.answers += row.count;
      denominators.set(`${key}\u0000${row.item}`, entry);
    }
  });
  for (const { group, item, line, answers } of denominators.values()) {
    const codes = group.ratings[item];
    const counted = codes ? codes.reduce((sum, n) => sum + n, 0) : undefined;
    const where = `line ${line}: ${planKey(group.questionnaire.id, group.questionnaire.version)} ${JSON.stringify(group.cut)} item ${item}`;
    if (counted !== undefined && counted !== answers) throw new CountsError(`${where}: ${answers} answers, but its codes add up to ${counted}`);
    const chosen = group.choices[item]?.chosen;
    if (chosen && Object.values(chosen).some((n) => n > answers)) throw new CountsError(`${where}: an option was chosen more often than the ${answers} who answered`);
    if (answers > group.responses) throw new CountsError(`${where}: ${answers} answers from ${group.responses} responses`);
  }
  for (const group of Object.values(counts.groups)) {
    for (const [item, tally] of Object.entries(group.choices)) {
      if (Object.values(tally.chosen).some((n) => n > 0) && tally.answered === 0) throw new CountsError(`${planKey(group.questionnaire.id, group.questionnaire.version)} ${JSON.stringify(group.cut)} item ${item}: options chosen, but no "answers" row`);
    }
  }
  return counts;
}

/** Adds one checked row to its group. */
function addRow(plan: ScoringPlan, group: GroupCounts, row: CountRow, fail: (message: string) => never): void {
  const { measure, item, answer, count } = row;
  if (measure === 'responses') {
    if (item !== '' || answer !== '') fail('a "responses" row has no item and no answer');
    group.responses += count;
    return;
  }
  const rating = plan.ratings.get(item);
  const choice = plan.choices.get(item);
  if (!rating && !choice) fail(`${item} is not a scored rating or multiple choice of ${plan.key}`);
  if (measure === 'answers') {
    if (answer !== '') fail('an "answers" row has no answer');
    if (choice) group.choices[item]!.answered += count;
    // A rating's answers are the sum of its codes, checked once the whole file is read.
    return;
  }
  if (measure === 'code') {
    const code = Number(answer);
    if (!rating || !/^-?\d+$/.test(answer) || !rating.codes.includes(code)) fail(`"${answer}" is not a code of ${item}'s scale`);
    group.ratings[item]![code]! += count;
    return;
  }
  if (!choice || !Object.hasOwn(group.choices[item]!.chosen, answer)) fail(`"${answer}" is not an option of ${item}`);
  group.choices[item]!.chosen[answer]! += count;
}
