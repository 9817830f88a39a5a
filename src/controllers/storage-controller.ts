import type { ReactiveControllerHost } from 'lit';
import { SipasErrorEvent } from '../events/error.js';
import { FallbackKeyValueStore } from '../persistence/fallback-store.js';
import { IdbKeyValueStore } from '../persistence/idb-store.js';
import type { KeyValueStore } from '../persistence/key-value-store.js';

/**
 * Gives the drafts and the outbox one store: the host's, else the library's own IndexedDB database. When that
 * fails, work goes on in memory, the host hears `sipas-error` once, and the citizen is told (`volatile`).
 */
export class StorageController {
  private current: { source: KeyValueStore | undefined; store: FallbackKeyValueStore } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly injected: () => KeyValueStore | undefined,
  ) {}

  /** The store to use now; created on first use, so nothing touches IndexedDB before it is needed. */
  get store(): FallbackKeyValueStore {
    const source = this.injected();
    if (!this.current || this.current.source !== source) {
      this.current = { source, store: new FallbackKeyValueStore(source ?? new IdbKeyValueStore(), (error) => this.handleFailure(error)) };
    }
    return this.current.store;
  }

  /** Whether answers and queued responses now live only in this page. */
  get volatile(): boolean {
    return this.current?.store.volatile ?? false;
  }

  private handleFailure(error: unknown): void {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.warn(`<sipas-survey>: storage is unavailable (${reason}); answers and unsent responses are kept in memory only.`);
    this.host.dispatchEvent(
      new SipasErrorEvent({
        code: 'storage-unavailable',
        message: 'IndexedDB is unavailable or failing, so drafts and unsent responses will not survive a reload.',
        problems: [{ path: 'storage', message: reason }],
      }),
    );
    this.host.requestUpdate();
  }
}
