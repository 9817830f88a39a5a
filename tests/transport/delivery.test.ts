import { expect } from '@open-wc/testing';
import { Outbox } from '../../src/persistence/outbox.js';
import { DELIVERY_CONCURRENCY, deliverDue, type DeliveryRunOptions, type EntryResult } from '../../src/transport/deliver.js';
import { HttpTransport } from '../../src/transport/http-transport.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../src/transport/retry-schedule.js';
import { freshIdbStore, sampleResponse, TestReceiver } from '../support/delivery.js';

const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 20, factor: 2, maxDelayMs: 200, jitter: 0, timeoutMs: 2000 };

interface Setup {
  receiver: TestReceiver;
  outbox: Outbox;
  options: DeliveryRunOptions;
}

function setup(overrides: Partial<DeliveryRunOptions> = {}): Setup {
  const receiver = new TestReceiver();
  const outbox = new Outbox(freshIdbStore());
  const transport = new HttpTransport({ endpoint: receiver.endpoint, timeoutMs: policy.timeoutMs });
  const options: DeliveryRunOptions = { outbox, transport, endpoint: receiver.endpoint, policy, now: Date.now, random: Math.random, locks: navigator.locks, ...overrides };
  return { receiver, outbox, options };
}

/**
 * Runs the outbox like the element's timer does (never sooner than the base delay: an entry another tab is
 * sending stays due), until nothing waits; returns every result in order.
 */
async function deliverUntilSettled(options: DeliveryRunOptions, maxRounds = 100): Promise<EntryResult[]> {
  const all: EntryResult[] = [];
  for (let round = 0; round < maxRounds; round++) {
    const run = await deliverDue(options);
    all.push(...run.results);
    if (run.nextDueAt === undefined) return all;
    await new Promise((resolve) => setTimeout(resolve, Math.max(options.policy.baseDelayMs, run.nextDueAt! - Date.now())));
  }
  throw new Error(`the outbox did not settle in ${maxRounds} rounds`);
}

