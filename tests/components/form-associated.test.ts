import '../../src/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { checkResponse } from '../../src/schema/check-response.js';
import { answer, clearLibraryStorage, completeRequired, errors, root, settle } from '../support/harness.js';

/** A portal's own form with the survey inside a fieldset, between two of its own controls. */
async function hostForm(surveyAttributes = ''): Promise<{ form: HTMLFormElement; fieldset: HTMLFieldSetElement; el: SipasSurvey }> {
  await clearLibraryStorage();
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  form.innerHTML = `<label>Mã hồ sơ <input name="dossier" value="H29.100-250101-0001"></label>
    <fieldset><legend>Đánh giá sự hài lòng</legend>
      <sipas-survey name="satisfaction" layout="single" no-draft ${surveyAttributes}></sipas-survey>
    </fieldset>
    <button>Nộp hồ sơ</button>`;
  const el = form.querySelector('sipas-survey')!;
  await settle(el);
  // The element loads its form part once it is in a form; until then it neither blocks nor adds to the form.
  await waitUntil(() => el.validity.valueMissing, 'the form part loaded and found the answers incomplete', { timeout: 10_000 });
  return { form, fieldset: form.querySelector('fieldset')!, el };
}

/** Asks the form to submit as its button would; resolves to the FormData it submitted, or undefined when it refused. */
async function requestSubmit(form: HTMLFormElement): Promise<FormData | undefined> {
  let submitted: FormData | undefined;
  const capture = (event: SubmitEvent) => {
    event.preventDefault();
    submitted = new FormData(form);
  };
  form.addEventListener('submit', capture);
  form.requestSubmit();
  form.removeEventListener('submit', capture);
  return submitted;
}

const requiredItems = sipas2017.sections.flatMap((section) => section.items).filter((item) => item.required);
/** The question that holds keyboard focus in the survey, by item id. */
const focusedQuestion = (el: SipasSurvey) => root(el).activeElement?.closest('.question')?.id.slice(2);
const controls = (el: SipasSurvey) => [...root(el).querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLTextAreaElement>('input, textarea, button')];

describe('<sipas-survey> in a portal’s own <form> (form-associated)', () => {
  it('submits with the host form: the response, as JSON, under the element’s name', async () => {
    const { form, el } = await hostForm();
    expect(el.form).to.equal(form);
    await completeRequired(el);
    expect(el.validity.valid).to.equal(true);
    const data = await requestSubmit(form);
    expect(data, 'the host form submitted').to.exist;
    expect(data!.get('dossier')).to.equal('H29.100-250101-0001');
    const checked = checkResponse(JSON.parse(String(data!.get('satisfaction'))));
    expect(checked.ok, JSON.stringify(checked)).to.equal(true);
    if (checked.ok) {
      expect(checked.response.answers).to.deep.equal(el.answers);
      expect(checked.response.questionnaire.id).to.equal('sipas-2017');
    }
  });

  it('blocks the host form while a required answer is missing: valueMissing, in the questionnaire’s language, at the first unanswered question', async function () {
    // Two surveys and an axe run over 26 questions.
    this.timeout(30_000);
    const { form, el } = await hostForm();
    await answer(el, requiredItems[0]!.id, 4);
    expect(await requestSubmit(form), 'the host form did not submit').to.equal(undefined);
    expect(new FormData(form).has('satisfaction')).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Xin Ông/Bà trả lời câu này.');
    // The browser's bubble points at, and focus goes to, the first question still unanswered.
    expect(focusedQuestion(el)).to.equal(requiredItems[1]!.id);
    await el.updateComplete;
    // The questionnaire shows its own messages too, as after its own submit.
    expect(errors(el)).to.have.property(requiredItems[1]!.id);
    await expect(el).to.be.accessible();

    const english = await hostForm('lang="en"');
    expect(english.el.checkValidity()).to.equal(false);
    expect(english.el.validationMessage).to.equal('Please answer this question.');
  });

  it('is reset with the host form: answers, value and shown errors cleared', async () => {
    const { form, el } = await hostForm();
    await completeRequired(el);
    expect(new FormData(form).has('satisfaction')).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(root(el).querySelectorAll('input:checked')).to.have.length(0);
    expect(new FormData(form).has('satisfaction')).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(errors(el)).to.deep.equal({});
  });

  it('is disabled by a disabled fieldset around it: its controls are disabled, the keyboard passes it by, the form leaves it out', async function () {
    this.timeout(30_000);
    const { form, fieldset, el } = await hostForm();
    await completeRequired(el);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(controls(el).length).to.be.greaterThan(100);
    expect(controls(el).filter((control) => !control.matches(':disabled'))).to.deep.equal([]);
    expect(new FormData(form).has('satisfaction')).to.equal(false);
    // A disabled control does not block the form either.
    expect(form.checkValidity()).to.equal(true);
    await expect(el).to.be.accessible();
    form.querySelector<HTMLInputElement>('input[name=dossier]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement, 'focus skipped the disabled survey').to.equal(null);
    expect(document.activeElement).to.equal(form.querySelector('button'));

    fieldset.disabled = false;
    await el.updateComplete;
    expect(controls(el).filter((control) => control.matches(':disabled'))).to.deep.equal([]);
    form.querySelector<HTMLInputElement>('input[name=dossier]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement, 'focus entered the survey').not.to.equal(null);
  });

  it('is disabled by its own disabled attribute, like a native control', async () => {
    const { el } = await hostForm();
    el.setAttribute('disabled', '');
    await el.updateComplete;
    expect(controls(el).filter((control) => !control.matches(':disabled'))).to.deep.equal([]);
    el.removeAttribute('disabled');
    await el.updateComplete;
    expect(controls(el).filter((control) => control.matches(':disabled'))).to.deep.equal([]);
  });
});
