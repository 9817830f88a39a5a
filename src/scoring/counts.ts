import type { Definition } from '../schema/definition.js';
import { checkResponse } from '../schema/check-response.js';
import type { SurveyResponse } from '../schema/response.js';
import { idRecord } from '../model/id-record.js';
import { locateJsonError } from '../model/json-file.js';
import { CUT_FIELDS, cutValue, isFreeTextCut, type CutField } from './cuts.js';
import { answersMismatch, compilePlan, isAscii, planKey, type ScoringPlan } from './plan.js';
import { isWellFormedResponse, lacksRequiredKeys } from './well-formed.js';

export { CUT_FIELDS, type CutField };

export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** Why a response was not counted. */
export const REJECT_REASONS = ['line-too-long', 'not-json', 'invalid-response', 'unknown-questionnaire', 'answers-mismatch'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface ScoringOptions {
  /** Fields to cut by (see CUTS), in order; each distinct combination is its own group. */
  by: CutField[];
  /** Also cut by the period of `submittedAt`; `null` for no period cut. */
  period: Period | null;
  /** The time zone periods are counted in, as minutes east of UTC; Vietnam (UTC+7) by default. */
  utcOffsetMinutes: number;
}

const utf8 = new TextDecoder();

/** A line of JSON whitespace only (space, tab, CR, LF): not a response. */
const BLANK = /^[ \t\r\n]*$/;

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) return false;
  }
  return true;
}

const startsWithByteOrderMark = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** The text of UTF-8 bytes that were read one char per byte (Latin-1). */
const fromLatin1Reading = (reading: string): string => utf8.decode(Uint8Array.from(reading, (char) => char.charCodeAt(0)));

/** The first three problems the response schema finds, as the detail of an `invalid-response`. */
function schemaProblems(value: unknown): string {
  const checked = checkResponse(value);
  return checked.ok ? '' : checked.problems.slice(0, 3).map((p) => `${p.path} ${p.message}`).join('; ');
}

/** Where and why a line is not JSON, e.g. "column 17: expected ',' or '}', found \"x\"". */
function jsonSyntaxProblem(line: string): string {
  const located = locateJsonError(line);
  return located ? `column ${located.offset + 1}: ${located.reason}` : 'is not JSON';
}

export const DEFAULT_SCORING_OPTIONS: ScoringOptions = { by: [], period: null, utcOffsetMinutes: 7 * 60 };

/** The counts for one questionnaire version within one cut: only integers, so shards add up exactly. */
export interface GroupCounts {
  questionnaire: { id: string; version: string };
  /** The cut's values: each `by` field (null when the response lacks it) and `period` when cutting by period. */
  cut: Record<string, string | null>;
  responses: number;
  /** For each scored rating item, how many answers carried each code (index = code). */
  ratings: Record<string, number[]>;
  /** For each scored multiple choice, how many respondents answered it and how many chose each option. */
  choices: Record<string, { answered: number; chosen: Record<string, number> }>;
}

/** Everything scoring has seen, as plain JSON-serializable counts; `mergeCounts` adds two of them. */
export interface ScoreCounts {
  kind: 'sipas-score-counts';
  options: ScoringOptions;
  /** Responses offered, counted or not. */
  seen: number;
  accepted: number;
  rejected: Record<RejectReason, number>;
  /** By group key; the key is an implementation detail, the group carries its questionnaire and cut. */
  groups: Record<string, GroupCounts>;
}

export type ScoreOutcome = { ok: true } | { ok: false; reason: RejectReason; detail: string };

export function createCounts(options: Partial<ScoringOptions> = {}): ScoreCounts {
  return {
    kind: 'sipas-score-counts',
    options: { ...DEFAULT_SCORING_OPTIONS, ...options, by: [...(options.by ?? [])] },
    seen: 0,
    accepted: 0,
    rejected: Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<RejectReason, number>,
    groups: idRecord(),
  };
}