describe('delivery through the outbox to a real receiver', () => {
  it('delivers with POST, JSON, and an Idempotency-Key equal to the responseId', async () => {
    const { receiver, outbox, options } = setup();
    const response = sampleResponse();
    await outbox.add(response, receiver.endpoint, Date.now());
    const results = await deliverUntilSettled(options);
    expect(results.map((r) => r.kind)).to.deep.equal(['delivered']);
    const [request] = await receiver.requests();
    expect(request!.idempotencyKey).to.equal(response.responseId);
    expect(request!.headers['content-type']).to.equal('application/json');
    expect(await receiver.stored()).to.deep.equal([response]);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('retries after a 503 and stores the response once', async () => {
    const { receiver, outbox, options } = setup();
    const response = sampleResponse();
    await receiver.fail({ status: 503 });
    await outbox.add(response, receiver.endpoint, Date.now());
    const results = await deliverUntilSettled(options);
    expect(results.map((r) => [r.kind, r.kind === 'delivered' || r.kind === 'retry' ? r.status : 0])).to.deep.equal([['retry', 503], ['delivered', 201]]);
    expect(await receiver.storedIds()).to.deep.equal([response.responseId]);
  });

  it('aborts an attempt that takes longer than the timeout, retries, and the response is stored once', async () => {
    const { receiver, outbox, options } = setup();
    const response = sampleResponse();
    await receiver.fail({ delayMs: 1000 });
    await outbox.add(response, receiver.endpoint, Date.now());
    const results = await deliverUntilSettled({ ...options, transport: new HttpTransport({ endpoint: receiver.endpoint, timeoutMs: 300 }) });
    expect(results[0]).to.deep.include({ kind: 'retry', status: 0 });
    expect(results[0]!.kind === 'retry' && results[0]!.reason).to.contain('no answer within 300 ms');
    expect(results.at(-1)!.kind).to.equal('delivered');
    // The slow request may still be stored when it finally runs: the idempotency key makes that harmless.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await receiver.storedIds()).to.deep.equal([response.responseId]);
  });

  it('retries when the connection drops after the server stored the response; the repeat stores nothing', async () => {
    const { receiver, outbox, options } = setup();
    const response = sampleResponse();
    await receiver.fail({ drop: 'after-store' });
    await outbox.add(response, receiver.endpoint, Date.now());
    const results = await deliverUntilSettled(options);
    // Chromium itself may resend a request whose reused connection closed without an answer; either way the
    // second request finds the response already stored and the receiver answers 200.
    expect(results.at(-1)).to.deep.include({ kind: 'delivered', status: 200 });
    expect(await receiver.requests()).to.have.length(2);
    expect(await receiver.storedIds()).to.deep.equal([response.responseId]);
  });

  it('moves a response refused with 400 to the failed list with the server message, and replays it on request', async () => {
    const { receiver, outbox, options } = setup();
    const response = sampleResponse();
    await receiver.fail({ status: 400, message: 'agency code unknown to this commune' });
    await outbox.add(response, receiver.endpoint, Date.now());
    const results = await deliverUntilSettled(options);
    expect(results.map((r) => r.kind)).to.deep.equal(['rejected']);
    const [failed] = await outbox.failed(receiver.endpoint);
    expect(failed).to.deep.include({ responseId: response.responseId, status: 400, message: 'agency code unknown to this commune', attempts: 1 });
    expect(await receiver.stored()).to.deep.equal([]);

    expect(await outbox.requeueFailed(Date.now())).to.deep.equal([response.responseId]);
    expect((await deliverUntilSettled(options)).map((r) => r.kind)).to.deep.equal(['delivered']);
    expect(await outbox.failed()).to.deep.equal([]);
    expect(await receiver.storedIds()).to.deep.equal([response.responseId]);
  });

  it('waits as long as a 429 Retry-After says (up to maxDelayMs), even when its own schedule is shorter', async () => {
    const { receiver, outbox, options } = setup();
    await receiver.fail({ status: 429, retryAfter: 1 });
    await outbox.add(sampleResponse(), receiver.endpoint, Date.now());
    expect((await deliverUntilSettled({ ...options, policy: { ...policy, maxDelayMs: 5000 } })).map((r) => r.kind)).to.deep.equal(['retry', 'delivered']);
    const [first, second] = await receiver.requests();
    expect(second!.at - first!.at).to.be.at.least(950);
    expect(await receiver.stored()).to.have.length(1);
  });

  it('keeps the response while offline, and delivers it once the network is back', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    const { receiver, outbox, options } = setup();
    const response = sampleResponse();
    await outbox.add(response, receiver.endpoint, Date.now());
    const offlineTransport = new HttpTransport({ endpoint: receiver.endpoint, timeoutMs: 2000, fetch: offline });
    const run = await deliverDue({ ...options, policy: { ...policy, baseDelayMs: 500 }, transport: offlineTransport });
    expect(run.results[0]).to.deep.include({ kind: 'retry', status: 0 });
    const [waiting] = await outbox.pending();
    expect(waiting).to.deep.include({ attempts: 1, lastError: 'network error: Failed to fetch' });
    expect(await receiver.requests()).to.deep.equal([]);
    // Not due yet: nothing is sent before its time, whatever starts the run.
    expect((await deliverDue(options)).results).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, waiting!.nextAttemptAt - Date.now() + 5));
    expect((await deliverDue(options)).results.map((r) => r.kind)).to.deep.equal(['delivered']);
    expect(await receiver.storedIds()).to.deep.equal([response.responseId]);
  });

  it('never sends the same entry from two tabs at once (Web Locks), and each response is stored once', async () => {
    const receiver = new TestReceiver();
    const database = `sipas-survey-test-${crypto.randomUUID()}`;
    const { IdbKeyValueStore } = await import('../../src/persistence/idb-store.js');
    // Two tabs: two connections to the same database, two transports, racing.
    const tabs = [0, 1].map(() => {
      const outbox = new Outbox(new IdbKeyValueStore(database));
      const transport = new HttpTransport({ endpoint: receiver.endpoint, timeoutMs: 2000 });
      return { outbox, options: { outbox, transport, endpoint: receiver.endpoint, policy, now: Date.now, random: Math.random, locks: navigator.locks } };
    });
    const responses = [sampleResponse(), sampleResponse(), sampleResponse()];
    for (const response of responses) await tabs[0]!.outbox.add(response, receiver.endpoint, Date.now());
    await receiver.fail({ delayMs: 150 }, { delayMs: 150 }, { delayMs: 150 });
    const results = (await Promise.all(tabs.map((tab) => deliverUntilSettled(tab.options)))).flat();
    expect(results.filter((r) => r.kind === 'delivered')).to.have.length(3);
    expect(await receiver.requests()).to.have.length(3, 'no entry was sent twice');
    expect((await receiver.storedIds()).sort()).to.deep.equal(responses.map((r) => r.responseId).sort());
  });

  it('adds the host headers and the beforeSend hook headers, but never lets them replace the contract headers', async () => {
    const receiver = new TestReceiver();
    const outbox = new Outbox(freshIdbStore());
    const seen: number[] = [];
    const transport = new HttpTransport({
      endpoint: receiver.endpoint,
      timeoutMs: 2000,
      headers: () => ({ 'X-Portal': 'phu-an', 'Idempotency-Key': 'forged' }),
      beforeSend: ({ attempt }) => {
        seen.push(attempt);
        return { 'X-Anti-Abuse-Token': `token-${attempt}` };
      },
    });
    const response = sampleResponse();
    await receiver.fail({ status: 503 });
    await outbox.add(response, receiver.endpoint, Date.now());
    await deliverUntilSettled({ outbox, transport, endpoint: receiver.endpoint, policy, now: Date.now, random: Math.random, locks: navigator.locks });
    const requests = await receiver.requests();
    expect(seen).to.deep.equal([1, 2]);
    expect(requests.map((r) => r.headers['x-anti-abuse-token'])).to.deep.equal(['token-1', 'token-2']);
    expect(requests.every((r) => r.headers['x-portal'] === 'phu-an' && r.idempotencyKey === response.responseId)).to.equal(true);
  });

  it('sends a backlog a few at a time, stops once the backend fails, and leaves entries not due alone', async () => {
    const { receiver, outbox, options } = setup({ policy: { ...policy, maxDelayMs: 120_000 } });
    const now = Date.now();
    const due: string[] = [];
    for (let i = 0; i < 40; i++) {
      const entry = await outbox.add(sampleResponse(), receiver.endpoint, now - 1000 + i);
      if (i % 2 === 0) due.push(entry.responseId);
      else await outbox.update({ ...entry, attempts: 3, nextAttemptAt: now + 60_000 });
    }
    await receiver.fail(...Array.from({ length: 40 }, () => ({ status: 503 })));
    const run = await deliverDue(options);
    const requests = await receiver.requests();
    expect(requests.length).to.be.within(1, DELIVERY_CONCURRENCY, 'one failing round of at most the concurrency');
    expect(run.results.every((r) => r.kind === 'retry')).to.equal(true);
    expect(due.slice(0, DELIVERY_CONCURRENCY)).to.include.members(requests.map((r) => r.idempotencyKey!), 'the oldest due entries, only');
    expect(await outbox.pending()).to.have.length(40);
  });

  it('gives up an entry older than maxAgeMs (moved to the failed list, reported as expired), and drops old failures', async () => {
    const { receiver, outbox, options } = setup();
    const old = sampleResponse();
    await outbox.add(old, receiver.endpoint, Date.now() - policy.maxAgeMs - 1);
    const fresh = sampleResponse();
    await outbox.add(fresh, receiver.endpoint, Date.now());
    const run = await deliverDue(options);
    expect(run.results.map((r) => [r.kind, r.responseId])).to.deep.equal([['expired', old.responseId], ['delivered', fresh.responseId]]);
    const [failed] = await outbox.failed();
    expect(failed).to.deep.include({ responseId: old.responseId, status: 0 });
    expect(failed!.message).to.match(/^not delivered within 30 days of its submission/);
    expect(await receiver.storedIds()).to.deep.equal([fresh.responseId]);
    // Kept for failedMaxAgeMs, then deleted by the next run.
    await deliverDue({ ...options, now: () => Date.now() + policy.failedMaxAgeMs + 1 });
    expect(await outbox.failed()).to.deep.equal([]);
  });

  it('sends only the entries of its own endpoint', async () => {
    const { receiver, outbox, options } = setup();
    await outbox.add(sampleResponse(), 'https://elsewhere.example/api/responses', Date.now());
    expect((await deliverDue(options)).results).to.deep.equal([]);
    expect(await outbox.pending()).to.have.length(1);
    expect(await receiver.requests()).to.deep.equal([]);
  });
});
