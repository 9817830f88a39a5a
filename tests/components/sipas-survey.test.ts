import '../../src/define.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SipasSubmitEvent } from '../../src/events/submit.js';
import type { SipasChangeEvent } from '../../src/events/change.js';
import type { SipasErrorEvent } from '../../src/events/error.js';
import { ResponseSchema } from '../../src/schema/response.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { answer, completeRequired, errors, root, settle, shownQuestions, submit, surveyFixture } from '../support/harness.js';

describe('<sipas-survey>: rendering', () => {
  it('renders sipas-2017 in Vietnamese by default: 5 elements, 22 criteria as native fieldsets of radios', async () => {
    const el = await surveyFixture();
    const shadow = root(el);
    expect(shadow.querySelector('[part=title]')!.textContent).to.contain('Phiếu khảo sát');
    const sectionTitles = [...shadow.querySelectorAll('[part=section-title]')].map((h) => h.textContent!.trim());
    expect(sectionTitles.slice(0, 5)).to.deep.equal(sipas2017.sections.slice(0, 5).map((s) => s.title.vi));
    const criteria = [...shadow.querySelectorAll<HTMLFieldSetElement>('fieldset.rating')].filter((f) => /^q-c\d/.test(f.id));
    expect(criteria).to.have.length(19, '22 criteria minus the 3 behind the closed feedback gate');
    const first = shadow.getElementById('q-c1.1') as HTMLFieldSetElement;
    expect(first.tagName).to.equal('FIELDSET');
    expect(first.querySelector('legend')!.textContent).to.contain('Nơi ngồi chờ có đủ chỗ ngồi');
    const radios = [...first.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => [r.name, r.value])).to.deep.equal([1, 2, 3, 4, 5].map((code) => ['c1.1', String(code)]));
    expect(radios.every((r) => r.labels?.[0]?.textContent?.trim())).to.equal(true);
    expect(first.querySelector('label')!.textContent).to.contain('Rất không hài lòng');
  });

  it('shows which questions are required', async () => {
    const el = await surveyFixture();
    const legend = root(el).querySelector('#q-c1\\.1 legend')!;
    // The star is drawn (the legend's ::after) and kept out of the accessible name; the words are spoken instead.
    expect(getComputedStyle(legend, '::after').content).to.equal('"\u00a0*" / ""');
    expect(legend.textContent).to.contain('(bắt buộc)');
    const optional = root(el).querySelector('#q-gender legend')!;
    expect(getComputedStyle(optional, '::after').content).to.equal('none');
    expect(optional.textContent).to.not.contain('(bắt buộc)');
    expect(root(el).querySelector('.note')!.textContent).to.contain('dấu *');
  });

  it('keeps the feedback items hidden until the gate is answered "Có"', async () => {
    const el = await surveyFixture();
    expect(shownQuestions(el)).to.not.include('c5.2');
    await answer(el, 'feedback-given', 'yes');
    expect(shownQuestions(el)).to.include.members(['c5.2', 'c5.3', 'c5.4']);
    await answer(el, 'c5.2', 5);
    await answer(el, 'feedback-given', 'no');
    expect(shownQuestions(el)).to.not.include('c5.2');
    expect(el.answers).to.not.have.property('c5.2');
  });

  it('renders in English when lang="en", with the unofficial-translation note', async () => {
    const el = await surveyFixture(html`<sipas-survey lang="en"></sipas-survey>`);
    expect(root(el).querySelector('[part=title]')!.textContent).to.contain('Survey of citizens');
    expect(root(el).textContent).to.contain('unofficial translation');
    expect(root(el).querySelector('button[type=submit]')!.textContent).to.equal('Submit the survey');
  });

  it('follows the nearest ancestor lang', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en-GB';
    wrapper.innerHTML = '<sipas-survey></sipas-survey>';
    document.body.append(wrapper);
    const el = wrapper.querySelector('sipas-survey')!;
    await settle(el);
    expect(root(el).querySelector('button[type=submit]')!.textContent).to.equal('Submit the survey');
    wrapper.remove();
  });

  it('uses the configured heading level', async () => {
    const el = await surveyFixture(html`<sipas-survey heading-level="3"></sipas-survey>`);
    expect(root(el).querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('3');
    expect(root(el).querySelector('[part=section-title]')!.getAttribute('aria-level')).to.equal('4');
  });
});

