import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { SipasErrorDetail } from '../../src/events/error.js';
import { draftKey, type Draft } from '../../src/persistence/drafts.js';
import { Outbox } from '../../src/persistence/outbox.js';
import type { RetryPolicy } from '../../src/transport/retry-schedule.js';
import type { SurveyResponse } from '../../src/schema/response.js';
import { answer, errors, root, shownQuestions, submit, uncaughtDuring } from '../support/harness.js';
import { details, freshIdbStore, mountSurvey, removeSurveys, TestReceiver, until } from '../support/delivery.js';
import { prototypeIds } from '../support/prototype-ids.js';

/** Retries far in the future: only a reload sends again within a test. */
const patient: Partial<RetryPolicy> = { baseDelayMs: 60_000, maxDelayMs: 60_000, jitter: 0, timeoutMs: 2000 };
const quick: Partial<RetryPolicy> = { baseDelayMs: 20, maxDelayMs: 100, jitter: 0, timeoutMs: 2000 };

const storageNote = (el: HTMLElement) => el.shadowRoot!.querySelector('[part=storage-note]');

afterEach(removeSurveys);

describe('<sipas-survey>: item ids that Object.prototype also has ("constructor")', () => {
  it('submits with the optional "constructor" unanswered: nothing refused, nothing uncaught, storage stays available, the body is exactly the answers', async () => {
    const receiver = new TestReceiver();
    const store = freshIdbStore();
    let submitted: SurveyResponse | undefined;
    const uncaught = await uncaughtDuring(async () => {
      const { el, events } = await mountSurvey({ definition: prototypeIds, storage: store, retryPolicy: quick }, { endpoint: receiver.endpoint, layout: 'single' });
      expect(shownQuestions(el)).to.deep.equal(['constructor', 'prototype', 'why']);
      await answer(el, 'prototype', 3);
      el.addEventListener('sipas-submit', (event) => (submitted = event.detail));
      await submit(el);
      expect(errors(el), 'no question is marked wrong').to.deep.equal({});
      expect(submitted?.answers).to.deep.equal({ prototype: 3 });
      await until(() => details(events, 'sipas-delivered').length === 1, 'sipas-delivered fired');
      expect(details<SipasErrorDetail>(events, 'sipas-error')).to.deep.equal([]);
      expect(storageNote(el)).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });
    expect(uncaught).to.deep.equal([]);
    const [stored] = await receiver.stored();
    expect(stored!.answers).to.deep.equal({ prototype: 3 });
    expect(Object.keys(stored!.answers)).to.deep.equal(['prototype']);
  });

  it('keeps "constructor" answers through the draft, a reload, the outbox in IndexedDB and a refused first delivery', async () => {
    const receiver = new TestReceiver();
    await receiver.fail({ status: 503 });
    const store = freshIdbStore();
    const given = { constructor: 1, prototype: 2, why: ['constructor', 'prototype'], detail: 'Chờ lâu' };
    const uncaught = await uncaughtDuring(async () => {
      const first = await mountSurvey({ definition: prototypeIds, storage: store, retryPolicy: patient }, { endpoint: receiver.endpoint, layout: 'single' });
      await answer(first.el, 'constructor', 1);
      expect(shownQuestions(first.el), 'the rule on "constructor" shows its follow-up').to.include('detail');
      await answer(first.el, 'prototype', 2);
      await answer(first.el, 'why', ['constructor', 'prototype']);
      await answer(first.el, 'detail', 'Chờ lâu');
      expect(first.el.answers).to.deep.equal(given);
      first.el.remove(); // a reload: the pending draft write is flushed
      await until(async () => ((await store.get(draftKey(prototypeIds.id, {}))) as Draft | undefined)?.answers.detail === 'Chờ lâu', 'the draft is stored');

      const second = await mountSurvey({ definition: prototypeIds, storage: store, retryPolicy: patient }, { endpoint: receiver.endpoint, layout: 'single' });
      await until(() => details(second.events, 'sipas-draft-restored').length === 1, 'the draft is restored');
      await second.el.updateComplete;
      expect(second.el.answers).to.deep.equal(given);
      expect(root(second.el).querySelector<HTMLInputElement>('#q-constructor input[value="1"]')!.checked).to.equal(true);
      const response = await second.el.submit();
      expect(response?.answers).to.deep.equal(given);
      // The first POST is answered 503: the response waits in the outbox, in IndexedDB.
      await until(async () => (await receiver.requests()).length === 1, 'the first POST was sent');
      await until(async () => (await new Outbox(store).get(response!.responseId))?.attempts === 1, 'the outbox entry records the attempt');
      expect((await new Outbox(store).get(response!.responseId))!.response.answers).to.deep.equal(given);
      expect(details<SipasErrorDetail>(second.events, 'sipas-error')).to.deep.equal([]);
      second.el.remove();

      // The next page load sends it again when due.
      const outbox = new Outbox(store);
      await outbox.update({ ...(await outbox.get(response!.responseId))!, nextAttemptAt: Date.now() });
      const third = await mountSurvey({ definition: prototypeIds, storage: store, retryPolicy: patient }, { endpoint: receiver.endpoint, layout: 'single' });
      await until(() => details(third.events, 'sipas-delivered').length === 1, 'the queued response is delivered');
      expect(third.el.answers, 'the draft went once the response was safe').to.deep.equal({});
    });
    expect(uncaught).to.deep.equal([]);
    const stored = await receiver.stored();
    expect(stored.map((r) => r.answers)).to.deep.equal([given]);
  });
});
