import type { Definition } from '../../src/schema/definition.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { sipas2022 } from '../../src/definitions/sipas-2022.js';
import { dvcOnline } from '../../src/definitions/dvc-online.js';
import { syntheticResponses } from '../../demo/synthetic.js';
import { response } from './support.js';

// The data the SQL is proved equal to the library on: the built-in questionnaires, one of our own, and every kind of
// response the scorer refuses or must take with care.

/** A questionnaire of our own: a 3-level scale, an element without a satisfaction question, a gate on a code, a capped multiple choice, priority rows, text. */
export const custom: Definition = {
  schemaVersion: 1,
  id: 'commune-short',
  version: '1',
  defaultLocale: 'vi',
  title: { vi: 'Phiếu ngắn' },
  provenance: { wording: 'ours', source: 'test', unofficialLocales: [] },
  scales: [
    { id: 's3', satisfiedCodes: [2, 3], options: [1, 2, 3].map((code) => ({ code, label: { vi: `m${code}` } })) },
    { id: 'priority', satisfiedCodes: [1, 2], options: [1, 2, 3].map((code) => ({ code, label: { vi: `p${code}` } })) },
  ],
  sections: [
    {
      id: 'online',
      title: { vi: 'Trực tuyến' },
      items: [
        { id: 'ease', type: 'rating', scale: 's3', required: true, label: { vi: 'Dễ dùng' }, scoring: { role: 'criterion', element: 'online' } },
        { id: 'speed', type: 'rating', scale: 's3', required: false, label: { vi: 'Đúng hạn' }, scoring: { role: 'criterion', element: 'online' } },
        { id: 'why-slow', type: 'rating', scale: 's3', required: false, label: { vi: 'Lý do' }, visibleIf: { item: 'speed', anyOf: [1] }, scoring: { role: 'criterion', element: 'desk' } },
        { id: 'sat', type: 'rating', scale: 's3', required: true, label: { vi: 'Hài lòng' }, scoring: { role: 'element-satisfaction', element: 'online' } },
        { id: 'overall', type: 'rating', scale: 's3', required: true, label: { vi: 'Tổng thể' }, scoring: { role: 'overall-satisfaction' } },
        { id: 'prio-it', type: 'rating', scale: 'priority', required: false, label: { vi: 'Chuyển đổi số' }, scoring: { role: 'expectation' } },
        {
          id: 'wishes',
          type: 'choice',
          multiple: true,
          maxChoices: 2,
          required: false,
          label: { vi: 'Mong muốn' },
          options: ['faster', 'kinder', 'other'].map((value) => ({ value, label: { vi: value } })),
          scoring: { role: 'expectation' },
        },
        { id: 'note', type: 'text', multiline: false, maxLength: 20, required: false, label: { vi: 'Ghi chú' }, visibleIf: { item: 'wishes', anyOf: ['other'] } },
      ],
    },
  ],
};

export const definitions = [sipas2017, sipas2022, dvcOnline, custom];
const q = { id: 'commune-short', version: '1' };