describe('<sipas-survey>: answering and submitting', () => {
  it('fires sipas-change with the item id and value when the citizen answers', async () => {
    const el = await surveyFixture();
    const input = root(el).querySelector<HTMLInputElement>('#q-c1\\.1 input[value="4"]')!;
    setTimeout(() => input.click());
    const event = (await oneEvent(el, 'sipas-change')) as SipasChangeEvent;
    expect(event.detail).to.deep.equal({ itemId: 'c1.1', value: 4 });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('does not fire sipas-change for programmatic resets', async () => {
    const el = await surveyFixture();
    await answer(el, 'c1.1', 2);
    let fired = 0;
    el.addEventListener('sipas-change', () => fired++);
    el.reset();
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(el.answers).to.deep.equal({});
  });

  it('blocks a submit with missing answers: no event, a focused summary linking to each question, messages in Vietnamese', async () => {
    const el = await surveyFixture();
    let submitted = 0;
    el.addEventListener('sipas-submit', () => submitted++);
    await answer(el, 'c1.1', 4);
    await submit(el);
    expect(submitted).to.equal(0);
    const summary = root(el).querySelector<HTMLElement>('[part=error-summary]')!;
    expect(root(el).activeElement).to.equal(summary);
    const required = sipas2017.sections.flatMap((s) => s.items).filter((i) => i.required && !i.visibleIf);
    const title = summary.querySelector('[role=heading]')!;
    expect(title.textContent).to.equal(`Còn ${required.length - 1} câu cần trả lời hoặc sửa lại`);
    expect(title.getAttribute('aria-level')).to.equal('3', 'one level below the title');
    // One line per section with missing answers, linking to its first: short on a phone however many are missing.
    const links = [...summary.querySelectorAll('a')];
    const sectionsWithMissing = sipas2017.sections.filter((s) => s.items.some((i) => i.required && !i.visibleIf));
    expect(links.map((a) => a.textContent)).to.deep.equal(
      sectionsWithMissing.map((s) => {
        const missing = s.items.filter((i) => i.required && !i.visibleIf && i.id !== 'c1.1').length;
        return `${s.title.vi}: ${missing} câu chưa trả lời`;
      }),
    );
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#q-c1.2', '#q-c2.1', '#q-c3.1', '#q-c4.1', '#q-c5.1', '#q-sat-access']);
    expect(errors(el)['c1.2']).to.equal('Xin Ông/Bà trả lời câu này.');
    expect(root(el).getElementById('q-c1.2')!.getAttribute('aria-describedby')).to.contain('e-c1.2');

    links[0]!.click();
    expect(root(el).activeElement).to.equal(root(el).querySelector('#q-c1\\.2 input'));
  });

  it('keeps each question in step with the answers: checked option, marked option, error, aria-invalid', async () => {
    const el = await surveyFixture();
    const question = root(el).getElementById('q-c1.2')!;
    const radios = [...question.querySelectorAll<HTMLInputElement>('input')];
    const state = () => ({
      checked: radios.filter((r) => r.checked).map((r) => r.value),
      marked: radios.filter((r) => r.parentElement!.classList.contains('checked')).map((r) => r.value),
      invalid: radios.map((r) => r.getAttribute('aria-invalid')),
      error: question.querySelector('.error')?.textContent ?? null,
      flagged: question.hasAttribute('data-invalid'),
    });
    expect(state()).to.deep.equal({ checked: [], marked: [], invalid: [null, null, null, null, null], error: null, flagged: false });
    await submit(el);
    expect(state()).to.deep.equal({ checked: [], marked: [], invalid: Array(5).fill('true'), error: 'Xin Ông/Bà trả lời câu này.', flagged: true });
    await answer(el, 'c1.2', 2);
    expect(state()).to.deep.equal({ checked: ['2'], marked: ['2'], invalid: [null, null, null, null, null], error: null, flagged: false });
    await answer(el, 'c1.2', 5);
    expect(state()).to.deep.equal({ checked: ['5'], marked: ['5'], invalid: [null, null, null, null, null], error: null, flagged: false });
    el.reset();
    await el.updateComplete;
    expect(state()).to.deep.equal({ checked: [], marked: [], invalid: [null, null, null, null, null], error: null, flagged: false });
  });

  it('errors appear only after interaction: a fresh form shows none', async () => {
    const el = await surveyFixture();
    expect(errors(el)).to.deep.equal({});
    await answer(el, 'expectations', ['shorten-time', 'facilities', 'information', 'servant-attitude']);
    expect(errors(el)).to.deep.equal({ expectations: 'Xin chọn tối đa 3 nội dung.' });
  });

  it('announces the count of chosen expectations politely', async () => {
    const el = await surveyFixture();
    await answer(el, 'expectations', ['shorten-time', 'facilities']);
    const count = root(el).getElementById('n-expectations')!;
    expect(count.getAttribute('aria-live')).to.equal('polite');
    expect(count.textContent).to.equal('Đã chọn 2/3');
  });

  it('submits a complete questionnaire as a schema-valid response with the service context', async () => {
    const el = await surveyFixture(html`<sipas-survey
      agency-code="25.H57.01"
      agency-name="UBND xã Phú An"
      procedure-code="1.001612"
      procedure-name="Đăng ký khai sinh"
      field="Hộ tịch"
      channel="in-person"
      desk=" Quầy 3 "
    ></sipas-survey>`);
    await completeRequired(el);
    await answer(el, 'expectations', ['shorten-time', 'other']);
    await answer(el, 'expectations-other', 'Có chỗ gửi xe');
    await answer(el, 'age', '35-49');
    setTimeout(() => submit(el));
    const event = (await oneEvent(el, 'sipas-submit')) as SipasSubmitEvent;
    const response = event.detail;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(ResponseSchema.safeParse(response).success).to.equal(true);
    expect(response.context).to.deep.equal({
      agencyCode: '25.H57.01',
      agencyName: 'UBND xã Phú An',
      procedureCode: '1.001612',
      procedureName: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      channel: 'in-person',
      desk: 'Quầy 3',
    });
    expect(response.schemaVersion).to.equal(1.1);
    expect(response.collection).to.deep.equal({ mode: 'online' });
    expect(response).to.not.have.property('completion');
    expect(response.questionnaire.id).to.equal('sipas-2017');
    expect(response.locale).to.equal('vi');
    expect(response.answers['c1.1']).to.equal(4);
    expect(response.answers.expectations).to.deep.equal(['shorten-time', 'other']);
    expect(response.answers).to.not.have.property('c5.2');
    expect(response.respondent).to.deep.equal({ age: '35-49' });
    expect(Date.parse(response.submittedAt)).to.be.at.least(Date.parse(response.startedAt));
    // Anonymous: nothing else at the top level, no personal fields anywhere.
    expect(Object.keys(response)).to.have.members(['schemaVersion', 'responseId', 'questionnaire', 'locale', 'startedAt', 'submittedAt', 'context', 'collection', 'answers', 'respondent']);
    expect(JSON.stringify(response)).to.not.match(/email|phone|"ip"|userAgent|fingerprint/i);
    await el.updateComplete;
    expect(root(el).querySelector('[part=thanks]')!.textContent).to.contain('Cảm ơn');
    expect(root(el).activeElement).to.equal(root(el).querySelector('[part=thanks]'));
  });

  it('a canceled sipas-submit leaves the questionnaire in place for the host to handle', async () => {
    const el = await surveyFixture();
    await completeRequired(el);
    el.addEventListener('sipas-submit', (e) => e.preventDefault(), { once: true });
    const response = await el.submit();
    await el.updateComplete;
    expect(response).to.not.equal(undefined);
    expect(root(el).querySelector('form')).to.not.equal(null);
  });

  it('each submission gets a new random responseId', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const el = await surveyFixture();
      await completeRequired(el);
      ids.add((await el.submit())!.responseId);
    }
    expect(ids.size).to.equal(2);
  });

  it('keyboard: Tab reaches a question, arrow keys choose, Space and Enter work', async () => {
    const el = await surveyFixture();
    root(el).querySelector<HTMLInputElement>('#q-c1\\.1 input')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.answers['c1.1']).to.equal(3);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('name')).to.equal('c1.2', 'one tab stop per question');
  });
});