/** The period of an ISO timestamp in the given time zone: "2026-03", "2026-Q1" or "2026". */
export function periodOf(timestamp: string, period: Period, utcOffsetMinutes: number): string {
  const local = new Date(Date.parse(timestamp) + utcOffsetMinutes * 60_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  if (period === 'year') return String(year);
  if (period === 'quarter') return `${year}-Q${Math.floor(month / 3) + 1}`;
  return `${year}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * The key of a group within `ScoreCounts.groups`: its plan's key (`planKey`) and cut values (the same for the scorer,
 * counts read back and recoded counts).
 */
export function groupKey(questionnaireKey: string, cut: GroupCounts['cut']): string {
  let key = questionnaireKey;
  for (const field in cut) key += `\u0000${cut[field] ?? '\u0001'}`;
  return key;
}

/** A group with every scored item at zero. */
export function emptyGroup(plan: ScoringPlan, cut: GroupCounts['cut']): GroupCounts {
  const { id, version } = plan.definition;
  const ratings: GroupCounts['ratings'] = idRecord();
  for (const [itemId, rating] of plan.ratings) ratings[itemId] = new Array<number>(Math.max(...rating.codes, 0) + 1).fill(0);
  const choices: GroupCounts['choices'] = idRecord();
  for (const [itemId, item] of plan.choices) choices[itemId] = { answered: 0, chosen: idRecord(item.options.map((o) => [o.value, 0])) };
  return { questionnaire: { id, version }, cut, responses: 0, ratings, choices };
}

/**
 * Scores responses one at a time into plain counts. Knows the questionnaires it was given; a response that
 * does not parse, names another questionnaire, or whose answers its questionnaire could not have produced is
 * counted under its reason and adds nothing to any index.
 */
export class Scorer {
  readonly counts: ScoreCounts;
  private readonly plans = new Map<string, ScoringPlan>();

  constructor(definitions: readonly Definition[], options: Partial<ScoringOptions> = {}) {
    for (const definition of definitions) {
      const plan = compilePlan(definition);
      this.plans.set(plan.key, plan);
    }
    this.counts = createCounts(options);
  }

  /** Scores one NDJSON line. Blank lines (JSON whitespace only) are not responses and are ignored (returns undefined). */
  addLine(line: string): ScoreOutcome | undefined {
    if (BLANK.test(line)) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return this.reject('not-json', () => jsonSyntaxProblem(line));
    }
    return this.add(value);
  }

  /**
   * Scores one NDJSON line given as its UTF-8 bytes; same outcome and counts as `addLine` of its text. With
   * `latin1` (a fast one-char-per-byte reading, e.g. Node's `buffer.toString('latin1')`), a response is parsed
   * from that reading: UTF-8 decoding and parsing two-byte strings cost half of scoring a line. Nothing but ASCII
   * is compared in a response that counts (keys, ids, codes, option values, timestamps: see `ScoringPlan.asciiOnly`),
   * so this reading decides exactly as the text would; only the context values a cut shows are decoded. The reading
   * parses exactly when the text does (JSON's syntax is ASCII; other bytes may only stand inside strings). A line
   * with a `\u` escape (whose characters would mix with the bytes) or a byte-order mark, and a line with other
   * letters that this reading would not count, are scored from their text, so reasons and counts are always those
   * of `addLine`. No kind of line costs more than a response that counts: blank lines are not parsed, and the
   * detail of a refusal is worked out only when it is read.
   */
  addBytes(bytes: Uint8Array, latin1?: (bytes: Uint8Array) => string): ScoreOutcome | undefined {
    if (isBlank(bytes)) return undefined;
    if (!latin1 || startsWithByteOrderMark(bytes)) return this.addLine(utf8.decode(bytes));
    const text = latin1(bytes);
    if (text.includes('\\u')) return this.addLine(utf8.decode(bytes));
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.reject('not-json', () => jsonSyntaxProblem(fromLatin1Reading(text)));
    }
    if (this.addLatin1Reading(value)) return { ok: true };
    return isAscii(text) ? this.add(value) : this.addLine(utf8.decode(bytes));
  }

  /** A line longer than the longest line read (`forEachLine`'s limit): counted as not counted, for its own reason. */
  addLongLine(byteLength: number, maxLineBytes: number): ScoreOutcome {
    return this.reject('line-too-long', () => `is ${byteLength} bytes long; lines longer than ${maxLineBytes} bytes are not read`);
  }

  /** Counts a response parsed from a Latin-1 reading when it is well formed and counts; false changes nothing. */
  private addLatin1Reading(value: unknown): boolean {
    if (!isWellFormedResponse(value)) return false;
    const plan = this.plans.get(planKey(value.questionnaire.id, value.questionnaire.version));
    if (!plan?.asciiOnly || answersMismatch(plan, value.answers, value.respondent)) return false;
    // Free-text fields only: the enumerated ones (channel, mode) are ASCII and never need decoding.
    this.tally(plan, value, (field) => {
      const reading = cutValue(value, field);
      return reading !== null && isFreeTextCut(field) && !isAscii(reading) ? fromLatin1Reading(reading) : reading;
    });
    return true;
  }

  /** Scores one response (any value: it is checked against the response schema first). */
  add(value: unknown): ScoreOutcome {
    let response: SurveyResponse;
    if (isWellFormedResponse(value)) response = value;
    else if (lacksRequiredKeys(value)) return this.reject('invalid-response', () => schemaProblems(value));
    else {
      const checked = checkResponse(value);
      if (!checked.ok) return this.reject('invalid-response', () => schemaProblems(value));
      response = checked.response;
    }
    const { id, version } = response.questionnaire;
    const plan = this.plans.get(planKey(id, version));
    if (!plan) return this.reject('unknown-questionnaire', () => `questionnaire ${planKey(id, version)} is not known; pass its definition`);
    const mismatch = answersMismatch(plan, response.answers, response.respondent);
    if (mismatch) return this.reject('answers-mismatch', () => mismatch);
    this.tally(plan, response);
    return { ok: true };
  }

  /** Counts a refusal; its detail is worked out when first read (most refusals of a large file are only counted). */
  private reject(reason: RejectReason, detail: () => string): ScoreOutcome {
    this.counts.seen++;
    this.counts.rejected[reason]++;
    let text: string | undefined;
    return {
      ok: false,
      reason,
      get detail() {
        return (text ??= detail());
      },
    };
  }

  /** Counts an accepted response; `valueOf` reads its cut values (decoding them when the response was read as Latin-1). */
  private tally(plan: ScoringPlan, response: SurveyResponse, valueOf = (field: CutField) => cutValue(response, field)): void {
    const { options, groups } = this.counts;
    const cut: GroupCounts['cut'] = {};
    for (const field of options.by) cut[field] = valueOf(field);
    if (options.period) cut.period = periodOf(response.submittedAt, options.period, options.utcOffsetMinutes);
    // The scorer's groups, ratings, choices and chosen are all idRecords: an item id or option value such as
    // "constructor" reads as absent, never as Object.prototype's.
    const group = (groups[groupKey(plan.key, cut)] ??= emptyGroup(plan, cut));
    group.responses++;
    const answers = response.answers;
    for (const itemId in answers) {
      const counts = group.ratings[itemId];
      if (counts) counts[answers[itemId] as number]!++;
      else {
        const choice = group.choices[itemId];
        if (!choice) continue;
        choice.answered++;
        for (const value of answers[itemId] as string[]) choice.chosen[value]!++;
      }
    }
    this.counts.seen++;
    this.counts.accepted++;
  }
}

function sameOptions(a: ScoringOptions, b: ScoringOptions): boolean {
  return a.period === b.period && a.utcOffsetMinutes === b.utcOffsetMinutes && a.by.join('\u0000') === b.by.join('\u0000');
}

const addArrays = (a: readonly number[], b: readonly number[]): number[] =>
  Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));

function addRecords(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum = Object.assign(idRecord<number>(), a);
  for (const key of Object.keys(b)) sum[key] = (sum[key] ?? 0) + b[key]!;
  return sum;
}

/** Adds two groups' counts (of the same questionnaire version); the cut is the first's. Never mutates its inputs. */
export function mergeGroups(a: GroupCounts, b: GroupCounts): GroupCounts {
  const ratings: GroupCounts['ratings'] = Object.assign(idRecord(), a.ratings);
  for (const id of Object.keys(b.ratings)) ratings[id] = addArrays(ratings[id] ?? [], b.ratings[id]!);
  const choices: GroupCounts['choices'] = Object.assign(idRecord(), a.choices);
  for (const id of Object.keys(b.choices)) {
    const left = choices[id] ?? { answered: 0, chosen: idRecord() };
    choices[id] = { answered: left.answered + b.choices[id]!.answered, chosen: addRecords(left.chosen, b.choices[id]!.chosen) };
  }
  return { questionnaire: a.questionnaire, cut: a.cut, responses: a.responses + b.responses, ratings, choices };
}

/**
 * Adds the counts of two shards scored with the same options. Counts are integers, so merging shards in any
 * order gives exactly the numbers of one pass over all responses. Never mutates its inputs.
 */
export function mergeCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  if (!sameOptions(a.options, b.options)) throw new Error('cannot merge counts scored with different cuts, periods or time zones');
  const groups: ScoreCounts['groups'] = Object.assign(idRecord(), a.groups);
  for (const key of Object.keys(b.groups)) groups[key] = groups[key] ? mergeGroups(groups[key]!, b.groups[key]!) : structuredClone(b.groups[key]!);
  return {
    kind: 'sipas-score-counts',
    options: a.options,
    seen: a.seen + b.seen,
    accepted: a.accepted + b.accepted,
    rejected: addRecords(a.rejected, b.rejected) as Record<RejectReason, number>,
    groups,
  };
}
