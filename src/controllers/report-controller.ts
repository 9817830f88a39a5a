import type { ReactiveControllerHost } from 'lit';
import { scoredDefinitions } from '../definitions/index.js';
import type { Definition } from '../schema/definition.js';
import { CommentCollector, type Comment } from '../scoring/comments.js';
import { CUT_FIELDS, type CutField } from '../scoring/cuts.js';
import { computeResults, Scorer, type Period } from '../scoring/index.js';
import { crosswalkNames, recodeCounts, type Crosswalk } from '../scoring/recode.js';
import type { ScoreResults } from '../scoring/results.js';

export interface ReportInput {
  /** Responses to score; ignored when `results` is given. */
  responses: readonly unknown[] | undefined;
  /** Precomputed results (e.g. from `sipas-score --format json`). */
  results: ScoreResults | undefined;
  /** Questionnaires besides the built-in ones. */
  definitions: readonly Definition[];
  minN: number;
  /** Cuts to split responses by, comma-separated as in the `by` attribute (e.g. "desk" or "mode,desk"). */
  by: string | null;
  /** Also cut responses by this period of their submission. */
  period: Period | null;
  /** Old agency codes recoded to new ones before the counts are added up. */
  crosswalk: Crosswalk;
}

/** The cuts named in a `by` attribute; throws, naming the cuts that exist, when one is not a cut. */
export function parseCuts(by: string | null): CutField[] {
  const names = (by ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(CUT_FIELDS as string[]).includes(name));
  if (unknown.length > 0) throw new Error(`by: "${unknown.join('", "')}" is not a cut; use ${CUT_FIELDS.join(', ')}`);
  return names as CutField[];
}

export interface ComputedReport {
  results: ScoreResults;
  definitions: Definition[];
  /** Agency names by code: the crosswalk's, else the last name the responses gave for a code. */
  names: Map<string, string>;
  /** The free-text answers of the counted responses (none from precomputed results). */
  comments: Comment[];
}

/** The report's results: loads the questionnaires they need and scores the responses, off the element. */
export class ReportController {
  computed: ComputedReport | undefined;
  failure: string | undefined;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Recomputes; a newer call wins over a slower earlier one. */
  async compute(input: ReportInput): Promise<void> {
    const generation = ++this.generation;
    try {
      const cuts = parseCuts(input.by);
      const all = [...input.definitions, ...(await scoredDefinitions())];
      if (generation !== this.generation) return;
      this.computed = input.results ? { results: input.results, definitions: all, names: crosswalkNames(input.crosswalk), comments: [] } : this.score(input, cuts, all);
      this.failure = undefined;
    } catch (error) {
      if (generation !== this.generation) return;
      this.failure = String(error instanceof Error ? error.message : error);
    }
    this.host.requestUpdate();
  }

  /** Counts the responses, recodes merged units, then computes the indices from the summed counts. */
  private score({ responses = [], minN, period, crosswalk }: ReportInput, by: CutField[], definitions: Definition[]): ComputedReport {
    const scorer = new Scorer(definitions, { by, period });
    const comments = new CommentCollector(definitions, scorer.counts.options, crosswalk);
    const names = new Map<string, string>();
    for (const response of responses) {
      if (!scorer.add(response).ok) continue;
      const counted = response as Parameters<CommentCollector['add']>[0];
      comments.add(counted);
      const { agencyCode, agencyName } = counted.context;
      if (agencyCode && agencyName) names.set(agencyCode, agencyName);
    }
    for (const [code, name] of crosswalkNames(crosswalk)) names.set(code, name);
    const results = computeResults(crosswalk.length > 0 ? recodeCounts(scorer.counts, crosswalk) : scorer.counts, definitions, minN);
    return { results, definitions, names, comments: comments.comments };
  }
}
