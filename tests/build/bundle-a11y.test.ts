import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SipasSubmitEvent } from '../../src/events/submit.js';
import { answer, clearLibraryStorage, completeRequired, root, settle, submit, surveyFixture } from '../support/harness.js';
import { completeByKeyboard } from '../support/keyboard.js';

// This page registers <sipas-survey> from the built CDN bundle, exactly as a portal loads it: what ships is what
// is checked, not only the sources.
const bundle = '/dist/sipas-survey.min.js';
await import(bundle);

describe('the built CDN bundle: accessibility and keyboard', function () {
  this.timeout(60_000);

  it('the element under test comes from the bundle, not from the sources', () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include(bundle);
    expect(loaded.filter((path) => path.startsWith('/src/components/'))).to.deep.equal([]);
  });

  const states: [string, () => Promise<HTMLElement>][] = [
    ['empty', () => surveyFixture()],
    ['errors shown', async () => {
      const el = await surveyFixture();
      await answer(el, 'feedback-given', 'yes');
      await submit(el);
      return el;
    }],
    ['paged, English', () => surveyFixture(html`<sipas-survey layout="paged" lang="en"></sipas-survey>`)],
    ['dark theme', () => surveyFixture(html`<sipas-survey theme="dark"></sipas-survey>`)],
    ['submitted', async () => {
      const el = await surveyFixture();
      await completeRequired(el);
      await submit(el);
      expect(root(el).querySelector('[part=thanks]')).to.not.equal(null);
      return el;
    }],
  ];
  for (const [name, make] of states) {
    it(`axe: ${name}, no violation`, async () => {
      await expect(await make()).to.be.accessible();
    });
  }

  for (const layout of ['single', 'paged']) {
    it(`keyboard only: a citizen completes and submits the ${layout} layout`, async () => {
      await clearLibraryStorage();
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><sipas-survey layout=${layout} no-draft></sipas-survey></div>`);
      const el = wrapper.querySelector('sipas-survey')!;
      await settle(el);
      const submitted = oneEvent(el, 'sipas-submit') as Promise<SipasSubmitEvent>;
      await completeByKeyboard(el, wrapper.querySelector('button')!);
      const { detail } = await submitted;
      expect(detail.answers['sat-overall']).to.equal(5);
    });
  }
});
