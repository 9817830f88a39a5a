import type { Definition } from '../schema/definition.js';
import type { Overrides } from '../schema/overrides.js';

/** The questionnaire `<sipas-survey>` shows when no `questionnaire` attribute is set. */
export const DEFAULT_QUESTIONNAIRE_ID: QuestionnaireId = 'sipas-2017';

/**
 * Built-in questionnaires by id. Each is a dynamic import, so a page downloads the text of the questionnaire it
 * shows and of no other (separate modules in the ESM build; chunks beside the CDN bundle, whose entry file carries
 * the default one).
 */
export const builtInDefinitions = {
  'sipas-2017': once(() => import('./sipas-2017.js').then((m) => m.sipas2017)),
  'sipas-2022': once(() => import('./sipas-2022.js').then((m) => m.sipas2022)),
  'dvc-online': once(() => import('./dvc-online.js').then((m) => m.dvcOnline)),
} as const satisfies Readonly<Record<string, () => Promise<Definition>>>;

/** The id of a built-in questionnaire: the values `<sipas-survey questionnaire>` accepts. */
export type QuestionnaireId = keyof typeof builtInDefinitions;

/** A built-in questionnaire in its default language, with the wording of its other languages loaded on demand. */
export interface QuestionnaireInParts {
  definition: () => Promise<Definition>;
  languages: Readonly<Record<string, () => Promise<Overrides>>>;
}

/**
 * How `<sipas-survey>` loads the built-ins that come in parts: the default questionnaire's Vietnamese is in the CDN
 * entry, and a page showing it in English loads the English after it (`builtInDefinitions` has every language).
 */
export const builtInParts: Partial<Record<QuestionnaireId, QuestionnaireInParts>> = {
  'sipas-2017': {
    definition: once(() => import('./sipas-2017-vi.js').then((m) => m.sipas2017Vietnamese)),
    languages: { en: once(() => import('./sipas-2017-en.js').then((m) => m.sipas2017English)) },
  },
};

let scored: Promise<Definition[]> | undefined;

/**
 * Every questionnaire version the scoring knows, once per page: each built-in as shown today, and the earlier
 * versions whose responses may be stored (sipas-2017 2017.1 asked everyone about the handling of feedback).
 */
export function scoredDefinitions(): Promise<Definition[]> {
  return (scored ??= Promise.all([...Object.values(builtInDefinitions).map((load) => load()), import('./sipas-2017-v1.js').then((m) => m.sipas2017v1)]));
}

/**
 * One promise per questionnaire for the whole page: every survey on it then renders in the same task, where a
 * dynamic import per element settles in a task of its own (measured: 50 surveys laid out six times instead of once).
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}
