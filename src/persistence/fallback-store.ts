import type { KeyValueStore } from './key-value-store.js';
import { MemoryKeyValueStore } from './memory-store.js';

/**
 * Wraps a durable store; on its first failure (IndexedDB missing in a private mode, quota exceeded, a write
 * that fails) it reports once and carries on in memory, so the survey keeps working and nothing throws into
 * the host page. What the durable store held stays there for the next page load.
 */
export class FallbackKeyValueStore implements KeyValueStore {
  private readonly memory = new MemoryKeyValueStore();
  private failed = false;

  constructor(
    private readonly durable: KeyValueStore,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Whether values now live only in memory (they will not survive a reload). */
  get volatile(): boolean {
    return this.failed;
  }

  private async attempt<T>(operation: (store: KeyValueStore) => Promise<T>): Promise<T> {
    if (!this.failed) {
      try {
        return await operation(this.durable);
      } catch (error) {
        this.failed = true;
        this.onFailure(error);
      }
    }
    return operation(this.memory);
  }

  get(key: string): Promise<unknown> {
    return this.attempt((store) => store.get(key));
  }

  set(key: string, value: unknown): Promise<void> {
    return this.attempt((store) => store.set(key, value));
  }

  delete(key: string): Promise<void> {
    return this.attempt((store) => store.delete(key));
  }

  keys(prefix: string): Promise<string[]> {
    return this.attempt((store) => store.keys(prefix));
  }
}
