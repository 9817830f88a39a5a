import type { ReactiveControllerHost } from 'lit';
import { builtInDefinitions } from '../definitions/index.js';
import type { Definition } from '../schema/definition.js';
import { scoreResponses } from '../scoring/index.js';
import type { ScoreResults } from '../scoring/results.js';

let builtIns: Promise<Definition[]> | undefined;
/** The built-in questionnaires, loaded once per page (each is its own chunk). */
const loadBuiltIns = () => (builtIns ??= Promise.all(Object.values(builtInDefinitions).map((load) => load())));

export interface ReportInput {
  /** Responses to score; ignored when `results` is given. */
  responses: readonly unknown[] | undefined;
  /** Precomputed results (e.g. from `sipas-score --format json`). */
  results: ScoreResults | undefined;
  /** Questionnaires besides the built-in ones. */
  definitions: readonly Definition[];
  minN: number;
}

/** The report's results: loads the questionnaires they need and scores the responses, off the element. */
export class ReportController {
  computed: { results: ScoreResults; definitions: Definition[] } | undefined;
  failure: string | undefined;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Recomputes; a newer call wins over a slower earlier one. */
  async compute({ responses, results, definitions, minN }: ReportInput): Promise<void> {
    const generation = ++this.generation;
    try {
      const all = [...definitions, ...(await loadBuiltIns())];
      if (generation !== this.generation) return;
      this.computed = { results: results ?? scoreResponses(responses ?? [], all, {}, minN), definitions: all };
      this.failure = undefined;
    } catch (error) {
      if (generation !== this.generation) return;
      this.failure = String(error instanceof Error ? error.message : error);
    }
    this.host.requestUpdate();
  }
}
