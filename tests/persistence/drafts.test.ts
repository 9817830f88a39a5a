import { expect } from '@open-wc/testing';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { buildDraft, draftKey, DraftStore, reviveDraft } from '../../src/persistence/drafts.js';
import { FallbackKeyValueStore } from '../../src/persistence/fallback-store.js';
import type { KeyValueStore } from '../../src/persistence/key-value-store.js';
import { MemoryKeyValueStore } from '../../src/persistence/memory-store.js';
import type { Definition } from '../../src/schema/definition.js';
import { freshIdbStore } from '../support/delivery.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 26);
const saved = (answers: Record<string, number | string>, overrides: Record<string, unknown> = {}) => ({
  ...buildDraft(sipas2017, answers, new Date(NOW - DAY), NOW - DAY),
  ...overrides,
});
const nextVersion: Definition = { ...sipas2017, version: `${sipas2017.version}-next` };
const fewerItems: Definition = { ...nextVersion, sections: sipas2017.sections.slice(1) };

describe('drafts: what a stored draft becomes (pure)', () => {
  const cases: Array<[what: string, stored: unknown, definition: Definition, expected: string]> = [
    ['nothing stored', undefined, sipas2017, 'none'],
    ['a draft of this version, a day old', saved({ 'c1.1': 4 }), sipas2017, 'restored'],
    ['a draft 8 days old (max age 7)', saved({ 'c1.1': 4 }, { savedAt: NOW - 8 * DAY }), sipas2017, 'expired'],
    ['a string', 'garbage', sipas2017, 'discarded'],
    ['an object of another shape', { answers: 'no' }, sipas2017, 'discarded'],
    ['a draft of another questionnaire', saved({ 'c1.1': 4 }, { questionnaireId: 'other' }), sipas2017, 'discarded'],
    ['a draft of another version with the same items', saved({ 'c1.1': 4 }), nextVersion, 'restored'],
    ['a draft of another version with other items', saved({ 'c1.1': 4 }), fewerItems, 'discarded'],
    ['a draft whose answers are all hidden or unknown', saved({ 'no-such-item': 3 }), sipas2017, 'none'],
  ];
  for (const [what, stored, definition, expected] of cases) {
    it(`${what} → ${expected}`, () => {
      expect(reviveDraft(stored, definition, NOW, 7).kind).to.equal(expected);
    });
  }

  it('restores answers pruned through the model, and the time the citizen started', () => {
    const revival = reviveDraft(saved({ 'c1.1': 4, 'feedback-given': 'no', 'c5.2': 5 }), sipas2017, NOW, 7);
    expect(revival).to.deep.include({ kind: 'restored', answers: { 'c1.1': 4, 'feedback-given': 'no' }, migratedFrom: undefined });
    expect(revival.kind === 'restored' && revival.startedAt?.getTime()).to.equal(NOW - DAY);
  });

  it('says which version a migrated draft came from, and why another is discarded', () => {
    const migrated = reviveDraft(saved({ 'c1.1': 4 }), nextVersion, NOW, 7);
    expect(migrated.kind === 'restored' && migrated.migratedFrom).to.equal(sipas2017.version);
    const discarded = reviveDraft(saved({ 'c1.1': 4 }), fewerItems, NOW, 7);
    expect(discarded.kind === 'discarded' && discarded.problems[0]!.message).to.contain(sipas2017.version);
  });

  it('keys drafts by questionnaire and service context, not by version', () => {
    const a = draftKey('sipas-2017', { agencyCode: '1', channel: 'online' });
    expect(a).to.equal(draftKey('sipas-2017', { channel: 'online', agencyCode: '1' }));
    expect(a).to.not.equal(draftKey('sipas-2017', { agencyCode: '1', channel: 'in-person' }));
    expect(a).to.not.equal(draftKey('sipas-2022', { agencyCode: '1', channel: 'online' }));
  });
});

describe('drafts in real IndexedDB', () => {
  it('saves, restores and removes a draft; an expired or broken one is removed when read', async () => {
    const drafts = new DraftStore(freshIdbStore());
    const key = draftKey(sipas2017.id, {});
    await drafts.save(key, buildDraft(sipas2017, { 'c1.1': 5 }, undefined, NOW));
    expect(await drafts.load(key, sipas2017, NOW + DAY, 7)).to.deep.include({ kind: 'restored', answers: { 'c1.1': 5 } });
    expect((await drafts.load(key, sipas2017, NOW + 8 * DAY, 7)).kind).to.equal('expired');
    expect((await drafts.load(key, sipas2017, NOW + DAY, 7)).kind).to.equal('none', 'the expired draft was removed');
    await drafts.save(key, buildDraft(sipas2017, { 'c1.1': 5 }, undefined, NOW));
    await drafts.remove(key);
    expect((await drafts.load(key, sipas2017, NOW, 7)).kind).to.equal('none');
  });

  it('removes the draft instead of saving an empty one', async () => {
    const store = new MemoryKeyValueStore();
    const drafts = new DraftStore(store);
    await drafts.save('draft:x', buildDraft(sipas2017, { 'c1.1': 5 }, undefined, NOW));
    await drafts.save('draft:x', buildDraft(sipas2017, {}, undefined, NOW));
    expect(await store.keys('draft:')).to.deep.equal([]);
  });
});

describe('storage that fails', () => {
  const failing: KeyValueStore = {
    get: () => Promise.reject(new DOMException('The operation failed', 'UnknownError')),
    set: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
    delete: () => Promise.reject(new DOMException('The operation failed', 'UnknownError')),
    keys: () => Promise.reject(new DOMException('The operation failed', 'UnknownError')),
  };

  it('carries on in memory after the first failure, and reports it once', async () => {
    const failures: unknown[] = [];
    const store = new FallbackKeyValueStore(failing, (error) => failures.push(error));
    await store.set('a', 1);
    await store.set('b', 2);
    expect(await store.get('a')).to.equal(1);
    expect(await store.keys('')).to.have.members(['a', 'b']);
    expect(store.volatile).to.equal(true);
    expect(failures).to.have.length(1);
    expect((failures[0] as DOMException).name).to.equal('QuotaExceededError');
  });

  it('stays durable while the store works', async () => {
    const store = new FallbackKeyValueStore(freshIdbStore(), () => expect.fail('no failure expected'));
    await store.set('draft:1', { a: 1 });
    expect(await store.get('draft:1')).to.deep.equal({ a: 1 });
    expect(store.volatile).to.equal(false);
  });
});
