import type { KeyValueStore } from './key-value-store.js';

/** A store that lives as long as the page: the fallback when IndexedDB fails, and the store for tests. */
export class MemoryKeyValueStore implements KeyValueStore {
  private readonly values = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    // A copy, as IndexedDB would give: callers must not be able to change the stored value by reference.
    return structuredClone(this.values.get(key));
  }

  async set(key: string, value: unknown): Promise<void> {
    this.values.set(key, structuredClone(value));
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.values.keys()].filter((key) => key.startsWith(prefix));
  }
}
