import type { FailedDelivery, Outbox, OutboxEntry } from '../persistence/outbox.js';
import { nextAttemptAt, type RetryPolicy } from './retry-schedule.js';
import type { Transport } from './transport.js';

export type EntryResult =
  | { kind: 'delivered'; responseId: string; status: number }
  | { kind: 'retry'; responseId: string; status: number; reason: string; entry: OutboxEntry }
  | { kind: 'rejected'; responseId: string; failed: FailedDelivery };

export interface DeliveryRunOptions {
  outbox: Outbox;
  transport: Transport;
  /** Only entries for this endpoint are sent: the transport (and its headers) belongs to it. */
  endpoint: string;
  policy: RetryPolicy;
  now: () => number;
  random: () => number;
  /** Try every entry now, ignoring its backoff (on page load, or when the browser comes back online). */
  force?: boolean;
  /** `navigator.locks` where the browser has it; without it, only this page is kept from double sends. */
  locks?: LockManager | undefined;
}

export interface DeliveryRun {
  results: EntryResult[];
  /** When the earliest entry still waiting is due, or `undefined` when none waits. */
  nextDueAt: number | undefined;
}

const sendingInThisPage = new Set<string>();

/**
 * Runs `task` holding the entry's lock, so two tabs never send the same entry at the same moment. With Web Locks
 * it waits for a tab that is sending it (at most one request timeout), then `task` reads the entry again and
 * finds it delivered. Without them, an entry this page is already sending is skipped.
 */
async function withEntryLock<T>(locks: LockManager | undefined, responseId: string, task: () => Promise<T>): Promise<T | undefined> {
  const name = `sipas-survey:outbox:${responseId}`;
  if (locks) return locks.request(name, task);
  if (sendingInThisPage.has(name)) return undefined;
  sendingInThisPage.add(name);
  try {
    return await task();
  } finally {
    sendingInThisPage.delete(name);
  }
}

async function attempt(entryId: string, options: DeliveryRunOptions): Promise<EntryResult | undefined> {
  const { outbox, transport, policy, now, random } = options;
  // Read again under the lock: another tab may have delivered it, or rescheduled it, since the list was read.
  const entry = await outbox.get(entryId);
  if (!entry || (!options.force && entry.nextAttemptAt > now())) return undefined;
  const attempts = entry.attempts + 1;
  const outcome = await transport.send(entry.response, attempts);
  switch (outcome.kind) {
    case 'delivered':
      await outbox.remove(entry.responseId);
      return { kind: 'delivered', responseId: entry.responseId, status: outcome.status };
    case 'rejected':
      return { kind: 'rejected', responseId: entry.responseId, failed: await outbox.fail({ ...entry, attempts }, outcome.status, outcome.message, now()) };
    case 'retry': {
      const next: OutboxEntry = {
        ...entry,
        attempts,
        nextAttemptAt: nextAttemptAt(attempts, now(), policy, random, outcome.retryAfterMs),
        lastError: outcome.reason,
      };
      await outbox.update(next);
      return { kind: 'retry', responseId: entry.responseId, status: outcome.status, reason: outcome.reason, entry: next };
    }
  }
}

/** Sends every due entry of the endpoint's outbox once, oldest first, and says when the next one is due. */
export async function deliverDue(options: DeliveryRunOptions): Promise<DeliveryRun> {
  const results: EntryResult[] = [];
  for (const entry of await options.outbox.pending(options.endpoint)) {
    if (!options.force && entry.nextAttemptAt > options.now()) continue;
    const result = await withEntryLock(options.locks, entry.responseId, () => attempt(entry.responseId, options));
    if (result) results.push(result);
  }
  // Read again rather than derived from the first list: a submit in this tab or another one may have queued a
  // response during the run, and it must be scheduled too.
  const waiting = await options.outbox.pending(options.endpoint);
  const nextDueAt = waiting.length > 0 ? Math.min(...waiting.map((entry) => entry.nextAttemptAt)) : undefined;
  return { results, nextDueAt };
}
