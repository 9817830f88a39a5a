import type { ServiceContext } from '../schema/response.js';

// Apart from drafts.ts so that the element can name its draft without loading zod before the first render.
export const DRAFT_KEY_PREFIX = 'draft:';
export const DEFAULT_DRAFT_MAX_AGE_DAYS = 7;

/**
 * One draft per questionnaire id and service context. The version is stored inside rather than in the key, so
 * a draft left by an older version is found and can be migrated or reported instead of lingering unseen.
 */
export function draftKey(questionnaireId: string, context: ServiceContext): string {
  const fields = [context.agencyCode, context.agencyName, context.procedureCode, context.procedureName, context.field, context.channel];
  return `${DRAFT_KEY_PREFIX}${questionnaireId}:${JSON.stringify(fields.map((field) => field ?? ''))}`;
}
