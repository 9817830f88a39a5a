import type { Definition } from '../schema/definition.js';
import { DEFAULT_SCORING_OPTIONS, REJECT_REASONS, type CutField, type Period, type RejectReason, type ScoringOptions } from './counts.js';
import type { CountRow } from './counts-table.js';
import { compilePlan, planKey } from './plan.js';
import { compareGroups, type ElementResult, type ExpectationResult, type Figure, type GroupResult, type ScoreResults } from './results.js';

/*
 * The indices in long format: one row per group and index, the shape the generated SQL answers (docs/sql.md) and
 * that BI tools read. `indexRows` writes a library result in it; `resultsFromIndexRows` reads rows back into the
 * library's result, so that an answer computed in a database prints and serves exactly like one computed here.
 */

export interface IndexRow {
  questionnaire_id: string;
  questionnaire_version: string;
  /** The cut values and the period; `{}` when there is no cut. */
  cut: Record<string, string | null>;
  /** `sipas`, `overall`, `mean-evaluation`, `criterion:<item>`, `element-evaluation:<element>`, `element-satisfaction:<element>`, `expectation:<item>[:<option>]`. */
  index: string;
  /** Percent at full precision; null when missing. */
  value: number | null;
  n: number;
  low_n: boolean;
}

export type IndexKey =
  | { kind: 'sipas' | 'overall' | 'mean-evaluation' }
  | { kind: 'criterion' | 'element-evaluation' | 'element-satisfaction'; id: string }
  /** A multiple choice's option, or a priority rating row (an item of its own, no option). */
  | { kind: 'expectation'; id: string; option?: string };

export function indexName(key: IndexKey): string {
  if (!('id' in key)) return key.kind;
  return key.kind === 'expectation' && key.option !== undefined ? `${key.kind}:${key.id}:${key.option}` : `${key.kind}:${key.id}`;
}

/** Every index of a library result as long rows, in the result's order. */
export function indexRows(results: ScoreResults): IndexRow[] {
  return results.groups.flatMap((group) => {
    const row = (key: IndexKey, figure: Figure): IndexRow => ({
      questionnaire_id: group.questionnaire.id,
      questionnaire_version: group.questionnaire.version,
      cut: group.cut,
      index: indexName(key),
      value: figure.value,
      n: figure.n,
      low_n: figure.lowN,
    });
    return [
      row({ kind: 'sipas' }, group.sipas),
      row({ kind: 'overall' }, group.overall),
      row({ kind: 'mean-evaluation' }, group.evaluation),
      ...group.elements.flatMap((e) => [
        ...e.criteria.map((c) => row({ kind: 'criterion', id: c.itemId }, c.index)),
        row({ kind: 'element-evaluation', id: e.id }, e.evaluation),
        row({ kind: 'element-satisfaction', id: e.id }, e.satisfaction),
      ]),
      ...group.expectations.map((x) => row({ kind: 'expectation', id: x.itemId, option: x.option }, x.share)),
    ];
  });
}

/** What the index rows do not carry: the options, the minimum n, and how many responses each group and the whole had. */
export interface ResultsFrame {
  options: ScoringOptions;
  minN: number;
  /** Accepted responses per group, keyed by `groupRowKey`. */
  responses: ReadonlyMap<string, number>;
  rejected: Record<RejectReason, number>;
}

/** The key of a group among rows: questionnaire and cut values. */
export const groupRowKey = (id: string, version: string, cut: Readonly<Record<string, string | null>>): string => JSON.stringify([id, version, cut]);

/**
 * Reads index rows (e.g. from the generated SQL) back into the library's result, with the same group order, element
 * and criterion order and expectation ranking as `computeResults`, so that both serialize to the same JSON.
 */
