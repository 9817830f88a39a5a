import '../../src/define.js';
import { expect, html } from '@open-wc/testing';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { wordingHash } from '../../src/model/response.js';
import { until } from '../support/delivery.js';
import { answer, completeRequired, root, settle, surveyFixture } from '../support/harness.js';

// A file of its own: its first test runs on a page that has not loaded the English yet (the module caches of the
// strings and of the questionnaire's English are per page), so it sees the English arrive while the form is shown.
describe('<sipas-survey>: language at run time', () => {
  it('re-renders when lang changes, keeping the answers and the questions on screen while the English loads', async () => {
    const el = await surveyFixture();
    await answer(el, 'c1.1', 5);
    const form = root(el).querySelector('form');
    el.lang = 'en';
    await until(() => root(el).querySelector('button[type=submit]')!.textContent === 'Submit the survey', 'the English strings', 2000);
    expect(root(el).querySelector('[part=title]')!.textContent).to.contain('Survey of citizens');
    expect(root(el).querySelector('form'), 'the same form, never replaced by a loading line').to.equal(form);
    expect(root(el).querySelector<HTMLInputElement>('#q-c1\\.1 input[value="5"]')!.checked).to.equal(true);
    expect(el.answers).to.deep.equal({ 'c1.1': 5 });
  });

  it('follows a change of the nearest ancestor lang', async () => {
    const wrapper = document.createElement('section');
    wrapper.lang = 'vi';
    const el = document.createElement('sipas-survey');
    wrapper.append(el);
    document.body.append(wrapper);
    await settle(el);
    wrapper.lang = 'en';
    await until(() => root(el).querySelector('button[type=submit]')!.textContent === 'Submit the survey', 'the English strings', 2000);
    wrapper.remove();
  });

  it('submits an English response with the hash of the English wording the citizen saw', async () => {
    const el = await surveyFixture(html`<sipas-survey lang="en" no-draft></sipas-survey>`);
    await completeRequired(el);
    const response = (await el.submit())!;
    expect(response.locale).to.equal('en');
    expect(response.questionnaire.textHash).to.equal(wordingHash(sipas2017, 'en'));
    expect(response.questionnaire.textHash).to.not.equal(wordingHash(sipas2017, 'vi'));
  });
});
