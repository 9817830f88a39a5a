import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import type { SipasSubmitEvent } from '../../src/events/submit.js';
import { draftKey } from '../../src/persistence/drafts.js';
import type { Definition } from '../../src/schema/definition.js';
import { answer, clearLibraryStorage, completeRequired, root, settle, shownQuestions, submit, surveyFixture } from '../support/harness.js';
import { details, freshIdbStore, mountSurvey, until } from '../support/delivery.js';

/** A 42-character compound with no break opportunity, as a long place name or a pasted value would be. */
const LONG = 'Donaudampfschifffahrtsgesellschaftskapitän';

/** A definition with the long word in every text the widget shows. */
const longWords = (): Definition => ({
  schemaVersion: 1,
  id: 'long-words',
  version: '1',
  defaultLocale: 'vi',
  title: { vi: `Phiếu ${LONG} ${LONG}`, en: `Survey ${LONG}` },
  shortTitle: { vi: `Ngắn ${LONG}`, en: `Short ${LONG}` },
  description: { vi: `Mô tả ${LONG}`, en: `About ${LONG}` },
  provenance: { wording: 'ours', source: `UBND ${LONG}`, unofficialLocales: ['en'] },
  scales: [
    {
      id: 'three',
      satisfiedCodes: [2, 3],
      showCodes: true,
      options: [
        { code: 3, label: { vi: `Rất ${LONG}`, en: `Very ${LONG}` } },
        { code: 2, label: { vi: LONG, en: LONG } },
        { code: 1, label: { vi: `Không ${LONG}`, en: `Not ${LONG}` } },
      ],
    },
  ],
  sections: [
    {
      id: 'first',
      title: { vi: `Phần ${LONG}`, en: `Part ${LONG}` },
      description: { vi: `Mô tả phần ${LONG}`, en: `About the part ${LONG}` },
      items: [
        { id: 'rating', type: 'rating', scale: 'three', required: true, number: '1', label: { vi: `Câu ${LONG}`, en: `Question ${LONG}` }, hint: { vi: `Gợi ý ${LONG}`, en: `Hint ${LONG}` } },
        {
          id: 'choice',
          type: 'choice',
          multiple: true,
          maxChoices: 1,
          required: true,
          label: { vi: `Chọn ${LONG}`, en: `Choose ${LONG}` },
          options: [
            { value: 'a', label: { vi: `Một ${LONG} ${LONG}`, en: `One ${LONG} ${LONG}` } },
            { value: 'b', label: { vi: `Hai ${LONG}`, en: `Two ${LONG}` } },
          ],
        },
      ],
    },
    {
      id: 'second',
      title: { vi: `Phần hai ${LONG}`, en: `Part two ${LONG}` },
      items: [{ id: 'text', type: 'text', multiline: false, maxLength: 10, required: true, label: { vi: `Viết ${LONG}`, en: `Write ${LONG}` } }],
    },
  ],
});

/** How far the page scrolls sideways, and the survey's own box overflows, at the current viewport. */
function overflow(el: SipasSurvey): { page: number; survey: number } {
  const base = root(el).querySelector<HTMLElement>('[part=base]')!;
  return {
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    survey: base.scrollWidth - base.clientWidth,
  };
}

/** The left edges of the line boxes of an option's text, and the right edge of its control. */
function optionLines(option: HTMLLabelElement): { lines: number[]; control: DOMRect } {
  const range = document.createRange();
  range.selectNodeContents(option);
  range.setStartAfter(option.querySelector('input')!);
  const lines = [...new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))].map((top) =>
    Math.min(...[...range.getClientRects()].filter((r) => Math.round(r.top) === top).map((r) => r.left)),
  );
  return { lines, control: option.querySelector('input')!.getBoundingClientRect() };
}

