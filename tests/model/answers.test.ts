import { expect } from '@open-wc/testing';
import { applyAnswer, pruneAnswers, sameAnswers, toggleChoice, visibleItems } from '../../src/model/answers.js';
import { tableFor } from '../../src/i18n/language.js';
import { validateAnswers } from '../../src/model/validation.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import type { Answers } from '../../src/schema/response.js';

const gated = ['c5.2', 'c5.3', 'c5.4'];

describe('model: answers and visibility', () => {
  const cases: { name: string; answers: Answers; visible: boolean }[] = [
    { name: 'gate unanswered hides the gated items', answers: {}, visible: false },
    { name: 'gate "no" hides them', answers: { 'feedback-given': 'no' }, visible: false },
    { name: 'gate "yes" shows them', answers: { 'feedback-given': 'yes' }, visible: true },
  ];
  for (const { name, answers, visible } of cases) {
    it(name, () => {
      const ids = visibleItems(sipas2017, answers).map((item) => item.id);
      for (const id of gated) expect(ids.includes(id), id).to.equal(visible);
    });
  }

  it('the default questionnaire has 22 criteria in five elements', () => {
    const criteria = sipas2017.sections.flatMap((s) => s.items).filter((i) => i.scoring?.role === 'criterion');
    expect(criteria).to.have.length(22);
    const perElement = new Map<string, number>();
    for (const c of criteria) if (c.scoring?.role === 'criterion') perElement.set(c.scoring.element, (perElement.get(c.scoring.element) ?? 0) + 1);
    expect(Object.fromEntries(perElement)).to.deep.equal({ access: 4, procedures: 5, servants: 6, results: 3, feedback: 4 });
  });

  it('closing the gate drops the answers it gated, so they are never stored', () => {
    let answers = applyAnswer(sipas2017, {}, 'feedback-given', 'yes');
    answers = applyAnswer(sipas2017, answers, 'c5.2', 4);
    expect(answers['c5.2']).to.equal(4);
    answers = applyAnswer(sipas2017, answers, 'feedback-given', 'no');
    expect(answers).to.deep.equal({ 'feedback-given': 'no' });
  });

  it('clearing an answer removes its key; empty texts and lists are not stored', () => {
    let answers = applyAnswer(sipas2017, {}, 'comment', 'Tốt');
    answers = applyAnswer(sipas2017, answers, 'comment', undefined);
    expect(answers).to.deep.equal({});
    expect(pruneAnswers(sipas2017, { comment: '', expectations: [] })).to.deep.equal({});
  });

  it('never mutates its input', () => {
    const before: Answers = { 'c1.1': 3 };
    const frozen = Object.freeze({ ...before });
    applyAnswer(sipas2017, frozen, 'c1.2', 5);
    expect(frozen).to.deep.equal(before);
  });

  it('answers to unknown items are dropped', () => {
    expect(pruneAnswers(sipas2017, { nope: 1, 'c1.1': 2 })).to.deep.equal({ 'c1.1': 2 });
  });
});

describe('model: validation', () => {
  const requiredIds = sipas2017.sections
    .flatMap((s) => s.items)
    .filter((i) => i.required && !i.visibleIf)
    .map((i) => i.id);

  const complete = (): Answers => {
    const answers: Answers = {};
    for (const id of requiredIds) answers[id] = id === 'feedback-given' ? 'no' : 4;
    return answers;
  };

  const cases: { name: string; answers: () => Answers; expected: unknown[] }[] = [
    { name: 'a complete questionnaire has no issue', answers: complete, expected: [] },
    {
      name: 'a missing required rating',
      answers: () => {
        const a = complete();
        delete a['c2.3'];
        return a;
      },
      expected: [{ itemId: 'c2.3', code: 'required' }],
    },
    {
      name: 'an open gate makes its items required',
      answers: () => ({ ...complete(), 'feedback-given': 'yes' }),
      expected: ['c5.2', 'c5.3', 'c5.4', 'sat-feedback'].map((itemId) => ({ itemId, code: 'required' })),
    },
    {
      name: 'more than three expectations',
      answers: () => ({ ...complete(), expectations: ['shorten-time', 'facilities', 'information', 'servant-attitude'] }),
      expected: [{ itemId: 'expectations', code: 'too-many-choices', limit: 3 }],
    },
    {
      name: 'choosing "other" asks what',
      answers: () => ({ ...complete(), expectations: ['other'] }),
      expected: [{ itemId: 'expectations-other', code: 'required' }],
    },
    {
      name: 'a code outside the scale',
      answers: () => ({ ...complete(), 'c1.1': 7 }),
      expected: [{ itemId: 'c1.1', code: 'invalid-value' }],
    },
    {
      name: 'an option that does not exist',
      answers: () => ({ ...complete(), gender: 'robot' }),
      expected: [{ itemId: 'gender', code: 'invalid-value' }],
    },
    {
      name: 'a comment over its length limit',
      answers: () => ({ ...complete(), comment: 'x'.repeat(1001) }),
      expected: [{ itemId: 'comment', code: 'too-long', limit: 1000 }],
    },
    {
      name: 'an empty questionnaire lists every required question in order',
      answers: () => ({}),
      expected: requiredIds.map((itemId) => ({ itemId, code: 'required' })),
    },
  ];
  for (const { name, answers, expected } of cases) {
    it(name, () => expect(validateAnswers(sipas2017, answers())).to.deep.equal(expected));
  }
});

describe('model: toggleChoice', () => {
  const item = sipas2017.sections[6]!.items[0]! as import('../../src/schema/definition.js').ChoiceItem;
  const cases: [string, string[] | undefined, string, boolean, string[] | undefined][] = [
    ['first check', undefined, 'facilities', true, ['facilities']],
    ['keeps definition order, not click order', ['facilities'], 'simplify-procedures', true, ['simplify-procedures', 'facilities']],
    ['uncheck', ['facilities', 'other'], 'facilities', false, ['other']],
    ['unchecking the last clears the answer', ['other'], 'other', false, undefined],
    ['checking twice is idempotent', ['other'], 'other', true, ['other']],
  ];
  for (const [name, current, value, checked, expected] of cases) {
    it(name, () => expect(toggleChoice(item, current, value, checked)).to.deep.equal(expected));
  }
});

describe('model: sameAnswers', () => {
  const cases: [string, Answers, Answers, boolean][] = [
    ['both empty', {}, {}, true],
    ['same codes and texts', { 'c1.1': 4, comment: 'x' }, { comment: 'x', 'c1.1': 4 }, true],
    ['a code differs', { 'c1.1': 4 }, { 'c1.1': 5 }, false],
    ['a key more', { 'c1.1': 4 }, { 'c1.1': 4, 'c1.2': 4 }, false],
    ['same list', { expectations: ['a', 'b'] }, { expectations: ['a', 'b'] }, true],
    ['list order differs', { expectations: ['a', 'b'] }, { expectations: ['b', 'a'] }, false],
    ['list against text', { expectations: ['a'] }, { expectations: 'a' }, false],
  ];
  for (const [name, a, b, expected] of cases) it(name, () => expect(sameAnswers(a, b)).to.equal(expected));
});

describe('i18n: tableFor', () => {
  const tables = { vi: 'vi', en: 'en' };
  const cases: [string, string][] = [['vi', 'vi'], ['en-GB', 'en'], ['EN', 'en'], ['fr', 'vi'], ['', 'vi']];
  for (const [tag, expected] of cases) it(`"${tag}" → ${expected}`, () => expect(tableFor(tables, tag, 'vi')).to.equal(expected));
});
