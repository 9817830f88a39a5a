import type { Definition } from '../src/schema/definition.js';
import type { SurveyResponse } from '../src/schema/response.js';

export function createRandom(seed: number): () => number;
export const SYNTHETIC_AGENCIES: readonly { agencyCode: string; agencyName: string; quality: number }[];
export const SYNTHETIC_PROCEDURES: readonly { procedureCode: string; procedureName: string; field: string; quality: number; weight: number }[];
export function syntheticResponses(options: {
  definition: Definition;
  count: number;
  seed?: number;
  start?: string;
  months?: number;
  textHash?: (locale: string) => string;
}): Generator<SurveyResponse>;
