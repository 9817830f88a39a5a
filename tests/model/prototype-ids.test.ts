import { expect } from '@open-wc/testing';
import { applyAnswer, pruneAnswers } from '../../src/model/answers.js';
import { agreedAnswers, answerDifferences } from '../../src/model/double-entry.js';
import { parseDefinition } from '../../src/model/definition.js';
import { applyOverrides } from '../../src/model/overrides.js';
import { buildResponse } from '../../src/model/response.js';
import { validateAnswers } from '../../src/model/validation.js';
import { checkResponse } from '../../src/schema/check-response.js';
import type { Definition } from '../../src/schema/definition.js';
import { mergeCounts, Scorer, computeResults, scoreResponses } from '../../src/scoring/index.js';
import { definitionWithId, OBJECT_PROTOTYPE_NAMES, prototypeIds, prototypeIdsResponse } from '../support/prototype-ids.js';

/** What the global Object and its prototype hold: scoring once wrote counts onto `Object` itself. */
const globals = () => [Object.getOwnPropertyNames(Object), Object.getOwnPropertyNames(Object.prototype)];

const at = new Date('2026-03-02T03:00:00Z');
const respond = (definition: Definition, answers: Record<string, unknown>) =>
  buildResponse({ definition, answers: answers as never, context: {}, locale: 'vi', startedAt: at, submittedAt: at, responseId: crypto.randomUUID() });

