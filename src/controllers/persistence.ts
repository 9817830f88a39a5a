import type { ReactiveControllerHost } from 'lit';
import type { KeyValueStore } from '../persistence/key-value-store.js';
import { DeliveryController, type DeliverySettings } from './delivery-controller.js';
import { DraftController, type DraftControllerOptions } from './draft-controller.js';
import { StorageController } from './storage-controller.js';

export interface PersistenceOptions extends Omit<DraftControllerOptions, 'store'> {
  /** A store the host supplied (the `storage` property), else the library's own IndexedDB database. */
  injectedStore: () => KeyValueStore | undefined;
  delivery: () => DeliverySettings;
}

/**
 * Storage, drafts and delivery, wired to one store. The element imports this module after its first render:
 * none of it is needed to show the questionnaire, so none of it weighs on the first paint.
 */
export function createPersistence(host: ReactiveControllerHost & EventTarget, options: PersistenceOptions) {
  const storage = new StorageController(host, options.injectedStore);
  const store = () => storage.store;
  return {
    storage,
    draft: new DraftController(host, { ...options, store }),
    delivery: new DeliveryController(host, { store, settings: options.delivery }),
  };
}

export type Persistence = ReturnType<typeof createPersistence>;
