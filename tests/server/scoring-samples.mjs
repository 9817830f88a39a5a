// Responses for the scoring routes' tests: deterministic synthetic responses to every built-in questionnaire and to
// a commune's own (demo/questionnaires/thon-phu-an.json), with desks and collection modes, a few the scorer must
// refuse though the schema takes them (answers off the questionnaire, a version it does not know), and period edges.
// From dist/ and demo/synthetic.js, so `npm run build` first.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { scoredDefinitions } from '../../dist/definitions/index.js';
import { parseDefinition } from '../../dist/model/definition.js';
import { syntheticResponses } from '../../demo/synthetic.js';

export const customDefinitionFile = fileURLToPath(new URL('../../demo/questionnaires/thon-phu-an.json', import.meta.url));

/** The built-in questionnaires and the commune's own: what the receiver and sipas-score are both given. */
export async function scoringDefinitions() {
  const custom = parseDefinition(JSON.parse(await readFile(customDefinitionFile, 'utf8')));
  if (!custom.ok) throw new Error(`${customDefinitionFile} is not a valid definition`);
  return [...(await scoredDefinitions()), custom.definition];
}

const MODES = ['online', 'kiosk', 'paper', 'interview'];

/** Responses (objects, all valid by the response schema), the same for a seed. */
export async function scoringSample(seed = 1) {
  const definitions = await scoringDefinitions();
  const byId = (id) => definitions.find((d) => d.id === id);
  const counts = { 'sipas-2017': 160, 'sipas-2022': 80, 'dvc-online': 60, 'thon-phu-an': 60 };
  const responses = Object.entries(counts).flatMap(([id, count], i) => [...syntheticResponses({ definition: byId(id), count, seed: seed * 10 + i, months: 14 })]);
  // Schema 1.1 fields on some: a desk and a collection mode (a response without `collection` was online).
  responses.forEach((response, i) => {
    if (i % 3 === 0) Object.assign(response, { schemaVersion: 1.1, collection: { mode: MODES[i % MODES.length] }, context: { ...response.context, desk: `Quầy ${i % 4}` } });
  });
  const [first] = responses;
  const refused = [
    { ...first, responseId: crypto.randomUUID(), answers: { ...first.answers, 'c1.1': 9 } },
    { ...first, responseId: crypto.randomUUID(), answers: { ...first.answers, 'no-such-item': 1 } },
    { ...first, responseId: crypto.randomUUID(), questionnaire: { ...first.questionnaire, version: '1999.1' } },
  ];
  // Vietnam time: the last second of March is in Q1, the next in Q2.
  const edges = ['2026-03-31T16:59:59.999Z', '2026-03-31T17:00:00Z'].map((submittedAt) => ({ ...first, responseId: crypto.randomUUID(), submittedAt }));
  return [...responses, ...refused, ...edges];
}
