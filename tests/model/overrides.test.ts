import { expect } from '@open-wc/testing';
import { applyOverrides } from '../../src/model/overrides.js';
import { buildResponse, wordingHash } from '../../src/model/response.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { dvcOnline } from '../../src/definitions/dvc-online.js';
import { ResponseSchema } from '../../src/schema/response.js';
import type { ChoiceItem } from '../../src/schema/definition.js';

const agencyWording = { items: { 'c5.1': { label: { vi: 'UBND xã Phú An có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị' } } } };

describe('model: applyOverrides', () => {
  it('replaces the named texts in the named languages only, and leaves the definition it was given untouched', () => {
    const before = structuredClone(sipas2017);
    const result = applyOverrides(sipas2017, {
      ...agencyWording,
      title: { vi: 'Phiếu khảo sát của UBND xã Phú An' },
      sections: { results: { description: { vi: 'Kết quả là giấy tờ được cấp, hoặc văn bản từ chối.' } } },
      scales: { 'satisfaction-5': { '3': { vi: 'Trung bình' } } },
    });
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    if (!result.ok) return;
    const { definition } = result;
    expect(definition.title).to.deep.equal({ vi: 'Phiếu khảo sát của UBND xã Phú An', en: sipas2017.title.en });
    const c51 = definition.sections[4]!.items[0]!;
    expect(c51.label.vi).to.equal(agencyWording.items['c5.1'].label.vi);
    expect(c51.label.en).to.equal(sipas2017.sections[4]!.items[0]!.label.en);
    expect(definition.sections[3]!.description!.vi).to.match(/văn bản từ chối/);
    expect(definition.scales[0]!.options[2]!.label).to.deep.equal({ vi: 'Trung bình', en: 'Neither satisfied nor dissatisfied' });
    expect(sipas2017).to.deep.equal(before);
  });

  it('keeps ids, codes, rules and scoring, so answers and scores stay comparable', () => {
    const result = applyOverrides(sipas2017, { items: { 'feedback-given': { options: { yes: { vi: 'Có, tôi đã góp ý' } } } } });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const strip = (d: typeof sipas2017) => JSON.stringify(d, (key, value) => (key === 'label' ? undefined : value));
    expect(strip(result.definition)).to.equal(strip(sipas2017));
    expect((result.definition.sections[4]!.items[1] as ChoiceItem).options[0]!.label.vi).to.equal('Có, tôi đã góp ý');
  });

  it('adds a hint or description the definition did not have', () => {
    const result = applyOverrides(dvcOnline, { items: { overall: { hint: { vi: 'Chọn một mức.' } } }, description: { en: 'Anonymous.' } });
    expect(result.ok && result.definition.sections[0]!.items[0]!.hint).to.deep.equal({ vi: 'Chọn một mức.' });
    expect(result.ok && result.definition.description!.en).to.equal('Anonymous.');
  });

  const broken: { name: string; overrides: unknown; path: string; message: RegExp }[] = [
    { name: 'an unknown item id', overrides: { items: { 'c9.9': { label: { vi: 'x' } } } }, path: 'overrides.items["c9.9"]', message: /names no item of "sipas-2017"/ },
    { name: 'an unknown section id', overrides: { sections: { extra: { title: { vi: 'x' } } } }, path: 'overrides.sections.extra', message: /names no section/ },
    { name: 'an unknown option value', overrides: { items: { gender: { options: { other: { vi: 'x' } } } } }, path: 'overrides.items.gender.options.other', message: /names no option of "gender"/ },
    { name: 'options on a rating', overrides: { items: { 'c1.1': { options: { a: { vi: 'x' } } } } }, path: 'overrides.items["c1.1"].options', message: /a rating item without options/ },
    { name: 'an unknown scale', overrides: { scales: { stars: { '1': { vi: 'x' } } } }, path: 'overrides.scales.stars', message: /names no scale/ },
    { name: 'a scale code the scale lacks', overrides: { scales: { 'satisfaction-5': { '7': { vi: 'x' } } } }, path: 'overrides.scales["satisfaction-5"]["7"]', message: /not a code of the scale/ },
    { name: 'a property overrides do not have', overrides: { labels: {} }, path: 'overrides', message: /unknown property "labels"/ },
    { name: 'a text that is not a string', overrides: { title: { vi: 5 } }, path: 'overrides.title.vi', message: /expected string/ },
    { name: 'an empty text', overrides: { title: { vi: '' } }, path: 'overrides.title.vi', message: /at least 1 characters/ },
    { name: 'not an object', overrides: ['c1.1'], path: 'overrides', message: /expected object/ },
    { name: 'deep nesting', overrides: { title: JSON.parse('['.repeat(5000) + ']'.repeat(5000)) }, path: 'overrides.title[0][0][0][0][0][0][0]', message: /nested more than 8 levels/ },
  ];
  for (const { name, overrides, path, message } of broken) {
    it(`rejects ${name} with a readable problem at ${path}`, () => {
      const result = applyOverrides(sipas2017, overrides);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.problems.some((p) => p.path === path && message.test(p.message)), JSON.stringify(result.problems)).to.equal(true);
    });
  }

  it('is recorded in the response: overridden, and the hash of the wording shown', () => {
    const result = applyOverrides(sipas2017, agencyWording);
    if (!result.ok) throw new Error('the overrides should apply');
    const at = new Date('2026-11-26T07:40:00Z');
    const input = { answers: {}, context: {}, locale: 'vi', startedAt: at, submittedAt: at, responseId: '0b8f7a52-3f0c-4f9e-9f62-55d3c1b2a1e4' };
    const local = buildResponse({ ...input, definition: result.definition, overridden: true });
    const standard = buildResponse({ ...input, definition: sipas2017 });
    expect(local.questionnaire.overridden).to.equal(true);
    expect(standard.questionnaire).to.not.have.property('overridden');
    expect(local.questionnaire.textHash).to.equal(wordingHash(result.definition, 'vi'));
    expect(local.questionnaire.textHash).to.not.equal(standard.questionnaire.textHash);
    expect(ResponseSchema.safeParse(local).success).to.equal(true);
  });
});
