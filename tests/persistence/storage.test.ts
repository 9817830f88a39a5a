import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { SipasErrorDetail } from '../../src/events/error.js';
import { FallbackKeyValueStore, STORAGE_WAIT_MS } from '../../src/persistence/fallback-store.js';
import { IdbKeyValueStore } from '../../src/persistence/idb-store.js';
import type { KeyValueStore } from '../../src/persistence/key-value-store.js';
import { MemoryKeyValueStore } from '../../src/persistence/memory-store.js';
import { answer } from '../support/harness.js';
import { answerAndSubmit, details, mountSurvey, removeSurveys, TestReceiver, until } from '../support/delivery.js';

/** Opens a database the way an old tab (or the host page) does: it keeps its connection and never gives way. */
function holdDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('kv');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A store whose calls never answer, as IndexedDB's open does behind a blocked delete. */
const silentStore: KeyValueStore = {
  get: () => new Promise(() => {}),
  set: () => new Promise(() => {}),
  delete: () => new Promise(() => {}),
  keys: () => new Promise(() => {}),
};

/** A durable store with a full disk for some keys: writes to them fail with QuotaExceededError, the rest works. */
class QuotaStore extends MemoryKeyValueStore {
  constructor(private readonly full: (key: string) => boolean) {
    super();
  }

  override async set(key: string, value: unknown): Promise<void> {
    if (this.full(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return super.set(key, value);
  }
}

afterEach(removeSurveys);

describe('storage that blocks, hangs or fills up', () => {
  it('gives way when another tab deletes or upgrades the database, and opens it again on next use', async () => {
    const name = `sipas-survey-test-${crypto.randomUUID()}`;
    const store = new IdbKeyValueStore(name);
    await store.set('draft:x', { a: 1 });
    const deleted = await new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve('deleted');
      request.onblocked = () => resolve('blocked');
    });
    expect(deleted).to.equal('deleted');
    expect(await store.get('draft:x')).to.equal(undefined);
    await store.set('draft:x', { a: 2 });
    expect(await store.get('draft:x')).to.deep.equal({ a: 2 });
  });

  it('stops waiting for a storage call with no answer: reports it once and carries on in memory', async () => {
    const failures: unknown[] = [];
    const store = new FallbackKeyValueStore(silentStore, (error) => failures.push(error), 50);
    await store.set('outbox:1', { n: 1 });
    expect(await store.get('outbox:1')).to.deep.equal({ n: 1 });
    expect(await store.keys('outbox:')).to.deep.equal(['outbox:1']);
    expect(failures).to.have.length(1);
    expect((failures[0] as DOMException).name).to.equal('TimeoutError');
    expect(store.volatile).to.equal(true);
    expect(STORAGE_WAIT_MS).to.be.within(1000, 5000);
  });

  it('still removes from the durable store what was written there before a write failed (quota)', async () => {
    const durable = new QuotaStore((key) => key.startsWith('outbox:'));
    const store = new FallbackKeyValueStore(durable, () => {}, 50);
    await store.set('draft:x', { typed: 'free text' });
    await store.set('outbox:1', {});
    expect(store.volatile).to.equal(true);
    await store.delete('draft:x');
    expect(await durable.get('draft:x')).to.equal(undefined);
  });

  it('a blocked IndexedDB does not stall a submit: it says storage is unavailable, and the response is delivered', async function () {
    this.timeout(30_000);
    const name = `sipas-survey-test-${crypto.randomUUID()}`;
    const holder = await holdDatabase(name);
    // Another tab deletes the database; the holder never closes, so every open waits behind the delete.
    indexedDB.deleteDatabase(name);
    try {
      const receiver = new TestReceiver();
      const { el, events } = await mountSurvey({ storage: new IdbKeyValueStore(name), retryPolicy: { baseDelayMs: 20, maxDelayMs: 100, jitter: 0 } }, { endpoint: receiver.endpoint, layout: 'single', lang: 'en' });
      const responseId = await answerAndSubmit(el);
      await until(async () => (await receiver.storedIds()).includes(responseId), 'the response was delivered', STORAGE_WAIT_MS * 4);
      expect(details<SipasErrorDetail>(events, 'sipas-error').map((d) => [d.code, d.problems[0]!.message])).to.deep.equal([
        ['storage-unavailable', `TimeoutError: storage did not answer within ${STORAGE_WAIT_MS} ms (another tab may be holding or deleting the database)`],
      ]);
    } finally {
      holder.close();
    }
  });

  it('removes the draft once the response is delivered even when the outbox write failed (quota): the next load restores nothing', async () => {
    const durable = new QuotaStore((key) => key.startsWith('outbox:'));
    const receiver = new TestReceiver();
    const policy = { baseDelayMs: 20, maxDelayMs: 100, jitter: 0 };
    const first = await mountSurvey({ storage: durable, retryPolicy: policy }, { endpoint: receiver.endpoint, layout: 'single' });
    await answer(first.el, 'comment', 'Cán bộ Nguyễn Văn A nhận tiền');
    await until(async () => (await durable.keys('draft:')).length === 1, 'the draft is stored');
    const responseId = await answerAndSubmit(first.el);
    await until(async () => (await receiver.storedIds()).includes(responseId), 'the response was delivered from memory');
    await until(async () => (await durable.keys('draft:')).length === 0, 'the draft is removed from the durable store');
    first.el.remove();

    const next = await mountSurvey({ storage: durable }, { endpoint: receiver.endpoint, layout: 'single' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(next.el.answers).to.deep.equal({});
    expect(details(next.events, 'sipas-draft-restored')).to.deep.equal([]);
  });
});
