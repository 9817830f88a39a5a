import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { scheduleClock } from '../../src/controllers/timeout.js';
import type { SipasDeliveryFailedDetail } from '../../src/events/delivery-failed.js';
import type { RetryPolicy } from '../../src/transport/retry-schedule.js';
import { answerAndSubmit, details, freshIdbStore, mountSurvey, removeSurveys, TestReceiver, until } from '../support/delivery.js';
import { FakeClock } from '../support/fake-clock.js';

const quick: Partial<RetryPolicy> = { baseDelayMs: 20, maxDelayMs: 100, jitter: 0, timeoutMs: 2000 };

afterEach(removeSurveys);

describe('<sipas-survey endpoint>: how long what a citizen typed is kept', () => {
  it('with no-draft, a refused response is listed in page memory only: nothing of it in IndexedDB, nothing after a reload', async () => {
    const receiver = new TestReceiver();
    await receiver.fail({ status: 400, message: 'the agency code is unknown' });
    const store = freshIdbStore();
    const attributes = { endpoint: receiver.endpoint, layout: 'single', 'no-draft': '' };
    const first = await mountSurvey({ storage: store, retryPolicy: quick }, attributes);
    const responseId = await answerAndSubmit(first.el);
    await until(() => details(first.events, 'sipas-delivery-failed').length === 1, 'sipas-delivery-failed fired');
    expect(details<SipasDeliveryFailedDetail>(first.events, 'sipas-delivery-failed')[0]).to.deep.include({ responseId, status: 400, reason: 'refused' });
    const listed = await first.el.failedDeliveries();
    expect(listed.map((failure) => [failure.responseId, failure.status])).to.deep.equal([[responseId, 400]]);
    // Nothing of it, nor a draft, in the device's storage.
    await until(async () => (await store.keys('')).length === 0, 'the outbox entry left IndexedDB');
    expect(await store.keys('')).to.deep.equal([]);

    first.el.remove(); // a reload
    const second = await mountSurvey({ storage: store, retryPolicy: quick }, attributes);
    expect(await second.el.failedDeliveries()).to.deep.equal([]);
    expect(await second.el.pendingDeliveries()).to.deep.equal([]);
    expect(await store.keys('')).to.deep.equal([]);
  });

  describe('on a fake clock', () => {
    let clock: FakeClock;
    beforeEach(() => (clock = new FakeClock().install(scheduleClock)));
    afterEach(() => clock.uninstall());

    it('drops an entry older than maxAgeMs without sending it again, and fires sipas-delivery-failed with reason "expired"', async () => {
      const receiver = new TestReceiver();
      await receiver.fail(...Array.from({ length: 20 }, () => ({ status: 503 })));
      const policy: Partial<RetryPolicy> = { baseDelayMs: 60_000, maxDelayMs: 60_000, jitter: 0, timeoutMs: 2000, maxAgeMs: 10 * 60_000 };
      const { el, events } = await mountSurvey({ storage: freshIdbStore(), retryPolicy: policy }, { endpoint: receiver.endpoint, layout: 'single' });
      const responseId = await answerAndSubmit(el);
      await until(async () => (await receiver.requests()).length === 1, 'the first POST was answered 503');
      await until(async () => (await el.pendingDeliveries())[0]?.attempts === 1, 'the entry waits for its next attempt');
      // Five minutes later, within maxAgeMs: sent again.
      await until(() => clock.timeouts > 0, 'the next attempt is scheduled');
      clock.tick(5 * 60_000);
      await until(async () => (await el.pendingDeliveries())[0]?.attempts === 2, 'the retry within maxAgeMs was sent');
      expect(details(events, 'sipas-delivery-failed'), 'not before maxAgeMs').to.deep.equal([]);
      // Eleven minutes after it was queued: older than maxAgeMs, dropped without a POST.
      await until(() => clock.timeouts > 0, 'the next attempt is scheduled');
      clock.tick(6 * 60_000);
      await until(() => details(events, 'sipas-delivery-failed').length === 1, 'sipas-delivery-failed fired');
      expect(details<SipasDeliveryFailedDetail>(events, 'sipas-delivery-failed')[0]).to.deep.include({ responseId, reason: 'expired' });
      expect(await el.pendingDeliveries()).to.deep.equal([]);
      const requests = (await receiver.requests()).length;
      expect(requests, 'the first POST and the one retry').to.equal(2);
      clock.tick(60 * 60_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await receiver.requests()).length, 'no POST after it expired').to.equal(requests);
    });
  });
});
