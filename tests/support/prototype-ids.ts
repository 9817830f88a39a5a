// A questionnaire whose ids are names Object.prototype has ("constructor") or that objects often have
// ("prototype"), for the tests that every map keyed by ids holds any id the schema allows.
import type { Definition } from '../../src/schema/definition.js';
import type { Answers, SurveyResponse } from '../../src/schema/response.js';
import { buildResponse } from '../../src/model/response.js';

const label = (vi: string) => ({ vi });

/**
 * An optional rating "constructor" that feeds no index and a required rating "prototype" that does (the issue's
 * case), in a section and on a scale also named "constructor"; a text shown only when "constructor" is answered 1;
 * and a multiple choice whose options are "constructor" and "prototype".
 */
export const prototypeIds: Definition = {
  schemaVersion: 1,
  id: 'constructor',
  version: '1',
  defaultLocale: 'vi',
  title: label('Phiếu có mã câu hỏi trùng tên thuộc tính của JavaScript'),
  provenance: { wording: 'ours', source: 'sipas-survey tests', unofficialLocales: [] },
  scales: [
    {
      id: 'constructor',
      satisfiedCodes: [2, 3],
      options: [
        { code: 3, label: label('Rất hài lòng') },
        { code: 2, label: label('Hài lòng') },
        { code: 1, label: label('Không hài lòng') },
      ],
    },
  ],
  sections: [
    {
      id: 'constructor',
      title: label('Phục vụ'),
      items: [
        { id: 'constructor', type: 'rating', scale: 'constructor', required: false, label: label('Thái độ cán bộ') },
        { id: 'prototype', type: 'rating', scale: 'constructor', required: true, label: label('Hài lòng chung'), scoring: { role: 'element-satisfaction', element: 'constructor' } },
        { id: 'detail', type: 'text', multiline: false, maxLength: 100, required: true, visibleIf: { item: 'constructor', anyOf: [1] }, label: label('Vì sao không hài lòng?') },
        {
          id: 'why',
          type: 'choice',
          multiple: true,
          required: false,
          label: label('Cần cải thiện'),
          options: [
            { value: 'constructor', label: label('Thái độ') },
            { value: 'prototype', label: label('Thời gian') },
          ],
          scoring: { role: 'expectation' },
        },
      ],
    },
  ],
};

/** A response to `prototypeIds` with these answers. */
export function prototypeIdsResponse(answers: Answers): SurveyResponse {
  const at = new Date('2026-03-02T03:00:00Z');
  return buildResponse({ definition: prototypeIds, answers, context: { agencyName: 'constructor' }, locale: 'vi', startedAt: at, submittedAt: at, responseId: crypto.randomUUID() });
}

/** Every own property name of Object.prototype: "constructor", "toString", "__proto__", "hasOwnProperty", … */
export const OBJECT_PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/**
 * A definition with one optional rating of id `id` that feeds an index (as do its section, scale and option
 * value), beside a required one: what the schema makes of an id named like a property of Object.prototype.
 */
export function definitionWithId(id: string): unknown {
  return {
    ...prototypeIds,
    id: 'ids',
    scales: [{ ...prototypeIds.scales[0]!, id }],
    sections: [
      {
        id,
        title: label('Phần'),
        items: [
          { id, type: 'rating', scale: id, required: false, label: label('Câu hỏi'), scoring: { role: 'criterion', element: id } },
          { id: 'required', type: 'rating', scale: id, required: true, label: label('Hài lòng chung'), scoring: { role: 'element-satisfaction', element: id } },
          { id: 'why', type: 'choice', multiple: true, required: false, label: label('Cần cải thiện'), options: [{ value: id, label: label('A') }, { value: 'other', label: label('B') }], scoring: { role: 'expectation' } },
        ],
      },
    ],
  };
}