describe('ids named like properties of Object.prototype', () => {
  it('lists every name of Object.prototype, "__proto__" among them', () => {
    expect(OBJECT_PROTOTYPE_NAMES).to.include.members(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']);
  });

  for (const name of OBJECT_PROTOTYPE_NAMES) {
    it(`"${name}" as an item, section, scale and option id: refused in words by the schema, or it works everywhere`, () => {
      const parsed = parseDefinition(definitionWithId(name));
      if (!parsed.ok) {
        // Ids are lowercase letters, digits, ".", "_" and "-", starting with a letter or digit: every name but
        // "constructor" has a capital letter or starts with "_".
        expect(name).not.to.equal('constructor');
        expect(parsed.problems).to.deep.include({ path: 'sections[0].items[0].id', message: 'expected lowercase letters, digits, ".", "_" or "-", starting with a letter or digit' });
        return;
      }
      expect(name).to.equal('constructor');
      const definition = parsed.definition;
      const before = globals();
      // Unanswered, the optional item is not an error; answered, it is an own key that survives a structured clone.
      expect(validateAnswers(definition, { required: 3 })).to.deep.equal([]);
      const answers = applyAnswer(definition, applyAnswer(definition, {}, 'required', 3), name, 1);
      expect(structuredClone(answers)).to.deep.equal({ required: 3, [name]: 1 });
      expect(applyAnswer(definition, answers, 'why', [name])).to.deep.equal({ required: 3, [name]: 1, why: [name] });
      expect(pruneAnswers(definition, JSON.parse('{"required":2}'))).to.deep.equal({ required: 2 });
      const responses = [respond(definition, { required: 3 }), respond(definition, { [name]: 1, required: 2, why: [name] }), respond(definition, { [name]: 3, required: 1, why: ['other'] })];
      for (const response of responses) expect(checkResponse(JSON.parse(JSON.stringify(response))).ok).to.equal(true);
      const results = scoreResponses(responses, [definition], {}, 1);
      expect([results.seen, results.accepted]).to.deep.equal([3, 3]);
      const [group] = results.groups;
      // Percentages: "constructor" answered 1 and 3 (one of two satisfied), the required item 3, 2, 1 (two of three).
      expect(group!.elements[0]!.criteria[0]!.index).to.deep.equal({ value: 50, n: 2, lowN: false });
      expect(group!.elements[0]!.satisfaction).to.deep.equal({ value: (2 * 100) / 3, n: 3, lowN: false });
      expect(group!.expectations.map((e) => [e.itemId, 'option' in e ? e.option : '', e.share.value])).to.deep.equal([
        ['why', name, 50],
        ['why', 'other', 50],
      ]);
      expect(globals()).to.deep.equal(before);
    });

    it(`"${name}" as an answer key of a response: counted when the questionnaire has it, else refused for its exact reason; nothing else touched`, () => {
      const before = globals();
      const scorer = new Scorer([prototypeIds]);
      const line = JSON.stringify(prototypeIdsResponse({ prototype: 3 })).replace('"answers":{', `"answers":{${JSON.stringify(name)}:2,`);
      const outcome = scorer.addLine(line);
      if (name === 'constructor') {
        expect(outcome).to.deep.equal({ ok: true });
        expect([scorer.counts.seen, scorer.counts.accepted]).to.deep.equal([1, 1]);
        expect(globals()).to.deep.equal(before);
        return;
      }
      // JSON.parse makes "__proto__" an own key, which the schema's records would drop unsaid: it is refused by name.
      if (name === '__proto__') expect(outcome).to.deep.include({ ok: false, reason: 'invalid-response', detail: 'answers.__proto__ is a key named "__proto__", which is not allowed (no item has that id)' });
      else expect(outcome).to.deep.include({ ok: false, reason: 'answers-mismatch', detail: `answers["${name}"] is not a question of constructor@1` });
      expect(scorer.counts.rejected).to.deep.include({ 'invalid-response': name === '__proto__' ? 1 : 0, 'answers-mismatch': name === '__proto__' ? 0 : 1 });
      expect([scorer.counts.seen, scorer.counts.accepted]).to.deep.equal([1, 0]);
      expect(globals()).to.deep.equal(before);
    });
  }

  it('a "__proto__" answer holding an object is refused, not counted without it (the schema alone dropped it)', () => {
    const line = JSON.stringify(prototypeIdsResponse({ prototype: 3 })).replace('"answers":{', '"answers":{"__proto__":{"prototype":1},');
    const results = scoreResponses([JSON.parse(line)], [prototypeIds]);
    expect([results.seen, results.accepted, results.rejected['invalid-response']]).to.deep.equal([1, 0, 1]);
    expect(checkResponse(JSON.parse(line))).to.deep.equal({ ok: false, problems: [{ path: 'answers.__proto__', message: 'is a key named "__proto__", which is not allowed (no item has that id)' }] });
  });

  it('scores "constructor" answers, the option "constructor" and a cut value "constructor" exactly, also across merged shards', () => {
    const before = globals();
    const responses = [
      prototypeIdsResponse({ prototype: 3 }),
      prototypeIdsResponse({ constructor: 1, prototype: 1, why: ['constructor'], detail: 'Chờ lâu' }),
      prototypeIdsResponse({ constructor: 3, prototype: 2, why: ['constructor', 'prototype'] }),
    ];
    const options = { by: ['agencyName' as const] };
    const whole = new Scorer([prototypeIds], options);
    for (const response of responses) expect(whole.addLine(JSON.stringify(response))).to.deep.equal({ ok: true });
    const [group] = Object.values(whole.counts.groups);
    expect(JSON.parse(JSON.stringify(group))).to.deep.equal({
      questionnaire: { id: 'constructor', version: '1' },
      cut: { agencyName: 'constructor' },
      responses: 3,
      ratings: { prototype: [0, 1, 1, 1] },
      choices: { why: { answered: 2, chosen: { constructor: 2, prototype: 1 } } },
    });
    // Shards merged from their JSON (plain objects again) add up to the same counts.
    const shards = responses.map((response) => {
      const shard = new Scorer([prototypeIds], options);
      shard.add(response);
      return JSON.parse(JSON.stringify(shard.counts));
    });
    const merged = shards.reduce((a, b) => mergeCounts(a, b));
    expect(JSON.parse(JSON.stringify(merged))).to.deep.equal(JSON.parse(JSON.stringify(whole.counts)));
    expect(computeResults(merged, [prototypeIds], 1)).to.deep.equal(computeResults(whole.counts, [prototypeIds], 1));
    expect(globals()).to.deep.equal(before);
  });

  it('double entry waits for a decision on "constructor" and applies it', () => {
    const first = { constructor: 3, prototype: 2 };
    const second = { constructor: 2, prototype: 2 };
    expect(answerDifferences(prototypeIds, first, second)).to.deep.equal([{ itemId: 'constructor', first: 3, second: 2 }]);
    expect(agreedAnswers(prototypeIds, first, second, {}), 'no decision taken yet').to.equal(undefined);
    expect(agreedAnswers(prototypeIds, first, second, { constructor: 'second' as const })).to.deep.equal(second);
  });

  it('overrides reword the item, section, scale and option named "constructor", and only what they name', () => {
    const reworded = applyOverrides(prototypeIds, {
      sections: { constructor: { title: { vi: 'Phục vụ của xã' } } },
      items: { constructor: { label: { vi: 'Thái độ cán bộ xã' } }, why: { options: { constructor: { vi: 'Thái độ cán bộ xã' } } } },
      scales: { constructor: { '3': { vi: 'Rất hài lòng với xã' } } },
    });
    if (!reworded.ok) throw new Error(JSON.stringify(reworded.problems));
    const [section] = reworded.definition.sections;
    expect(section!.title).to.deep.equal({ vi: 'Phục vụ của xã' });
    expect(section!.items.map((item) => item.label.vi)).to.deep.equal(['Thái độ cán bộ xã', 'Hài lòng chung', 'Vì sao không hài lòng?', 'Cần cải thiện']);
    expect(reworded.definition.scales[0]!.options[0]!.label).to.deep.equal({ vi: 'Rất hài lòng với xã' });
    const untouched = applyOverrides(prototypeIds, { items: { prototype: { label: { vi: 'Hài lòng' } } } });
    expect(untouched.ok && untouched.definition.sections[0]!.items[0]).to.equal(prototypeIds.sections[0]!.items[0]);
  });
});
