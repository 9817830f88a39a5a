import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { SipasDeliveredDetail } from '../../src/events/delivered.js';
import type { SipasDeliveryFailedDetail } from '../../src/events/delivery-failed.js';
import type { SipasErrorDetail } from '../../src/events/error.js';
import type { KeyValueStore } from '../../src/persistence/key-value-store.js';
import { Outbox } from '../../src/persistence/outbox.js';
import type { RetryPolicy } from '../../src/transport/retry-schedule.js';
import { root } from '../support/harness.js';
import { answerAndSubmit, CountingStore, details, failingStore, freshIdbStore, mountSurvey, removeSurveys, TestReceiver, until } from '../support/delivery.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';

const quick: Partial<RetryPolicy> = { baseDelayMs: 20, maxDelayMs: 100, jitter: 0, timeoutMs: 2000 };
/** Retries far in the future: only a reload, `online` or an explicit replay sends again within a test. */
const patient: Partial<RetryPolicy> = { baseDelayMs: 60_000, maxDelayMs: 60_000, jitter: 0, timeoutMs: 2000 };

/** Moves an entry's next attempt to now, as if its wait had passed. */
async function makeDue(store: KeyValueStore, responseId: string): Promise<void> {
  const outbox = new Outbox(store);
  await outbox.update({ ...(await outbox.get(responseId))!, nextAttemptAt: Date.now() });
}

const statusOf = (el: SipasSurvey) => root(el).querySelector<HTMLElement>('[part=delivery-status]');

afterEach(removeSurveys);

