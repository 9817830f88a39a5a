import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/model/definition.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import type { Definition } from '../../src/schema/definition.js';

const base = (): Definition => structuredClone(sipas2017);

/** Each broken definition and the problem (path and words) a developer should see. */
const broken: { name: string; make: () => unknown; path: string; message: RegExp }[] = [
  { name: 'not an object', make: () => 'hello', path: '(root)', message: /expected object/ },
  { name: 'missing id', make: () => { const d: Partial<Definition> = base(); delete d.id; return d; }, path: 'id', message: /expected string/ },
  { name: 'bad id characters', make: () => ({ ...base(), id: 'Có dấu' }), path: 'id', message: /lowercase letters/ },
  { name: 'wrong schemaVersion', make: () => ({ ...base(), schemaVersion: 2 }), path: 'schemaVersion', message: /expected one of 1/ },
  { name: 'a typo in a property', make: () => ({ ...base(), titel: { vi: 'x' } }), path: '(root)', message: /unknown property "titel"/ },
  {
    name: 'a scale with 4 levels',
    make: () => { const d = base(); d.scales[0]!.options.pop(); return d; },
    path: 'scales[0].options',
    message: /expected 3 or 5 levels/,
  },
  {
    name: 'an unknown item type',
    make: () => { const d = base() as any; d.sections[2].items[4].type = 'slider'; return d; },
    path: 'sections[2].items[4].type',
    message: /"rating", "choice", "text"/,
  },
  {
    name: 'a duplicate item id',
    make: () => { const d = base(); d.sections[1]!.items[0]!.id = 'c1.1'; return d; },
    path: 'sections[1].items[0].id',
    message: /duplicates the item id "c1.1"/,
  },
  {
    name: 'a rating on an undeclared scale',
    make: () => { const d = base() as any; d.sections[0].items[0].scale = 'stars'; return d; },
    path: 'sections[0].items[0].scale',
    message: /scale "stars", which is not declared/,
  },
  {
    name: 'a rule on an item that does not exist',
    make: () => { const d = base(); d.sections[4]!.items[2]!.visibleIf = { item: 'ghost', anyOf: ['yes'] }; return d; },
    path: 'sections[4].items[2].visibleIf.item',
    message: /"ghost", which does not exist/,
  },
  {
    name: 'a rule on a later item',
    make: () => { const d = base(); d.sections[0]!.items[0]!.visibleIf = { item: 'feedback-given', anyOf: ['yes'] }; return d; },
    path: 'sections[0].items[0].visibleIf.item',
    message: /comes later/,
  },
  {
    name: 'a rule on the item itself (a cycle)',
    make: () => { const d = base(); d.sections[0]!.items[0]!.visibleIf = { item: 'c1.1', anyOf: [1] }; return d; },
    path: 'sections[0].items[0].visibleIf.item',
    message: /itself/,
  },
  {
    name: 'a rule on a value the item cannot have',
    make: () => { const d = base(); d.sections[4]!.items[2]!.visibleIf = { item: 'feedback-given', anyOf: ['maybe'] }; return d; },
    path: 'sections[4].items[2].visibleIf.anyOf[0]',
    message: /"maybe", which is not an answer/,
  },
  {
    name: 'a label without the default locale',
    make: () => { const d = base(); d.sections[0]!.items[0]!.label = { en: 'Only English' }; return d; },
    path: 'sections[0].items[0].label',
    message: /no text in the default locale "vi"/,
  },
  {
    name: 'maxChoices above the number of options',
    make: () => { const d = base() as any; d.sections[6].items[0].maxChoices = 20; return d; },
    path: 'sections[6].items[0].maxChoices',
    message: /more than the 9 options/,
  },
  {
    name: 'a text without a length limit',
    make: () => { const d = base() as any; delete d.sections[6].items[2].maxLength; return d; },
    path: 'sections[6].items[2].maxLength',
    message: /expected number/,
  },
  {
    name: 'an absurd length limit',
    make: () => { const d = base() as any; d.sections[6].items[2].maxLength = 10_000_000; return d; },
    path: 'sections[6].items[2].maxLength',
    message: /expected a number ≤ 5000/,
  },
  {
    name: 'a satisfied code outside the scale',
    make: () => { const d = base(); d.scales[0]!.satisfiedCodes = [4, 6]; return d; },
    path: 'scales[0].satisfiedCodes[1]',
    message: /6, which is not a code of this scale/,
  },
  {
    name: 'an oversized definition',
    make: () => ({ ...base(), description: { vi: 'x'.repeat(1999) }, padding: 'y'.repeat(120_000) }),
    path: '(root)',
    message: /at most 100000 are accepted/,
  },
  {
    name: 'a cyclic object',
    make: () => { const d: any = base(); d.self = d; return d; },
    path: '(root)',
    message: /not plain JSON data/,
  },
];

describe('model: parseDefinition', () => {
  it('accepts the shipped sipas-2017', () => {
    const result = parseDefinition(sipas2017);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  for (const { name, make, path, message } of broken) {
    it(`rejects ${name} with a readable problem at ${path}`, () => {
      const result = parseDefinition(make());
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const match = result.problems.find((p) => p.path === path && message.test(p.message));
      expect(match, JSON.stringify(result.problems)).to.not.equal(undefined);
    });
  }
});