export function resultsFromIndexRows(rows: readonly IndexRow[], definitions: readonly Definition[], frame: ResultsFrame): ScoreResults {
  const plans = new Map(definitions.map((d) => compilePlan(d)).map((plan) => [plan.key, plan]));
  const cutFields = [...frame.options.by, ...(frame.options.period ? ['period'] : [])];
  const groups = new Map<string, { questionnaire: { id: string; version: string }; cut: Record<string, string | null>; figures: Map<string, Figure> }>();
  for (const row of rows) {
    const cut = Object.fromEntries(cutFields.map((field) => [field, row.cut[field] ?? null]));
    const key = groupRowKey(row.questionnaire_id, row.questionnaire_version, cut);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { questionnaire: { id: row.questionnaire_id, version: row.questionnaire_version }, cut, figures: new Map() }));
    group.figures.set(row.index, { value: row.value, n: Number(row.n), lowN: row.low_n });
  }
  const results = [...groups.entries()].map(([key, { questionnaire, cut, figures }]): GroupResult => {
    const plan = plans.get(planKey(questionnaire.id, questionnaire.version));
    if (!plan) throw new Error(`the rows hold indices of ${planKey(questionnaire.id, questionnaire.version)}, but its definition was not given`);
    const figure = (index: IndexKey): Figure => {
      const found = figures.get(indexName(index));
      if (!found) throw new Error(`the rows of ${planKey(questionnaire.id, questionnaire.version)} ${JSON.stringify(cut)} lack the index ${indexName(index)}`);
      return found;
    };
    const elements = plan.elements.map(
      (element): ElementResult => ({
        id: element.id,
        evaluation: figure({ kind: 'element-evaluation', id: element.id }),
        satisfaction: figure({ kind: 'element-satisfaction', id: element.id }),
        criteria: element.criteria.map((c) => ({ itemId: c.item.id, number: c.item.number, element: element.id, index: figure({ kind: 'criterion', id: c.item.id }) })),
      }),
    );
    const expectations: ExpectationResult[] = plan.expectations.flatMap((entry) =>
      'codes' in entry
        ? [{ itemId: entry.item.id, share: figure({ kind: 'expectation', id: entry.item.id }) }]
        : entry.item.options.map((o) => ({ itemId: entry.item.id, option: o.value, share: figure({ kind: 'expectation', id: entry.item.id, option: o.value }) })),
    );
    // The library's ranking: largest share first, questionnaire order among equals (a stable sort).
    expectations.sort((a, b) => (b.share.value ?? -1) - (a.share.value ?? -1));
    return {
      questionnaire,
      cut,
      responses: frame.responses.get(key) ?? 0,
      sipas: figure({ kind: 'sipas' }),
      overall: figure({ kind: 'overall' }),
      evaluation: figure({ kind: 'mean-evaluation' }),
      elements,
      expectations,
    };
  });
  results.sort(compareGroups);
  const accepted = [...frame.responses.values()].reduce((sum, n) => sum + n, 0);
  const rejectedTotal = Object.values(frame.rejected).reduce((sum, n) => sum + n, 0);
  return { kind: 'sipas-score-results', options: frame.options, minN: frame.minN, seen: accepted + rejectedTotal, accepted, rejected: { ...frame.rejected }, groups: results };
}

/**
 * The results of the generated SQL as the library's: its index rows, with the responses per group and the refusals
 * read from its counts (only the rows of measure `responses` and `rejected` are read). What /api/results answers.
 */
export function resultsFromSql(
  counts: readonly CountRow[],
  rows: readonly IndexRow[],
  definitions: readonly Definition[],
  { by, period, minN }: { by: readonly CutField[]; period: Period | null; minN: number },
): ScoreResults {
  const responses = new Map<string, number>();
  const rejected = Object.fromEntries(REJECT_REASONS.map((reason) => [reason, 0])) as Record<RejectReason, number>;
  for (const row of counts) {
    if (row.measure === 'rejected') rejected[row.answer as RejectReason] += row.count;
    if (row.measure !== 'responses') continue;
    const cells = row as Record<string, string | number | null | undefined>;
    const cut = Object.fromEntries([...by.map((field) => [field, cells[field] ?? null]), ...(period ? [['period', cells[period] ?? null]] : [])]);
    responses.set(groupRowKey(row.questionnaire_id!, row.questionnaire_version!, cut), row.count);
  }
  return resultsFromIndexRows(rows, definitions, { options: { ...DEFAULT_SCORING_OPTIONS, by: [...by], period }, minN, responses, rejected });
}