/** Responses the scorer must refuse, each for a reason the SQL must find too; and some it must accept. */
export const edgeCases: unknown[] = [
  { ...response({ ease: 3, sat: 2, overall: 2 }, { questionnaire: q }), responseId: 'not-a-uuid' },
  { ...response({ ease: 3 }, { questionnaire: q }), extra: true },
  { ...response({ ease: 3 }, { questionnaire: q }), context: { channel: 'fax' } },
  { ...response({ ease: 3 }, { questionnaire: q }), submittedAt: '2026-02-30T10:00:00Z' },
  { ...response({ ease: 3 }, { questionnaire: q }), respondent: null },
  response({ ease: 2.5 }, { questionnaire: q }),
  response({ ease: 9007199254740993 }, { questionnaire: q }),
  response({ ['x'.repeat(65)]: 1 }, { questionnaire: q }),
  // The schema counts code points (5001 are too many, 5000 astral ones fit); a text item counts UTF-16 units.
  response({ note: '😀'.repeat(5001) }, { questionnaire: q }),
  response({ wishes: ['other'], note: '😀'.repeat(5000) }, { questionnaire: q }),
  response({ ease: 3 }, { questionnaire: { id: 'commune-short', version: '2' } }),
  response({ ease: 3 }, { questionnaire: { id: 'elsewhere', version: '1' } }),
  response({ ease: 4 }, { questionnaire: q }),
  response({ ease: '3' }, { questionnaire: q }),
  response({ ease: 3, unknown: 1 }, { questionnaire: q }),
  response({ 'why-slow': 2, speed: 3 }, { questionnaire: q }),
  response({ 'why-slow': 2 }, { questionnaire: q }),
  response({ wishes: ['faster', 'faster'] }, { questionnaire: q }),
  response({ wishes: ['faster', 'kinder', 'other'] }, { questionnaire: q }),
  response({ wishes: [] }, { questionnaire: q }),
  response({ wishes: 'faster' }, { questionnaire: q }),
  response({ note: 'hi' }, { questionnaire: q }),
  response({ wishes: ['kinder'], note: 'x'.repeat(21) }, { questionnaire: q }),
  response({ wishes: ['other'], note: '😀'.repeat(11) }, { questionnaire: q }),
  // Accepted: note within 20 UTF-16 units (10 astral characters), a gate opened by a code, a lone element-free answer.
  response({ wishes: ['other', 'faster'], note: '😀'.repeat(10) }, { questionnaire: q }),
  response({ speed: 1, 'why-slow': 3, ease: 3, sat: 3, overall: 3 }, { questionnaire: q, context: { agencyCode: 'Ủy ban "Phú An", xã', channel: 'online' } }),
  response({ 'prio-it': 1 }, { questionnaire: q, context: {} }),
  // Response 1.1: a desk, a collection mode (absent means online), a partial answer; a bad mode, a desk too long.
  { ...response({ ease: 3, sat: 3 }, { questionnaire: q, context: { agencyCode: 'X', desk: 'Quầy 3' } }), schemaVersion: 1.1, collection: { mode: 'kiosk' }, completion: 'partial' },
  { ...response({ ease: 2 }, { questionnaire: q, context: { desk: 'Quầy 3' } }), schemaVersion: 1.1, collection: { mode: 'paper', formNumber: 'A-17', fieldDate: '2026-02-28' } },
  { ...response({ ease: 2 }, { questionnaire: q }), schemaVersion: 1.1, collection: { mode: 'telepathy' } },
  { ...response({ ease: 2 }, { questionnaire: q }), schemaVersion: 1.1, collection: { mode: 'paper', fieldDate: '2026-02-30' } },
  { ...response({ ease: 2 }, { questionnaire: q, context: { desk: 'x'.repeat(51) } }), schemaVersion: 1.1 },
  // Period edges in Vietnam time: the last second of March, the first of April; New Year; a leap day's evening.
  response({ ease: 3 }, { questionnaire: q, submittedAt: '2026-03-31T16:59:59.999999Z' }),
  response({ ease: 2 }, { questionnaire: q, submittedAt: '2026-03-31T17:00:00Z' }),
  response({ ease: 1 }, { questionnaire: q, submittedAt: '2026-12-31T17:00:00.5Z' }),
  response({ ease: 3 }, { questionnaire: q, submittedAt: '2028-02-29T17:30:00Z' }),
  response({ ease: 3 }, { questionnaire: q, submittedAt: '2027-02-28T17:30:00Z' }),
];

export const sample: unknown[] = [
  ...syntheticResponses({ definition: sipas2017, count: 80, seed: 3 }),
  ...syntheticResponses({ definition: sipas2022, count: 40, seed: 4, months: 14 }),
  ...syntheticResponses({ definition: dvcOnline, count: 40, seed: 5 }),
  ...syntheticResponses({ definition: custom, count: 80, seed: 6, start: '2026-11-01', months: 3 }),
  ...edgeCases,
];
// Raw lines too: JSON that is no response at all, and a rating written 4.0 (JSON.parse reads 4).
export const lines = [...sample.map((r) => JSON.stringify(r)), '[1,2]', '"text"', JSON.stringify(response({ ease: 3 }, { questionnaire: q })).replace('"ease":3', '"ease":3.0')];

