import type { Answers, Collection, ServiceContext, SurveyResponse } from '../../src/schema/response.js';

let sequence = 0;

/** A response to sipas-2017 with the given answers; everything else valid and fixed. */
export function response(answers: Answers, options: { context?: ServiceContext; submittedAt?: string; questionnaire?: { id: string; version: string }; collection?: Collection; completion?: 'partial' } = {}): SurveyResponse {
  sequence++;
  const { id, version } = options.questionnaire ?? { id: 'sipas-2017', version: '2017.2' };
  return {
    schemaVersion: 1,
    responseId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    questionnaire: { id, version, textHash: '0123456789abcdef' },
    locale: 'vi',
    startedAt: '2026-03-02T01:00:00.000Z',
    submittedAt: options.submittedAt ?? '2026-03-02T01:05:00.000Z',
    context: options.context ?? { agencyCode: '25.721.25975', channel: 'in-person' },
    ...(options.collection ? { schemaVersion: 1.1, collection: options.collection } : {}),
    ...(options.completion ? { schemaVersion: 1.1, completion: options.completion } : {}),
    answers,
  };
}

/** The same rating for every listed item. */
export const rate = (ids: readonly string[], code: number): Answers => Object.fromEntries(ids.map((id) => [id, code]));
