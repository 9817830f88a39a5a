import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/model/definition.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { sipas2022 } from '../../src/definitions/sipas-2022.js';
import { dvcOnline } from '../../src/definitions/dvc-online.js';
import type { Definition } from '../../src/schema/definition.js';

const base = (): Definition => structuredClone(sipas2017);

/** `depth` arrays nested in each other, as a hostile JSON file would hold them. */
const nestedArrays = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

/** A valid definition with `count` text items spread over sections of at most 200. */
const withItems = (count: number): Definition => {
  const d = base();
  d.sections = Array.from({ length: Math.ceil(count / 200) }, (_, s) => ({
    id: `s${s}`,
    title: { vi: `Phần ${s}` },
    items: Array.from({ length: Math.min(200, count - s * 200) }, (_, i) => ({
      id: `q${s}-${i}`,
      type: 'text' as const,
      multiline: false,
      maxLength: 10,
      required: false,
      label: { vi: 'Câu' },
    })),
  }));
  return d;
};

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
    path: 'self',
    message: /not plain JSON data: it contains itself/,
  },
  {
    name: '10,000 nested arrays (a hostile JSON file)',
    make: () => ({ ...base(), description: nestedArrays(10_000) }),
    path: 'description[0][0][0][0][0][0][0][0][0][0][0]',
    message: /nested more than 12 levels deep/,
  },
  {
    name: 'more than 500 items',
    make: () => withItems(501),
    path: 'sections',
    message: /has 501 items; at most 500/,
  },
  {
    name: 'a value JSON cannot hold',
    make: () => ({ ...base(), version: 10n }),
    path: '(root)',
    message: /a value JSON cannot represent/,
  },
  {
    name: 'a rule on a later item that depends back on it (a cycle)',
    make: () => {
      const d = base() as any;
      d.sections[4].items[1].visibleIf = { item: 'c5.2', anyOf: [1] };
      return d;
    },
    path: 'sections[4].items[1].visibleIf.item',
    message: /"c5.2", which comes later and itself depends on "feedback-given" \(a cycle\)/,
  },
  {
    name: 'a rule on a text item',
    make: () => { const d = base(); d.sections[7]!.items[0]!.visibleIf = { item: 'comment', anyOf: ['x'] }; return d; },
    path: 'sections[7].items[0].visibleIf.item',
    message: /"comment", a text item/,
  },
  {
    name: 'a rule without any value',
    make: () => { const d = base(); d.sections[4]!.items[2]!.visibleIf = { item: 'feedback-given', anyOf: [] }; return d; },
    path: 'sections[4].items[2].visibleIf.anyOf',
    message: /expected at least 1 entries/,
  },
  {
    name: 'a duplicate section id',
    make: () => { const d = base(); d.sections[1]!.id = 'access'; return d; },
    path: 'sections[1].id',
    message: /duplicates the section id "access"/,
  },
  {
    name: 'two options with the same value',
    make: () => { const d = base() as any; d.sections[4].items[1].options[1].value = 'yes'; return d; },
    path: 'sections[4].items[1].options',
    message: /two options with the same value/,
  },
  {
    name: 'a choice with one option',
    make: () => { const d = base() as any; d.sections[4].items[1].options.pop(); return d; },
    path: 'sections[4].items[1].options',
    message: /expected at least 2 entries/,
  },
  {
    name: 'two scale levels with the same code',
    make: () => { const d = base(); d.scales[0]!.options[1]!.code = 1; return d; },
    path: 'scales[0].options',
    message: /two options with the same code/,
  },
  {
    name: 'a section without items',
    make: () => { const d = base(); d.sections[0]!.items = []; return d; },
    path: 'sections[0].items',
    message: /expected at least 1 entries/,
  },
  {
    name: 'maxChoices on a single choice',
    make: () => { const d = base() as any; d.sections[4].items[1].maxChoices = 1; return d; },
    path: 'sections[4].items[1].maxChoices',
    message: /only allowed when multiple is true/,
  },
  {
    name: 'minChoices above maxChoices',
    make: () => { const d = base() as any; d.sections[6].items[0].minChoices = 4; return d; },
    path: 'sections[6].items[0].minChoices',
    message: /is 4, more than maxChoices \(3\)/,
  },
  {
    name: 'a criterion role on a text item',
    make: () => { const d = base(); d.sections[6]!.items[2]!.scoring = { role: 'criterion', element: 'access' }; return d; },
    path: 'sections[6].items[2].scoring.role',
    message: /"criterion", which a text item cannot feed; allowed on rating items/,
  },
  {
    name: 'an unknown scoring role',
    make: () => { const d = base() as any; d.sections[0].items[0].scoring = { role: 'bonus' }; return d; },
    path: 'sections[0].items[0].scoring',
    message: /does not match any allowed shape|expected/,
  },
  {
    name: 'an answer label that is not text',
    make: () => { const d = base() as any; d.sections[0].items[0].label = { vi: 42 }; return d; },
    path: 'sections[0].items[0].label.vi',
    message: /expected string/,
  },
  {
    name: 'an over-long label',
    make: () => { const d = base(); d.sections[0]!.items[0]!.label = { vi: 'x'.repeat(2001) }; return d; },
    path: 'sections[0].items[0].label.vi',
    message: /at most 2000 characters/,
  },
  {
    name: 'a language key that is not a language tag',
    make: () => { const d = base(); d.sections[0]!.items[0]!.label = { vi: 'Câu', '<script>': 'x' }; return d; },
    path: 'sections[0].items[0].label["<script>"]',
    message: /is not an allowed key: expected a language tag such as "vi" or "en"/,
  },
  {
    name: 'a "__proto__" key in a text object (JSON.parse makes it an own key; the schema would drop it silently)',
    make: () => JSON.parse(JSON.stringify(base()).replace('"title":{', '"title":{"__proto__":"x",')),
    path: 'title.__proto__',
    message: /is a key named "__proto__", which is not allowed/,
  },
  {
    name: 'a "__proto__" key deeper in the definition',
    make: () => JSON.parse(JSON.stringify(base()).replace('"options":[{"code":1,', '"options":[{"__proto__":{"code":9},"code":1,')),
    path: 'scales[0].options[0].__proto__',
    message: /is a key named "__proto__", which is not allowed/,
  },
  {
    name: 'a required flag that is a string',
    make: () => { const d = base() as any; d.sections[0].items[0].required = 'yes'; return d; },
    path: 'sections[0].items[0].required',
    message: /expected boolean/,
  },
  {
    name: 'an absurd maxChoices',
    make: () => { const d = base() as any; d.sections[6].items[0].maxChoices = 1e9; return d; },
    path: 'sections[6].items[0].maxChoices',
    message: /expected a number ≤ 50/,
  },
];

