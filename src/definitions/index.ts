import type { Definition } from '../schema/definition.js';
import { sipas2017 } from './sipas-2017.js';

/** The questionnaire `<sipas-survey>` shows when no `questionnaire` attribute is set. */
export const DEFAULT_QUESTIONNAIRE_ID = 'sipas-2017';

/** Built-in questionnaires by id. Loaders, so that questionnaires a page does not use can be split out. */
export const builtInDefinitions: Readonly<Record<string, () => Promise<Definition>>> = {
  'sipas-2017': async () => sipas2017,
};

export { sipas2017 };
