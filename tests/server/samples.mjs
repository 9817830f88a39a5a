// Valid responses for the receiver's tests, built by the package itself (from dist/, so `npm run build` first).
import { sipas2017 } from '../../dist/definitions/sipas-2017.js';
import { buildResponse } from '../../dist/model/response.js';

/** A valid response with a fresh id. */
export function sampleResponse(answers = { 'c1.1': 4, 'c2.1': 5 }) {
  const now = new Date();
  return buildResponse({ definition: sipas2017, answers, context: { agencyCode: 'test-agency', channel: 'online' }, locale: 'vi', startedAt: now, submittedAt: now, responseId: crypto.randomUUID() });
}

/** Responses as NDJSON, one a line. */
export function ndjson(responses) {
  return responses.map((response) => `${JSON.stringify(response)}\n`).join('');
}
