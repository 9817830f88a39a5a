import type { Definition } from '../schema/definition.js';
import { ownValue } from '../model/id-record.js';
import { compilePlan, planKey, type ScoredRating, type ScoringPlan } from './plan.js';
import type { GroupCounts, RejectReason, ScoreCounts, ScoringOptions } from './counts.js';

/** The documented default below which an index is flagged as not reliable. */
export const DEFAULT_MIN_N = 30;

/**
 * One index, in percent with full precision (`null` when there is nothing to compute it from), its n and
 * whether n is below the minimum. For a share, n is the number of valid answers; for a mean of indices, n is
 * the smallest n among them (the figure is only as reliable as its weakest part).
 */
export interface Figure {
  value: number | null;
  n: number;
  lowN: boolean;
}

export interface CriterionResult {
  itemId: string;
  /** The number printed on the form, e.g. "1.1". */
  number: string | undefined;
  element: string;
  index: Figure;
}

export interface ElementResult {
  id: string;
  /** Mean of the element's criterion indices. */
  evaluation: Figure;
  /** Share of satisfied answers to the element's satisfaction question. */
  satisfaction: Figure;
  criteria: CriterionResult[];
}

export interface ExpectationResult {
  itemId: string;
  /** The option of a multiple choice; absent for a priority rating row. */
  option?: string;
  share: Figure;
}

export interface GroupResult {
  questionnaire: { id: string; version: string };
  cut: Record<string, string | null>;
  responses: number;
  /** SIPAS: mean of the element satisfaction indices. */
  sipas: Figure;
  /** Share of satisfied answers to the overall satisfaction question. */
  overall: Figure;
  /** Mean of the element evaluation indices. */
  evaluation: Figure;
  elements: ElementResult[];
  /** Ranked: largest share first, then in questionnaire order. */
  expectations: ExpectationResult[];
}

export interface ScoreResults {
  kind: 'sipas-score-results';
  options: ScoringOptions;
  minN: number;
  seen: number;
  accepted: number;
  rejected: Record<RejectReason, number>;
  groups: GroupResult[];
}

function share(count: number, n: number, minN: number): Figure {
  return { value: n === 0 ? null : (count * 100) / n, n, lowN: n < minN };
}

/** The mean of indices; null unless every one of them exists, so a missing part never silently changes what is averaged. */
function mean(figures: readonly Figure[], minN: number): Figure {
  const n = figures.length === 0 ? 0 : Math.min(...figures.map((f) => f.n));
  const complete = figures.length > 0 && figures.every((f) => f.value !== null);
  const value = complete ? figures.reduce((sum, f) => sum + f.value!, 0) / figures.length : null;
  return { value, n, lowN: n < minN };
}

function ratingShare(rating: ScoredRating | undefined, group: GroupCounts, minN: number): Figure {
  const counts = rating ? ownValue(group.ratings, rating.item.id) : undefined;
  if (!rating || !counts) return share(0, 0, minN);
  let n = 0;
  let satisfied = 0;
  for (const code of rating.codes) n += counts[code] ?? 0;
  for (const code of rating.satisfiedCodes) satisfied += counts[code] ?? 0;
  return share(satisfied, n, minN);
}

function groupResult(plan: ScoringPlan, group: GroupCounts, minN: number): GroupResult {
  const elements = plan.elements.map((element): ElementResult => {
    const criteria = element.criteria.map((c) => ({ itemId: c.item.id, number: c.item.number, element: element.id, index: ratingShare(c, group, minN) }));
    return { id: element.id, evaluation: mean(criteria.map((c) => c.index), minN), satisfaction: ratingShare(element.satisfaction, group, minN), criteria };
  });
  const expectations: ExpectationResult[] = plan.expectations.flatMap((entry) => {
    if ('codes' in entry) return [{ itemId: entry.item.id, share: ratingShare(entry, group, minN) }];
    const tally = ownValue(group.choices, entry.item.id);
    return entry.item.options.map((o) => ({ itemId: entry.item.id, option: o.value, share: share(ownValue(tally?.chosen, o.value) ?? 0, tally?.answered ?? 0, minN) }));
  });
  // A stable sort keeps questionnaire order among equal shares.
  expectations.sort((a, b) => (b.share.value ?? -1) - (a.share.value ?? -1));
  return {
    questionnaire: group.questionnaire,
    cut: group.cut,
    responses: group.responses,
    sipas: mean(elements.map((e) => e.satisfaction), minN),
    overall: ratingShare(plan.overall, group, minN),
    evaluation: mean(elements.map((e) => e.evaluation), minN),
    elements,
    expectations,
  };
}

type GroupId = Pick<GroupCounts, 'questionnaire' | 'cut'>;

/** Orders groups by questionnaire, then by each cut value (missing values last), so the order never depends on input order. */
export function compareGroups(a: GroupId, b: GroupId): number {
  const keys = (g: GroupId) => [g.questionnaire.id, g.questionnaire.version, ...Object.values(g.cut)];
  const left = keys(a);
  const right = keys(b);
  for (let i = 0; i < left.length; i++) {
    if (left[i] === right[i]) continue;
    if (left[i] === null) return 1;
    if (right[i] === null) return -1;
    return left[i]! < right[i]! ? -1 : 1;
  }
  return 0;
}

/** Turns counts into indices, per group, using the definitions the counts were scored with. */
export function computeResults(counts: ScoreCounts, definitions: readonly Definition[], minN = DEFAULT_MIN_N): ScoreResults {
  const plans = new Map(definitions.map((d) => compilePlan(d)).map((plan) => [plan.key, plan]));
  const groups = Object.values(counts.groups)
    .sort(compareGroups)
    .map((group) => {
      const key = planKey(group.questionnaire.id, group.questionnaire.version);
      const plan = plans.get(key);
      if (!plan) throw new Error(`the counts hold responses to ${key}, but its definition was not given`);
      return groupResult(plan, group, minN);
    });
  return { kind: 'sipas-score-results', options: counts.options, minN, seen: counts.seen, accepted: counts.accepted, rejected: { ...counts.rejected }, groups };
}
