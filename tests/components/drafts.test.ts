import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import type { SipasDraftRestoredDetail } from '../../src/events/draft-restored.js';
import type { SipasErrorDetail } from '../../src/events/error.js';
import { buildDraft, draftKey } from '../../src/persistence/drafts.js';
import { answer, root, shownQuestions } from '../support/harness.js';
import { CountingStore, details, freshIdbStore, mountSurvey, until } from '../support/delivery.js';

const DAY = 24 * 60 * 60 * 1000;
const context = { 'agency-code': '25.721.25975', channel: 'online', layout: 'single' };
const keyFor = () => draftKey(sipas2017.id, { agencyCode: '25.721.25975', channel: 'online' });
const draftNotice = (el: HTMLElement) => el.shadowRoot!.querySelector('[part=draft-notice]');

afterEach(() => {
  for (const el of document.querySelectorAll('sipas-survey')) el.remove();
});

describe('<sipas-survey>: drafts', () => {
  it('gives a citizen who answers half, reloads and finishes their earlier answers back', async () => {
    const store = freshIdbStore();
    const first = await mountSurvey({ storage: store }, context);
    await answer(first.el, 'c1.1', 2);
    await answer(first.el, 'c1.2', 5);
    await answer(first.el, 'comment', 'Chỗ gửi xe chật');
    first.el.remove(); // a reload: disconnecting (like pagehide) flushes the pending write
    await until(async () => Object.keys(((await store.get(keyFor())) as { answers: object } | undefined)?.answers ?? {}).length === 3, 'the draft is stored');

    const second = await mountSurvey({ storage: store }, context);
    await until(() => details(second.events, 'sipas-draft-restored').length > 0, 'sipas-draft-restored fired');
    await second.el.updateComplete;
    expect(second.el.answers).to.deep.equal({ 'c1.1': 2, 'c1.2': 5, comment: 'Chỗ gửi xe chật' });
    expect(details<SipasDraftRestoredDetail>(second.events, 'sipas-draft-restored')[0]).to.deep.include({ questionnaireId: 'sipas-2017', answerCount: 3, migratedFrom: undefined });
    expect(draftNotice(second.el)!.textContent).to.contain('đã được khôi phục');
    expect(root(second.el).querySelector<HTMLInputElement>('#q-c1\\.1 input[value="2"]')!.checked).to.equal(true);
    await expect(second.el).shadowDom.to.be.accessible();

    // Finishing: only the questions not answered yet.
    for (const item of sipas2017.sections.flatMap((s) => s.items)) {
      if (!item.required || item.id in second.el.answers || !shownQuestions(second.el).includes(item.id)) continue;
      await answer(second.el, item.id, item.type === 'rating' ? 4 : item.id === 'feedback-given' ? 'no' : item.type === 'choice' ? item.options[0]!.value : 'ok');
    }
    const response = await second.el.submit();
    expect(response!.answers).to.include({ 'c1.1': 2, 'c1.2': 5, comment: 'Chỗ gửi xe chật' });
    await until(async () => (await store.get(keyFor())) === undefined, 'the draft is removed after submitting');
  });

  it('writes at most once per 250 ms while the citizen types, and at once when the page is hidden', async () => {
    const store = new CountingStore();
    const { el } = await mountSurvey({ storage: store }, context);
    const started = performance.now();
    for (let i = 1; i <= 40; i++) {
      await answer(el, 'comment', 'x'.repeat(i));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const typingMs = performance.now() - started;
    const writes = store.writes.filter((w) => w.key.startsWith('draft:'));
    expect(writes.length).to.be.at.most(Math.ceil(typingMs / 250) + 1);
    expect(writes.length).to.be.at.least(2, 'drafts are written while typing, not only at the end');
    for (let i = 1; i < writes.length; i++) expect(writes[i]!.at - writes[i - 1]!.at).to.be.at.least(240);

    await answer(el, 'comment', 'last words');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await until(async () => ((await store.get(keyFor())) as { answers: Record<string, unknown> } | undefined)?.answers['comment'] === 'last words', 'pagehide flushed the draft');
  });

  it('keeps no draft with no-draft (kiosks, shared computers)', async () => {
    const store = new CountingStore();
    const { el } = await mountSurvey({ storage: store }, { ...context, 'no-draft': '' });
    await answer(el, 'c1.1', 4);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await store.keys('draft:')).to.deep.equal([]);
  });

  it('discards the restored answers when the citizen asks to', async () => {
    const store = new CountingStore();
    await store.set(keyFor(), buildDraft(sipas2017, { 'c1.1': 3 }, undefined, Date.now()));
    const { el } = await mountSurvey({ storage: store }, context);
    await until(() => draftNotice(el) !== null, 'the notice shows');
    draftNotice(el)!.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(draftNotice(el)).to.equal(null);
    await until(async () => (await store.keys('draft:')).length === 0, 'the draft is removed');
  });

  it('drops a draft older than draft-max-age-days without restoring it', async () => {
    const store = new CountingStore();
    await store.set(keyFor(), buildDraft(sipas2017, { 'c1.1': 3 }, undefined, Date.now() - 2 * DAY));
    const { el, events } = await mountSurvey({ storage: store }, { ...context, 'draft-max-age-days': '1' });
    await until(async () => (await store.keys('draft:')).length === 0, 'the old draft is removed');
    expect(el.answers).to.deep.equal({});
    expect(events).to.deep.equal([]);
  });

  it('discards an unreadable draft with sipas-error and still shows the questionnaire', async () => {
    const store = new CountingStore();
    await store.set(keyFor(), { format: 99, answers: 'not answers' });
    const { el, events } = await mountSurvey({ storage: store }, context);
    await until(() => details(events, 'sipas-error').length > 0, 'sipas-error fired');
    expect(details<SipasErrorDetail>(events, 'sipas-error')[0]!.code).to.equal('draft-discarded');
    expect(root(el).querySelector('form')).to.not.equal(null);
    expect(await store.keys('draft:')).to.deep.equal([]);
  });

  it('does not restore a draft of another service context', async () => {
    const store = new CountingStore();
    await store.set(draftKey(sipas2017.id, { agencyCode: 'another-agency', channel: 'online' }), buildDraft(sipas2017, { 'c1.1': 3 }, undefined, Date.now()));
    const { el, events } = await mountSurvey({ storage: store }, context);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.answers).to.deep.equal({});
    expect(details(events, 'sipas-draft-restored')).to.deep.equal([]);
  });

  it('touches storage only after the questionnaire is on screen', async () => {
    const store = new CountingStore();
    const formShownAtEachCall: boolean[] = [];
    // Watching from before the element exists: a call during its first render would be recorded as `false`.
    store.onCall = () => formShownAtEachCall.push(document.querySelector('sipas-survey')?.shadowRoot?.querySelector('form') != null);
    await mountSurvey({ storage: store }, { ...context, endpoint: '/__receivers/unused/responses' });
    await until(() => store.calls > 0, 'the draft and the outbox were looked up');
    expect(formShownAtEachCall).to.not.be.empty;
    expect(formShownAtEachCall.every(Boolean)).to.equal(true);
  });
});