describe('<sipas-survey>: bad configuration', () => {
  const cases = [
    { name: 'an unknown questionnaire id', template: html`<sipas-survey questionnaire="sipas-1999"></sipas-survey>`, code: 'unknown-questionnaire', mention: /"sipas-2017"/ },
    { name: 'a bad channel', template: html`<sipas-survey channel="fax"></sipas-survey>`, code: 'invalid-attribute', mention: /channel.*"in-person", "online", "postal"/s },
    { name: 'a desk over 50 characters', template: html`<sipas-survey desk=${'Quầy '.repeat(11)}></sipas-survey>`, code: 'invalid-attribute', mention: /desk is 54 characters long; at most 50/ },
  ];
  for (const { name, template, code, mention } of cases) {
    it(`${name}: a visible error state, sipas-error with a code, one console error`, async () => {
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
      const errorsSeen: SipasErrorEvent[] = [];
      const listener = (e: Event) => errorsSeen.push(e as SipasErrorEvent);
      document.addEventListener('sipas-error', listener);
      try {
        const el = await surveyFixture(template);
        const shown = root(el).querySelector('[role=alert]')!;
        expect(shown.textContent).to.contain('Không hiển thị được phiếu khảo sát');
        expect(shown.textContent, 'the technical detail is not shown to the citizen').to.not.match(mention);
        expect(shown.textContent).to.not.contain(code);
        expect(errorsSeen.map((e) => e.detail.code)).to.deep.equal([code]);
        expect(logged).to.have.length(1);
        expect(logged[0]).to.match(mention);
      } finally {
        console.error = original;
        document.removeEventListener('sipas-error', listener);
      }
    });
  }

  it('an invalid definition object: every problem with its path in the console, a short message in the page’s language', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = await surveyFixture(html`<sipas-survey lang="en" .definition=${{ ...sipas2017, id: 'X Y', scales: [] }}></sipas-survey>`);
      const shown = root(el).querySelector('[role=alert]')!;
      expect(shown.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'The survey cannot be shown Please try again later. If it still fails, please tell the agency or the portal’s administrator.',
      );
      expect(shown.getAttribute('lang')).to.equal('en');
      expect(logged).to.have.length(1);
      expect(logged[0]).to.match(/^<sipas-survey>: The questionnaire definition is not valid\./);
      expect(logged[0]).to.match(/\n {2}id /);
      expect(logged[0]).to.match(/\n {2}scales /);
    } finally {
      console.error = original;
    }
  });

  it('renders text from definitions and attributes as text, never as HTML', async () => {
    const hostile = structuredClone(sipas2017);
    hostile.sections[0]!.items[0]!.label.vi = '<img src=x onerror="window.__pwned=1">Nơi ngồi';
    hostile.title.vi = '<b>Tiêu đề</b>';
    const el = await surveyFixture(html`<sipas-survey .definition=${hostile}></sipas-survey>`);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('b')).to.equal(null);
    expect(root(el).querySelector('[part=title]')!.textContent).to.equal('<b>Tiêu đề</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<sipas-survey>: accessibility (axe)', () => {
  it('the empty state has no violation', async () => {
    const el = await surveyFixture();
    await expect(el).to.be.accessible();
  });

  it('the error state has no violation', async () => {
    const el = await surveyFixture();
    await answer(el, 'feedback-given', 'yes');
    await submit(el);
    await expect(el).to.be.accessible();
  });

  it('the completed state has no violation', async () => {
    const el = await surveyFixture();
    await completeRequired(el);
    await submit(el);
    await expect(el).to.be.accessible();
  });

  it('the English form and the configuration error state have no violation', async () => {
    await expect(await surveyFixture(html`<sipas-survey lang="en"></sipas-survey>`)).to.be.accessible();
    const original = console.error;
    console.error = () => {};
    try {
      await expect(await surveyFixture(html`<sipas-survey channel="fax"></sipas-survey>`)).to.be.accessible();
    } finally {
      console.error = original;
    }
  });
});