describe('<sipas-survey endpoint>: delivery', () => {
  it('sends the response, fires sipas-delivered, says so in a polite status region, and leaves no draft', async () => {
    const receiver = new TestReceiver();
    const store = new CountingStore();
    const { el, events } = await mountSurvey({ storage: store, retryPolicy: quick }, { endpoint: receiver.endpoint, layout: 'single' });
    const responseId = await answerAndSubmit(el);
    await until(() => details(events, 'sipas-delivered').length > 0, 'sipas-delivered fired');
    expect(details<SipasDeliveredDetail>(events, 'sipas-delivered')).to.deep.equal([{ responseId, status: 201 }]);
    await el.updateComplete;
    expect(statusOf(el)!.getAttribute('role')).to.equal('status');
    expect(statusOf(el)!.textContent).to.equal('Phiếu đã được gửi tới cơ quan.');
    expect(await receiver.storedIds()).to.deep.equal([responseId]);
    await until(async () => (await store.keys('')).length === 0, 'draft and outbox are empty');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('does not deliver when the host cancels sipas-submit to deliver by itself', async () => {
    const receiver = new TestReceiver();
    const store = new CountingStore();
    const { el } = await mountSurvey({ storage: store, retryPolicy: quick }, { endpoint: receiver.endpoint, layout: 'single' });
    el.addEventListener('sipas-submit', (event) => event.preventDefault());
    await answerAndSubmit(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await receiver.requests()).to.deep.equal([]);
    expect(await el.pendingDeliveries()).to.deep.equal([]);
  });

  it('only emits events without an endpoint', async () => {
    const store = new CountingStore();
    const { el } = await mountSurvey({ storage: store }, { layout: 'single' });
    await answerAndSubmit(el);
    expect(statusOf(el)).to.equal(null);
    expect(await store.keys('outbox:')).to.deep.equal([]);
  });

  it('tells the citizen the survey is saved and will be sent, then sent, across a 503', async () => {
    const receiver = new TestReceiver();
    await receiver.fail({ status: 503 }, { delayMs: 200 });
    const { el } = await mountSurvey({ storage: freshIdbStore(), retryPolicy: quick }, { endpoint: receiver.endpoint, layout: 'single', lang: 'en' });
    const responseId = await answerAndSubmit(el);
    await until(() => statusOf(el)?.dataset['status'] === 'queued', 'the status says queued');
    expect(statusOf(el)!.textContent).to.contain('it is saved on this device. It will be sent once there is a connection while this page is open, or the next time this page is opened');
    await until(() => statusOf(el)?.dataset['status'] === 'sent', 'the status says sent');
    expect(await receiver.storedIds()).to.deep.equal([responseId]);
  });

  it('reports a 400 with the server message, keeps it in the failed list, and replays it on request', async () => {
    const receiver = new TestReceiver();
    await receiver.fail({ status: 400, message: 'procedure 1.001193 is not handled here' });
    const { el, events } = await mountSurvey({ storage: freshIdbStore(), retryPolicy: quick }, { endpoint: receiver.endpoint, layout: 'single' });
    const responseId = await answerAndSubmit(el);
    await until(() => details(events, 'sipas-delivery-failed').length > 0, 'sipas-delivery-failed fired');
    expect(details<SipasDeliveryFailedDetail>(events, 'sipas-delivery-failed')).to.deep.equal([{ responseId, status: 400, message: 'procedure 1.001193 is not handled here', reason: 'refused' }]);
    await el.updateComplete;
    expect(statusOf(el)!.dataset['status']).to.equal('failed');
    expect((await el.failedDeliveries()).map((f) => [f.responseId, f.status])).to.deep.equal([[responseId, 400]]);
    expect(await receiver.stored()).to.deep.equal([]);

    expect(await el.retryFailed()).to.deep.equal([responseId]);
    await until(() => details(events, 'sipas-delivered').length > 0, 'the replay was delivered');
    expect(await el.failedDeliveries()).to.deep.equal([]);
    expect(await receiver.storedIds()).to.deep.equal([responseId]);
    await el.updateComplete;
    expect(statusOf(el)!.dataset['status']).to.equal('sent');
  });

  it('delivers after a reload what the previous page could not send, once it is due', async () => {
    const receiver = new TestReceiver();
    const store = freshIdbStore();
    await receiver.fail({ status: 503 });
    const first = await mountSurvey({ storage: store, retryPolicy: patient }, { endpoint: receiver.endpoint, layout: 'single' });
    const responseId = await answerAndSubmit(first.el);
    await until(() => statusOf(first.el)?.dataset['status'] === 'queued', 'the first page gave up for now');
    first.el.remove();

    // A reload before the retry is due sends nothing; one after it delivers.
    const early = await mountSurvey({ storage: store, retryPolicy: patient }, { endpoint: receiver.endpoint, layout: 'single' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await receiver.requests()).to.have.length(1);
    early.el.remove();
    await makeDue(store, responseId);
    const second = await mountSurvey({ storage: store, retryPolicy: patient }, { endpoint: receiver.endpoint, layout: 'single' });
    await until(() => details(second.events, 'sipas-delivered').length > 0, 'the reloaded page delivered it');
    expect(details<SipasDeliveredDetail>(second.events, 'sipas-delivered')[0]!.responseId).to.equal(responseId);
    expect(await receiver.storedIds()).to.deep.equal([responseId]);
  });

  it('sends what is due when the browser comes back online; two tabs racing on one outbox store it once', async () => {
    const receiver = new TestReceiver();
    const database = freshIdbStore();
    await receiver.fail({ status: 503 }, { delayMs: 200 });
    const tab = await mountSurvey({ storage: database, retryPolicy: patient }, { endpoint: receiver.endpoint, layout: 'single' });
    const responseId = await answerAndSubmit(tab.el);
    await until(() => statusOf(tab.el)?.dataset['status'] === 'queued', 'the first attempt failed');
    await makeDue(database, responseId);
    // The second tab's page load and the first tab's `online` run race for the entry, now due.
    const other = await mountSurvey({ storage: database, retryPolicy: patient }, { endpoint: receiver.endpoint, layout: 'single' });
    window.dispatchEvent(new Event('online'));
    await until(() => statusOf(tab.el)?.dataset['status'] === 'sent', 'the status says sent');
    const delivered = [...details(tab.events, 'sipas-delivered'), ...details(other.events, 'sipas-delivered')];
    expect(delivered).to.have.length(1);
    expect(await receiver.storedIds()).to.deep.equal([responseId]);
    const attempts = (await receiver.requests()).filter((r) => r.idempotencyKey === responseId);
    expect(attempts.length).to.be.at.most(3, 'the failed attempt, the online one, and at most one repeat by the browser');
  });

  it('sends the host headers and hook headers, and no cookies unless asked', async () => {
    document.cookie = 'portal-session=abc; path=/';
    try {
      const receiver = new TestReceiver();
      const { el } = await mountSurvey(
        { storage: new CountingStore(), retryPolicy: quick, requestHeaders: { 'X-Portal': 'phu-an' }, beforeSend: ({ attempt }) => ({ 'X-Attempt': String(attempt) }) },
        { endpoint: receiver.endpoint, layout: 'single' },
      );
      await answerAndSubmit(el);
      await until(async () => (await receiver.stored()).length === 1, 'stored');
      const [request] = await receiver.requests();
      expect(request!.headers).to.include({ 'x-portal': 'phu-an', 'x-attempt': '1' });
      expect(request!.headers).to.not.have.property('cookie');

      const withCookies = new TestReceiver();
      const second = await mountSurvey({ storage: new CountingStore(), retryPolicy: quick }, { endpoint: withCookies.endpoint, layout: 'single', credentials: 'same-origin' });
      await answerAndSubmit(second.el);
      await until(async () => (await withCookies.stored()).length === 1, 'stored');
      expect((await withCookies.requests())[0]!.headers['cookie']).to.contain('portal-session=abc');
    } finally {
      document.cookie = 'portal-session=; path=/; max-age=0';
    }
  });

  it('keeps working in memory when storage fails: reports it, warns the citizen, still delivers', async () => {
    const receiver = new TestReceiver();
    const { el, events } = await mountSurvey({ storage: failingStore, retryPolicy: quick }, { endpoint: receiver.endpoint, layout: 'single', lang: 'en' });
    await until(() => details(events, 'sipas-error').length > 0, 'sipas-error fired');
    expect(details<SipasErrorDetail>(events, 'sipas-error').map((d) => d.code)).to.deep.equal(['storage-unavailable']);
    await el.updateComplete;
    expect(root(el).querySelector('[part=storage-note]')!.textContent).to.contain('if you reload the page, your answers will be lost');
    const responseId = await answerAndSubmit(el);
    await until(async () => (await receiver.storedIds()).includes(responseId), 'delivered from memory');
    expect(details<SipasErrorDetail>(events, 'sipas-error')).to.have.length(1, 'reported once');
  });

  it('reports a credentials value fetch does not know, and still delivers, without cookies', async () => {
    const receiver = new TestReceiver();
    const { el, events } = await mountSurvey({ storage: new CountingStore(), retryPolicy: quick }, { endpoint: receiver.endpoint, credentials: 'cookies', layout: 'single' });
    const responseId = await answerAndSubmit(el);
    await until(() => details(events, 'sipas-delivered').length > 0, 'sipas-delivered fired');
    expect(await receiver.storedIds()).to.deep.equal([responseId]);
    const reported = details<SipasErrorDetail>(events, 'sipas-error');
    expect(reported.map((d) => [d.code, d.problems[0]!.path])).to.deep.equal([['invalid-attribute', 'credentials']]);
    expect(reported[0]!.problems[0]!.message).to.contain('"omit", "same-origin", "include"');
  });

  it('reports an endpoint that is not an http(s) URL', async () => {
    const { el, events } = await mountSurvey({ storage: new CountingStore() }, { endpoint: 'javascript:alert(1)', layout: 'single' });
    await answerAndSubmit(el);
    // Delivery loads after the first render, so the report comes once the response reaches it.
    await until(() => details(events, 'sipas-error').length > 0, 'the endpoint is reported');
    expect(details<SipasErrorDetail>(events, 'sipas-error').map((d) => [d.code, d.problems[0]!.path])).to.deep.equal([['invalid-attribute', 'endpoint']]);
  });
});
