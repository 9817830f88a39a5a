import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { Outbox } from '../../src/persistence/outbox.js';
import { DELIVERY_CONCURRENCY } from '../../src/transport/deliver.js';
import type { RetryPolicy } from '../../src/transport/retry-schedule.js';
import { root } from '../support/harness.js';
import { answerAndSubmit, CountingStore, details, mountSurvey, sampleResponse, removeSurveys, TestReceiver, until } from '../support/delivery.js';

const statusOf = (el: SipasSurvey) => root(el).querySelector<HTMLElement>('[part=delivery-status]')?.dataset['status'];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(removeSurveys);

describe('<sipas-survey endpoint>: delivery against a hostile or failing backend', () => {
  it('a Retry-After of 2^31 ms or more neither spins nor parks the response: the wait is the policy’s cap', async () => {
    const receiver = new TestReceiver();
    // 2,147,484 s is just over 2^31 ms: a browser timer of that length fires at once.
    await receiver.fail({ status: 503, retryAfter: 2_147_484 });
    const store = new CountingStore();
    const policy: Partial<RetryPolicy> = { baseDelayMs: 20, maxDelayMs: 600, jitter: 0, timeoutMs: 2000 };
    const { el, events } = await mountSurvey({ storage: store, retryPolicy: policy }, { endpoint: receiver.endpoint, layout: 'single' });
    const responseId = await answerAndSubmit(el);
    await until(() => statusOf(el) === 'queued', 'the first attempt failed');
    const callsAfterFailure = store.calls;
    await pause(300);
    expect(store.calls - callsAfterFailure).to.be.below(20, 'store calls while waiting (a timer that overflows fires again and again)');
    await until(() => details(events, 'sipas-delivered').length > 0, 'delivered after the capped wait', 3000);
    const [first, second] = await receiver.requests();
    expect(second!.at - first!.at).to.be.within(500, 2000);
    expect(await receiver.storedIds()).to.deep.equal([responseId]);
  });

  it('a page load with 1,000 queued responses and a backend answering 503 sends a few POSTs, never one not due', async () => {
    const receiver = new TestReceiver();
    const store = new CountingStore();
    const outbox = new Outbox(store);
    const now = Date.now();
    const notDue = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const entry = await outbox.add(sampleResponse(), new URL(receiver.endpoint, location.href).href, now - 10_000 + i);
      // Half of them were tried before and wait for their backoff.
      if (i % 2 === 1) {
        await outbox.update({ ...entry, attempts: 4, nextAttemptAt: now + 50_000 });
        notDue.add(entry.responseId);
      }
    }
    await receiver.fail(...Array.from({ length: 1000 }, () => ({ status: 503 })));
    const policy: Partial<RetryPolicy> = { baseDelayMs: 200, maxDelayMs: 60_000, jitter: 0, timeoutMs: 2000 };
    const { el } = await mountSurvey({ storage: store, retryPolicy: policy }, { endpoint: receiver.endpoint, layout: 'single' });
    await until(async () => (await receiver.requests()).length > 0, 'the page load sent what is due', 5000);
    // Rounds after failed rounds wait 200, 400, 800 ms…: within 1.5 s at most four rounds of a few requests.
    await pause(1500);
    const requests = await receiver.requests();
    el.remove();
    expect(requests.length).to.be.within(1, 4 * DELIVERY_CONCURRENCY, 'POSTs in 1.5 s after the page load');
    expect(requests.filter((r) => notDue.has(r.idempotencyKey!))).to.deep.equal([], 'entries not due are not sent');
  });

  it('sends a new response at once while older ones hang with no answer (no head-of-line blocking)', async () => {
    const receiver = new TestReceiver();
    const store = new CountingStore();
    const outbox = new Outbox(store);
    const endpoint = new URL(receiver.endpoint, location.href).href;
    for (let i = 0; i < 2; i++) await outbox.add(sampleResponse(), endpoint, Date.now());
    // The two old responses get no answer within the request timeout.
    await receiver.fail({ delayMs: 20_000 }, { delayMs: 20_000 });
    const policy: Partial<RetryPolicy> = { baseDelayMs: 1000, maxDelayMs: 60_000, jitter: 0, timeoutMs: 8000 };
    const { el, events } = await mountSurvey({ storage: store, retryPolicy: policy }, { endpoint: receiver.endpoint, layout: 'single' });
    await until(async () => (await receiver.requests()).length >= 1, 'an old response is in flight');
    const submittedAt = Date.now();
    const responseId = await answerAndSubmit(el);
    await until(() => details(events, 'sipas-delivered').length > 0, 'the new response was delivered', 3000);
    const request = (await receiver.requests()).find((r) => r.idempotencyKey === responseId)!;
    expect(request.at - submittedAt).to.be.below(1500);
    expect(await receiver.storedIds()).to.deep.equal([responseId]);
    expect(statusOf(el)).to.equal('sent');
  });
});
