import { formatSchemaIssues, type SchemaProblem } from './format-issues.js';
import { ResponseSchema, type SurveyResponse } from './response.js';

export type ResponseCheck = { ok: true; response: SurveyResponse } | { ok: false; problems: SchemaProblem[] };

/** Validates a response against its schema; the element loads this after the first render. */
export function checkResponse(response: unknown): ResponseCheck {
  const parsed = ResponseSchema.safeParse(response);
  return parsed.success ? { ok: true, response: parsed.data } : { ok: false, problems: formatSchemaIssues(parsed.error.issues) };
}
