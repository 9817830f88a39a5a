// Helpers for tests of drafts and delivery: a reference receiver of one's own on the test server, sample
// responses, and unique IndexedDB databases (all test files of a run share one origin).
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { buildResponse } from '../../src/model/response.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { IdbKeyValueStore } from '../../src/persistence/idb-store.js';
import type { KeyValueStore } from '../../src/persistence/key-value-store.js';
import { MemoryKeyValueStore } from '../../src/persistence/memory-store.js';
import { completeRequired, settle } from './harness.js';
import type { SurveyResponse } from '../../src/schema/response.js';

/** A fault the receiver applies to the next request (see server/receiver.mjs). */
export type Fault =
  | { status: number; retryAfter?: number | string; message?: string }
  | { delayMs: number }
  | { drop: 'before-store' | 'after-store' };

export interface ReceivedRequest {
  at: number;
  idempotencyKey: string | null;
  headers: Record<string, string>;
  fault: Fault | null;
}

/** A receiver mounted for this test only, on the test server's own origin. */
export class TestReceiver {
  readonly base = `/__receivers/${crypto.randomUUID()}`;
  readonly endpoint = `${this.base}/responses`;

  /** Queues faults for the next requests, in order; later requests succeed. */
  async fail(...faults: Fault[]): Promise<void> {
    await fetch(`${this.base}/faults`, { method: 'POST', body: JSON.stringify(faults) });
  }

  /** Drops the faults still queued: the backend is back. */
  async recover(): Promise<void> {
    await fetch(`${this.base}/faults`, { method: 'DELETE' });
  }

  async stored(): Promise<SurveyResponse[]> {
    const reply = await fetch(this.endpoint, { headers: { Authorization: 'Bearer test-operator-token' } });
    if (!reply.ok) throw new Error(`GET ${this.endpoint}: ${reply.status} ${await reply.text()}`);
    const text = await reply.text();
    return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as SurveyResponse);
  }

  async storedIds(): Promise<string[]> {
    return (await this.stored()).map((response) => response.responseId);
  }

  async requests(): Promise<ReceivedRequest[]> {
    return (await fetch(`${this.base}/requests`)).json() as Promise<ReceivedRequest[]>;
  }
}

/** A valid response with a fresh id. */
export function sampleResponse(answers: SurveyResponse['answers'] = { 'c1.1': 4 }): SurveyResponse {
  const now = new Date();
  return buildResponse({ definition: sipas2017, answers, context: { agencyCode: 'test' }, locale: 'vi', startedAt: now, submittedAt: now, responseId: crypto.randomUUID() });
}

/** An IndexedDB store in a database of its own. */
export function freshIdbStore(): IdbKeyValueStore {
  return new IdbKeyValueStore(`sipas-survey-test-${crypto.randomUUID()}`);
}

/** Resolves when `condition` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Wraps a store and counts what is asked of it, e.g. how many draft writes typing causes. */
export class CountingStore implements KeyValueStore {
  readonly writes: Array<{ key: string; at: number }> = [];
  calls = 0;
  /** Called before each operation is passed on. */
  onCall: (() => void) | undefined;

  constructor(readonly inner: KeyValueStore = new MemoryKeyValueStore()) {}

  get(key: string): Promise<unknown> {
    this.onCall?.();
    this.calls += 1;
    return this.inner.get(key);
  }

  set(key: string, value: unknown): Promise<void> {
    this.onCall?.();
    this.calls += 1;
    this.writes.push({ key, at: performance.now() });
    return this.inner.set(key, value);
  }

  delete(key: string): Promise<void> {
    this.onCall?.();
    this.calls += 1;
    return this.inner.delete(key);
  }

  keys(prefix: string): Promise<string[]> {
    this.onCall?.();
    this.calls += 1;
    return this.inner.keys(prefix);
  }
}

/** A store whose every operation fails, as IndexedDB does in some private modes or on a full disk. */
export const failingStore: KeyValueStore = {
  get: () => Promise.reject(new DOMException('IndexedDB is not available', 'InvalidStateError')),
  set: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
  delete: () => Promise.reject(new DOMException('IndexedDB is not available', 'InvalidStateError')),
  keys: () => Promise.reject(new DOMException('IndexedDB is not available', 'InvalidStateError')),
};

/**
 * Mounts a survey with properties set and listeners attached before it connects (so no early event is missed),
 * and waits until it has rendered.
 */
export async function mountSurvey(props: Partial<SipasSurvey> & Record<string, unknown>, attributes: Record<string, string> = {}): Promise<{ el: SipasSurvey; events: Event[] }> {
  const el = document.createElement('sipas-survey');
  const events: Event[] = [];
  for (const type of ['sipas-error', 'sipas-draft-restored', 'sipas-delivered', 'sipas-delivery-failed', 'sipas-submit']) el.addEventListener(type, (event) => events.push(event));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, props);
  document.body.append(el);
  await settle(el);
  return { el, events };
}

/** The `detail`s of the events of one type, in order. */
export function details<T>(events: Event[], type: string): T[] {
  return events.filter((event) => event.type === type).map((event) => (event as Event & { detail: T }).detail);
}

/** Answers every required question of the default questionnaire and submits; resolves to the response's id. */
export async function answerAndSubmit(el: SipasSurvey): Promise<string> {
  await completeRequired(el);
  const response = await el.submit();
  if (!response) throw new Error('the questionnaire did not submit');
  return response.responseId;
}

/** Removes every survey a test mounted (its timers and listeners go with it). */
export function removeSurveys(): void {
  for (const el of document.querySelectorAll('sipas-survey')) el.remove();
}