describe('model: parseDefinition', () => {
  for (const shipped of [sipas2017, sipas2022, dvcOnline]) {
    it(`accepts the shipped ${shipped.id}`, () => {
      const result = parseDefinition(shipped);
      expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    });
  }

  it('accepts a "$schema" pointer for editors, and ignores it', () => {
    const result = parseDefinition({ $schema: './definition.schema.json', ...base() });
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  it('accepts exactly 500 items', () => {
    const result = parseDefinition(withItems(500));
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  it('lists every problem in one pass: the schema\'s, then the cross-checks of every part that passed it', () => {
    const d = base() as any;
    d.sections[0].items[0].scale = 'stars';
    d.sections[1].items[0].id = 'c1.2';
    d.sections[6].items[2].maxLength = 0;
    d.title = { en: 'No Vietnamese title' };
    const result = parseDefinition(d);
    expect(!result.ok && result.problems.map((p) => `${p.path} ${p.message}`)).to.deep.equal([
      'sections[6].items[2].maxLength expected a number ≥ 1',
      'title has no text in the default locale "vi"',
      'sections[0].items[0].scale refers to the scale "stars", which is not declared in scales',
      'sections[1].items[0].id duplicates the item id "c1.2"',
    ]);
  });

  it('a part the schema refused still counts as there: no false "not declared" or "does not exist" about it', () => {
    const d = base() as any;
    // The scale becomes invalid (4 levels) and so does the gate item (an unknown property); both still exist.
    d.scales[0].options.pop();
    const gate = d.sections[4].items.find((i: { id: string }) => i.id === 'feedback-given');
    gate.colour = 'red';
    const result = parseDefinition(d);
    const paths = !result.ok ? result.problems.map((p) => `${p.path} ${p.message}`) : [];
    expect(paths.filter((p) => /not declared|does not exist|not an answer/.test(p)), JSON.stringify(paths)).to.deep.equal([]);
    expect(paths.some((p) => p.startsWith('scales[0].options expected 3 or 5 levels'))).to.equal(true);
    expect(paths.some((p) => /^sections\[4\]\.items\[\d+\] unknown property "colour"/.test(p)), JSON.stringify(paths)).to.equal(true);
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
