import type { ReactiveControllerHost } from 'lit';
import { scoredDefinitions } from '../definitions/index.js';
import type { Definition } from '../schema/definition.js';
import { CUT_FIELDS, type CutField } from '../scoring/cuts.js';
import { scoreResponses } from '../scoring/index.js';
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
}

/** The cuts named in a `by` attribute; throws, naming the cuts that exist, when one is not a cut. */
export function parseCuts(by: string | null): CutField[] {
  const names = (by ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(CUT_FIELDS as string[]).includes(name));
  if (unknown.length > 0) throw new Error(`by: "${unknown.join('", "')}" is not a cut; use ${CUT_FIELDS.join(', ')}`);
  return names as CutField[];
}

/** The report's results: loads the questionnaires they need and scores the responses, off the element. */
export class ReportController {
  computed: { results: ScoreResults; definitions: Definition[] } | undefined;
  failure: string | undefined;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Recomputes; a newer call wins over a slower earlier one. */
  async compute({ responses, results, definitions, minN, by }: ReportInput): Promise<void> {
    const generation = ++this.generation;
    try {
      const cuts = parseCuts(by);
      const all = [...definitions, ...(await scoredDefinitions())];
      if (generation !== this.generation) return;
      this.computed = { results: results ?? scoreResponses(responses ?? [], all, { by: cuts }, minN), definitions: all };
      this.failure = undefined;
    } catch (error) {
      if (generation !== this.generation) return;
      this.failure = String(error instanceof Error ? error.message : error);
    }
    this.host.requestUpdate();
  }
}
