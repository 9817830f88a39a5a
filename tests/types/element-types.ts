// Compile-time checks of <sipas-survey>'s property types, run by `npm run typecheck` (tsconfig.test.json). Every
// expect-error directive must meet an error: if a type loosened (say `channel` back to `string`), the directive is
// unused and the type check fails.
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { sipas2022 } from '../../src/definitions/sipas-2022.js';

export function settingProperties(el: SipasSurvey): void {
  el.channel = 'in-person';
  el.channel = null;
  // @ts-expect-error: "fax" is not a channel
  el.channel = 'fax';
  el.questionnaire = 'sipas-2022';
  // @ts-expect-error: no built-in questionnaire is called "sipas-2030"
  el.questionnaire = 'sipas-2030';
  el.layout = 'paged';
  // @ts-expect-error: a layout is auto, single or paged
  el.layout = 'wide';
  el.theme = 'dark';
  // @ts-expect-error: a theme is auto, light or dark
  el.theme = 'sepia';
  el.definition = sipas2022;
  // @ts-expect-error: a definition is an object of the definition schema's shape
  el.definition = { title: 'Phiếu' };
  el.overrides = { items: { 'c1.1': { label: { vi: 'Câu hỏi của xã' } } } };
  // @ts-expect-error: an overridden label gives its text per language
  el.overrides = { items: { 'c1.1': { label: 'Câu hỏi của xã' } } };
}
