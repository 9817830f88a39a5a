import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { KeyValueStore } from './key-value-store.js';

/** The library's own IndexedDB database: never idb-keyval's default store, which the host page may use. */
export const DEFAULT_DATABASE = 'sipas-survey';
const STORE = 'kv';

/**
 * IndexedDB through idb-keyval. The database opens on first use, not on construction, so creating the store
 * costs nothing before the questionnaire is on screen.
 */
export class IdbKeyValueStore implements KeyValueStore {
  private store: UseStore | undefined;

  constructor(private readonly database: string = DEFAULT_DATABASE) {}

  private use(): UseStore {
    // createStore touches the global `indexedDB`, which is missing in some private modes: fail inside a promise.
    this.store ??= createStore(this.database, STORE);
    return this.store;
  }

  async get(key: string): Promise<unknown> {
    return get(key, this.use());
  }

  async set(key: string, value: unknown): Promise<void> {
    await set(key, value, this.use());
  }

  async delete(key: string): Promise<void> {
    await del(key, this.use());
  }

  async keys(prefix: string): Promise<string[]> {
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    return this.use()('readonly', (store) => new Promise<string[]>((resolve, reject) => {
      const request = store.getAllKeys(range);
      request.onsuccess = () => resolve(request.result.map(String));
      request.onerror = () => reject(request.error);
    }));
  }
}
