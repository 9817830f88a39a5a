import { del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { KeyValueStore } from './key-value-store.js';

/** The library's own IndexedDB database: never idb-keyval's default store, which the host page may use. */
export const DEFAULT_DATABASE = 'sipas-survey';
const STORE = 'kv';

/**
 * IndexedDB through idb-keyval. The database opens on first use, not on construction, so creating the store
 * costs nothing before the questionnaire is on screen. Unlike idb-keyval's own `createStore`, the connection gives
 * way: when another tab upgrades or deletes the database, it closes at once (and opens again on next use), so this
 * page never blocks another one.
 */
export class IdbKeyValueStore implements KeyValueStore {
  private connection: Promise<IDBDatabase> | undefined;
  private readonly use: UseStore = async (mode, callback) => {
    let db = await this.open();
    // Closed since it was opened (another tab's upgrade or delete, storage cleared): open it again, once.
    if (!db.objectStoreNames.contains(STORE) || this.closed.has(db)) {
      this.connection = undefined;
      db = await this.open();
    }
    return callback(db.transaction(STORE, mode).objectStore(STORE));
  };
  private readonly closed = new WeakSet<IDBDatabase>();

  constructor(private readonly database: string = DEFAULT_DATABASE) {}

  private open(): Promise<IDBDatabase> {
    if (this.connection) return this.connection;
    // `indexedDB` is missing in some private modes: fail inside the promise.
    const request = (async () => indexedDB.open(this.database))();
    const connection = request.then((open) => {
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      return promisifyRequest(open);
    });
    this.connection = connection;
    return connection.then((db) => {
      const close = () => {
        this.closed.add(db);
        db.close();
        if (this.connection === connection) this.connection = undefined;
      };
      db.onversionchange = close;
      db.onclose = close;
      return db;
    });
  }

  async get(key: string): Promise<unknown> {
    return get(key, this.use);
  }

  async set(key: string, value: unknown): Promise<void> {
    await set(key, value, this.use);
  }

  async delete(key: string): Promise<void> {
    await del(key, this.use);
  }

  async keys(prefix: string): Promise<string[]> {
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    return this.use('readonly', (store) => promisifyRequest(store.getAllKeys(range))).then((keys) => keys.map(String));
  }
}
