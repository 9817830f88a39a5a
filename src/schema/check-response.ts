import { formatSchemaIssues, type SchemaProblem } from './format-issues.js';
import { ResponseSchema, type SurveyResponse } from './response.js';

export type ResponseCheck = { ok: true; response: SurveyResponse } | { ok: false; problems: SchemaProblem[] };

/** The response's objects keyed by item id; every other object of a response is strict, so zod refuses unknown keys there. */
const ANSWER_RECORDS = ['answers', 'respondent'] as const;

/**
 * JSON.parse makes "__proto__" an own key, and zod's records drop it without a word: the response would be
 * accepted and stored without what was sent. No item can have that id, so it is refused by name.
 */
function prototypeKeyProblems(value: unknown): SchemaProblem[] {
  if (typeof value !== 'object' || value === null) return [];
  return ANSWER_RECORDS.flatMap((name) => {
    const record: unknown = Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
    return typeof record === 'object' && record !== null && Object.hasOwn(record, '__proto__')
      ? [{ path: `${name}.__proto__`, message: 'is a key named "__proto__", which is not allowed (no item has that id)' }]
      : [];
  });
}

/** Validates a response against its schema; the element loads this after the first render. */
export function checkResponse(response: unknown): ResponseCheck {
  const parsed = ResponseSchema.safeParse(response);
  const problems = [...(parsed.success ? [] : formatSchemaIssues(parsed.error.issues)), ...prototypeKeyProblems(response)];
  return parsed.success && problems.length === 0 ? { ok: true, response: parsed.data } : { ok: false, problems };
}
