import { setClampedTimeout } from '../controllers/timeout.js';
import type { KeyValueStore } from './key-value-store.js';
import { MemoryKeyValueStore } from './memory-store.js';

/**
 * How long one storage call may take before the widget stops waiting for storage: IndexedDB answers in
 * milliseconds, but an open waits without end while another tab holds or deletes the database.
 */
export const STORAGE_WAIT_MS = 3000;

/** `work`, or a TimeoutError once `ms` have passed without an answer. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setClampedTimeout(
      () => reject(new DOMException(`storage did not answer within ${ms} ms (another tab may be holding or deleting the database)`, 'TimeoutError')),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Wraps a durable store; on its first failure (IndexedDB missing in a private mode, quota exceeded, a write
 * that fails, a call with no answer within `waitMs`) it reports once and carries on in memory, so the survey
 * keeps working and nothing throws into the host page. What the durable store held stays there for the next page
 * load, except what is removed: a removal still reaches it, so a draft written before the failure cannot come back.
 */
export class FallbackKeyValueStore implements KeyValueStore {
  private readonly memory = new MemoryKeyValueStore();
  private failed = false;

  constructor(
    private readonly durable: KeyValueStore,
    private readonly onFailure: (error: unknown) => void,
    private readonly waitMs = STORAGE_WAIT_MS,
  ) {}

  /** Whether values now live only in memory (they will not survive a reload). */
  get volatile(): boolean {
    return this.failed;
  }

  private async attempt<T>(operation: (store: KeyValueStore) => Promise<T>): Promise<T> {
    if (!this.failed) {
      try {
        return await within(operation(this.durable), this.waitMs);
      } catch (error) {
        // Calls made together fail together: the host hears it once.
        if (!this.failed) this.onFailure(error);
        this.failed = true;
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

  async delete(key: string): Promise<void> {
    // A full disk refuses writes, not removals: what was stored before the failure must go too.
    if (this.failed) await within(this.durable.delete(key), this.waitMs).catch(() => undefined);
    return this.attempt((store) => store.delete(key));
  }

  keys(prefix: string): Promise<string[]> {
    return this.attempt((store) => store.keys(prefix));
  }
}