describe('citizen view: every text wraps on a 320 px phone', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    for (const el of document.querySelectorAll('sipas-survey')) el.remove();
  });

  for (const lang of ['vi', 'en']) {
    for (const layout of ['single', 'paged']) {
      it(`${lang}, ${layout}: a 42-character word in every text slot, and the errors, scroll nothing sideways`, async () => {
        const el = await surveyFixture(
          html`<sipas-survey lang=${lang} layout=${layout} no-draft show-provenance .definition=${longWords()}></sipas-survey>`,
        );
        expect(overflow(el)).to.deep.equal({ page: 0, survey: 0 });
        await answer(el, 'choice', ['a', 'b']);
        await submit(el);
        expect(root(el).querySelector('.error-summary'), 'the error summary is shown').to.not.equal(null);
        expect(root(el).querySelectorAll('.error').length).to.be.greaterThan(0);
        expect(overflow(el)).to.deep.equal({ page: 0, survey: 0 });
        if (layout === 'paged') {
          await answer(el, 'rating', 2);
          await answer(el, 'choice', ['b']);
          await submit(el);
          expect(root(el).querySelector('[part=title]')!.textContent).to.contain(lang === 'vi' ? 'Ngắn' : 'Short');
          expect(overflow(el)).to.deep.equal({ page: 0, survey: 0 });
        }
      });
    }
  }

  it('a wrapped option hangs right of its control: every line starts where the first does (sipas-2022 too)', async () => {
    const custom = await surveyFixture(html`<sipas-survey layout="single" no-draft .definition=${longWords()}></sipas-survey>`);
    const national = await surveyFixture(html`<sipas-survey questionnaire="sipas-2022" layout="single" no-draft></sipas-survey>`);
    const wrapped = [
      ...root(custom).querySelectorAll<HTMLLabelElement>('.option'),
      ...root(national).querySelectorAll<HTMLLabelElement>('#q-harassment .option, #q-occupation .option'),
    ];
    const multiLine = wrapped.map(optionLines).filter(({ lines }) => lines.length > 1);
    expect(multiLine.length, 'options whose text wraps at 320 px').to.be.at.least(4);
    for (const { lines, control } of multiLine) {
      for (const left of lines) expect(left).to.be.closeTo(lines[0]!, 1);
      expect(lines[0]!).to.be.greaterThan(control.right);
    }
  });
});

