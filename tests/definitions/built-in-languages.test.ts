import { expect } from '@open-wc/testing';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { sipas2017English } from '../../src/definitions/sipas-2017-en.js';
import { sipas2017Vietnamese } from '../../src/definitions/sipas-2017-vi.js';
import { uiStrings } from '../../src/i18n/index.js';
import { stringLanguages } from '../../src/i18n/load.js';
import { applyOverrides } from '../../src/model/overrides.js';
import { parseDefinition } from '../../src/model/definition.js';

/** Every localized text of a definition (an object with a `vi` string), wherever it is. */
function localizedTexts(value: unknown): Record<string, string>[] {
  if (typeof value !== 'object' || value === null) return [];
  if (typeof (value as Record<string, unknown>)['vi'] === 'string') return [value as Record<string, string>];
  return Object.values(value).flatMap(localizedTexts);
}

// The default questionnaire comes in two files, so that a Vietnamese page never loads its English.
describe('sipas-2017 in parts: Vietnamese, and English on demand', () => {
  it('the English names only texts the Vietnamese definition has, and gives one for every text', () => {
    const applied = applyOverrides(sipas2017Vietnamese, sipas2017English);
    expect(applied.ok, JSON.stringify(!applied.ok && applied.problems)).to.equal(true);
    const texts = localizedTexts(sipas2017);
    expect(texts.length).to.be.greaterThan(90);
    expect(texts.filter((text) => typeof text['en'] !== 'string' || text['en'] === '')).to.deep.equal([]);
    expect(applied.ok && applied.definition).to.deep.equal(sipas2017);
  });

  it('the Vietnamese part has no other language, and both it and the whole are valid definitions', () => {
    expect(localizedTexts(sipas2017Vietnamese).filter((text) => Object.keys(text).join() !== 'vi')).to.deep.equal([]);
    expect(parseDefinition(sipas2017Vietnamese).ok).to.equal(true);
    expect(parseDefinition(sipas2017).ok).to.equal(true);
    expect(sipas2017.provenance.unofficialLocales).to.deep.equal(['en']);
  });

  it('the element loads strings for exactly the languages the library has', () => {
    expect([...stringLanguages].sort()).to.deep.equal(Object.keys(uiStrings).sort());
  });
});
