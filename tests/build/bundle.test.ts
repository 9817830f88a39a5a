import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import type { SurveyResponse } from '../../src/schema/response.js';
import { completeRequired, answer, waitForSubmit } from '../support/harness.js';
import { loadPage } from '../frameworks/page-frame.js';

/** Loads a page in an iframe and waits until its <sipas-survey> has rendered from the built bundle. */
async function loadFrame(src: string): Promise<{ frame: HTMLIFrameElement; win: Window & { cspViolations: string[] }; el: SipasSurvey }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { cspViolations: string[]; customElements: CustomElementRegistry };
  await win.customElements.whenDefined('sipas-survey');
  const el = win.document.querySelector('sipas-survey') as SipasSurvey;
  for (let i = 0; i < 20 && !el.shadowRoot?.querySelector('form'); i++) await new Promise((r) => setTimeout(r, 10));
  return { frame, win, el };
}

describe('the built CDN bundle (dist/sipas-survey.min.js)', () => {
  it('works under a strict Content-Security-Policy with no violation and no request to another host', async () => {
    const { frame, win, el } = await loadFrame('/tests/fixtures/csp.html');
    try {
      expect(el.shadowRoot!.querySelectorAll('fieldset').length).to.be.greaterThan(20);
      await completeRequired(el);
      await answer(el, 'comment', 'Cán bộ nhiệt tình');
      let response: SurveyResponse | undefined;
      el.addEventListener('sipas-submit', (e) => (response = e.detail));
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitForSubmit(el);
      expect(response?.context).to.deep.equal({ agencyCode: '25.H57.01', channel: 'online' });
      expect(win.cspViolations).to.deep.equal([]);
      const hosts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).host);
      expect(new Set(hosts)).to.deep.equal(new Set([location.host]));
      expect(win.document.cookie).to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('emits responses that validate against dist/response.schema.json with an independent validator', async () => {
    const schema = await (await fetch('/dist/response.schema.json')).json();
    const validator = new Validator(schema, '2020-12');
    const { frame, el } = await loadFrame('/tests/fixtures/csp.html');
    try {
      await completeRequired(el);
      await answer(el, 'feedback-given', 'yes');
      for (const id of ['c5.2', 'c5.3', 'c5.4', 'sat-feedback']) await answer(el, id, 5);
      await answer(el, 'expectations', ['shorten-time', 'other']);
      await answer(el, 'expectations-other', 'Bãi giữ xe');
      await answer(el, 'gender', 'female');
      const response = (await el.submit())!;
      const result = validator.validate(JSON.parse(JSON.stringify(response)));
      expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
      const tampered = { ...response, answers: { ...response.answers, 'c1.1': 'x'.repeat(6000) }, extra: true };
      expect(validator.validate(tampered).valid).to.equal(false);
    } finally {
      frame.remove();
    }
  });

  it('dist/definition.schema.json accepts the shipped definition and rejects a broken one', async () => {
    const schema = await (await fetch('/dist/definition.schema.json')).json();
    const { sipas2017 } = await import('../../src/definitions/sipas-2017.js');
    const validator = new Validator(schema, '2020-12');
    expect(validator.validate(JSON.parse(JSON.stringify(sipas2017))).valid).to.equal(true);
    expect(validator.validate({ ...sipas2017, scales: 'five' }).valid).to.equal(false);
  });

  it('shows the default questionnaire in English on an English page, loading its English only there', async () => {
    const englishChunks = (win: Window) =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /^\/dist\/chunks\/(en|sipas-2017-en|wording)-/.test(path));
    const english = await loadPage('/tests/build/fixtures/english-questionnaire.html');
    const vietnamese = await loadPage('/tests/build/fixtures/default-questionnaire.html');
    try {
      const shadow = english.survey.shadowRoot!;
      expect(shadow.querySelector('[part=title]')!.textContent).to.contain('Survey of citizens');
      expect(shadow.querySelector('#q-c1\\.1 legend')!.textContent).to.contain('The waiting area has enough seats');
      expect(shadow.querySelector('button[type=submit]')!.textContent).to.equal('Submit the survey');
      expect(englishChunks(english.win)).to.have.length(3);
      expect(vietnamese.survey.shadowRoot!.querySelector('button[type=submit]')!.textContent).to.equal('Gửi phiếu khảo sát');
      expect(englishChunks(vietnamese.win)).to.deep.equal([]);
    } finally {
      english.frame.remove();
      vietnamese.frame.remove();
    }
  });
});
