/**
 * The little storage the widget needs: drafts and the outbox are a handful of JSON values under string keys.
 * Keeping it this small lets a host (or a test) swap in any store: IndexedDB, memory, or one that fails.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every key that starts with `prefix`. */
  keys(prefix: string): Promise<string[]>;
}