describe('citizen view: what the form shows', function () {
  // axe over a whole questionnaire takes seconds on a busy machine.
  this.timeout(30_000);
  it('shows option codes only where the paper form prints them; names stay meaningful', async () => {
    const dvc = await surveyFixture(html`<sipas-survey questionnaire="dvc-online" layout="single" no-draft></sipas-survey>`);
    const labels = [...root(dvc).querySelectorAll('#q-overall .option')].map((o) => o.textContent!.trim());
    expect(labels).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    const national = await surveyFixture(html`<sipas-survey questionnaire="sipas-2022" layout="single" no-draft></sipas-survey>`);
    expect([...root(national).querySelectorAll('#q-c15 .option')].map((o) => o.textContent!.trim())).to.deep.equal([
      '1 Rất không hài lòng',
      '2 Không hài lòng',
      '3 Bình thường',
      '4 Hài lòng',
      '5 Rất hài lòng',
    ]);
    // The priority codes of Câu 10 are ours, not the form's.
    expect(root(national).querySelector('#q-p1 .option')!.textContent!.trim()).to.equal('Rất nhiều');
    await expect(dvc).to.be.accessible();
  });

  it('keeps provenance out of the citizen’s way; show-provenance shows it for officials', async () => {
    const citizen = await surveyFixture(html`<sipas-survey questionnaire="sipas-2022" layout="single" no-draft></sipas-survey>`);
    expect(root(citizen).querySelector('[part=provenance]')).to.equal(null);
    expect(root(citizen).textContent).to.not.contain('chép lại');
    const official = await surveyFixture(html`<sipas-survey questionnaire="sipas-2022" layout="single" no-draft show-provenance></sipas-survey>`);
    const note = root(official).querySelector('[part=provenance]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(note).to.contain('Nội dung phiếu chép lại từ mẫu phiếu quốc gia.');
    expect(note).to.contain('QĐ 1001/QĐ-BNV');
    expect(note).to.not.contain('979');
    await expect(official).to.be.accessible();
  });

  it('the error summary by keyboard: focused after a failed submit, Tab to a section’s link, Enter to its first question', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><sipas-survey layout="single" no-draft></sipas-survey></div>`);
    const el = wrapper.querySelector('sipas-survey')!;
    await settle(el);
    await answer(el, 'c1.1', 4);
    root(el).querySelector<HTMLButtonElement>('button[part=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).activeElement?.matches('.error-summary') === true, 'the summary takes focus');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent).to.equal('Thủ tục hành chính: 5 câu chưa trả lời');
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement!.getAttribute('name')).to.equal('c2.1');
    await expect(el).to.be.accessible();
  });

  it('a configuration error: the short message is axe-clean', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = await surveyFixture(html`<sipas-survey lang="en" questionnaire="sipas-1999"></sipas-survey>`);
      expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('The survey cannot be shown');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('sipas-2017: the satisfaction with the handling of feedback is asked only of those who gave feedback', async () => {
    const el = await surveyFixture(html`<sipas-survey layout="single" no-draft></sipas-survey>`);
    expect(shownQuestions(el)).to.not.include('sat-feedback');
    await answer(el, 'feedback-given', 'no');
    expect(shownQuestions(el)).to.not.include.members(['c5.2', 'sat-feedback']);
    await answer(el, 'feedback-given', 'yes');
    expect(shownQuestions(el)).to.include.members(['c5.2', 'c5.4', 'sat-feedback']);
    await answer(el, 'sat-feedback', 4);
    await answer(el, 'feedback-given', 'no');
    expect(el.answers, 'the hidden answer is dropped, not stored').to.not.have.property('sat-feedback');
    await completeRequired(el);
    const submitted = oneEvent(el, 'sipas-submit') as Promise<SipasSubmitEvent>;
    await submit(el);
    const { detail } = await submitted;
    expect(detail.answers).to.not.have.property('sat-feedback');
    expect(detail.questionnaire.version).to.equal('2017.2');
  });
});

describe('citizen view: the paged layout', function () {
  this.timeout(30_000);
  afterEach(() => {
    for (const el of document.querySelectorAll('sipas-survey')) el.remove();
  });

  /** A paged survey low on a long page, so that moving between steps has to scroll. */
  async function pagedLowOnPage(attributes = ''): Promise<SipasSurvey> {
    await clearLibraryStorage();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px; padding-top: 1500px; padding-bottom: 3000px"></div>`);
    wrapper.innerHTML = `<sipas-survey layout="paged" no-draft ${attributes}></sipas-survey>`;
    const el = wrapper.querySelector('sipas-survey')!;
    await settle(el);
    return el;
  }

  const inView = (node: Element) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  };

  it('after Next the progress line is in view and the step heading has focus; the long title only on step 1', async () => {
    const el = await pagedLowOnPage();
    expect(root(el).querySelector('[part=title]')!.textContent).to.equal(sipas2017.title.vi);
    for (const id of ['c1.1', 'c1.2', 'c1.3', 'c1.4']) await answer(el, id, 5);
    root(el).querySelector<HTMLButtonElement>('button[part=next]')!.scrollIntoView({ block: 'end' });
    root(el).querySelector<HTMLButtonElement>('button[part=next]')!.click();
    await el.updateComplete;
    const progress = root(el).querySelector('.progress')!;
    expect(progress.textContent).to.contain('Phần 2/8');
    expect(inView(progress), 'the progress line is on screen').to.equal(true);
    expect(root(el).activeElement!.textContent).to.equal('Thủ tục hành chính');
    expect(inView(root(el).activeElement!), 'the step heading is on screen').to.equal(true);
    const title = root(el).querySelector('[part=title]')!;
    expect(title.textContent).to.equal('Khảo sát sự hài lòng');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(root(el).textContent).to.not.contain(sipas2017.description!.vi);
    await expect(el).to.be.accessible();
  });

  it('after a refused Next the progress line and the error summary are in view, the summary focused', async () => {
    const el = await pagedLowOnPage();
    for (const id of ['c1.1', 'c1.2', 'c1.3', 'c1.4']) await answer(el, id, 5);
    root(el).querySelector<HTMLButtonElement>('button[part=next]')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[part=next]')!.scrollIntoView({ block: 'end' });
    root(el).querySelector<HTMLButtonElement>('button[part=next]')!.click();
    await el.updateComplete;
    const summary = root(el).querySelector('.error-summary')!;
    expect(root(el).activeElement).to.equal(summary);
    expect(inView(root(el).querySelector('.progress')!)).to.equal(true);
    expect(inView(summary)).to.equal(true);
  });

  it('a restored draft returns to the step the citizen was on', async () => {
    const store = freshIdbStore();
    const attributes = { layout: 'paged', 'agency-code': 'H29.100', channel: 'online' };
    const first = await mountSurvey({ storage: store }, attributes);
    for (const id of ['c1.1', 'c1.2', 'c1.3', 'c1.4']) await answer(first.el, id, 5);
    root(first.el).querySelector<HTMLButtonElement>('button[part=next]')!.click();
    await first.el.updateComplete;
    for (const id of ['c2.1', 'c2.2', 'c2.3', 'c2.4', 'c2.5']) await answer(first.el, id, 4);
    root(first.el).querySelector<HTMLButtonElement>('button[part=next]')!.click();
    await first.el.updateComplete;
    expect(root(first.el).querySelector('.progress')!.textContent).to.contain('Phần 3/8');
    first.el.remove();
    const key = draftKey(sipas2017.id, { agencyCode: 'H29.100', channel: 'online' });
    await until(async () => ((await store.get(key)) as { sectionId?: string } | undefined)?.sectionId === 'servants', 'the draft keeps the step');

    const second = await mountSurvey({ storage: store }, attributes);
    await until(() => details(second.events, 'sipas-draft-restored').length > 0, 'sipas-draft-restored fired');
    await second.el.updateComplete;
    expect(root(second.el).querySelector('.progress')!.textContent).to.contain('Phần 3/8');
    expect(root(second.el).querySelector('[part=draft-notice]'), 'the restored line shows on that step too').to.not.equal(null);
    expect(shownQuestions(second.el)[0]).to.equal('c3.1');
    await expect(second.el).to.be.accessible();
  });
});
