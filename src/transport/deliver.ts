import type { FailedDelivery, Outbox, OutboxEntry } from '../persistence/outbox.js';
import { dueAt, nextAttemptAt, type RetryPolicy } from './retry-schedule.js';
import type { Transport } from './transport.js';

export type EntryResult =
  | { kind: 'delivered'; responseId: string; status: number }
  | { kind: 'retry'; responseId: string; status: number; reason: string; entry: OutboxEntry }
  | { kind: 'rejected'; responseId: string; failed: FailedDelivery }
  /** Not delivered within the policy's `maxAgeMs`: moved to the failed list, never sent again by itself. */
  | { kind: 'expired'; responseId: string; failed: FailedDelivery };

/**
 * At most this many requests of one page are in flight at once: a backlog goes out a few at a time, leaving the
 * browser's connections (six per host) to the portal itself.
 */
export const DELIVERY_CONCURRENCY = 3;

export interface DeliveryRunOptions {
  outbox: Outbox;
  transport: Transport;
  /** Only entries for this endpoint are sent: the transport (and its headers) belongs to it. */
  endpoint: string;
  policy: RetryPolicy;
  now: () => number;
  random: () => number;
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
  if (!entry || dueAt(entry.nextAttemptAt, now(), policy) > now()) return undefined;
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

/** Sends one entry now if it is due (a response just submitted), whatever else waits or hangs. */
export function deliverEntry(responseId: string, options: DeliveryRunOptions): Promise<EntryResult | undefined> {
  return withEntryLock(options.locks, responseId, () => attempt(responseId, options));
}

/** Gives up the entries older than the policy's `maxAgeMs`: they leave the outbox for the failed list. */
async function expireOld(entries: OutboxEntry[], options: DeliveryRunOptions): Promise<EntryResult[]> {
  const { outbox, policy, now } = options;
  const expired = entries.filter((entry) => now() - entry.queuedAt > policy.maxAgeMs);
  const days = Math.round(policy.maxAgeMs / 86_400_000);
  return Promise.all(
    expired.map(async (entry): Promise<EntryResult> => {
      const message = `not delivered within ${days} days of its submission${entry.lastError ? `; last error: ${entry.lastError}` : ''}`;
      return { kind: 'expired', responseId: entry.responseId, failed: await outbox.fail(entry, 0, message, now()) };
    }),
  );
}

/**
 * Sends the endpoint's due entries, oldest first, at most `DELIVERY_CONCURRENCY` at a time, and says when the next
 * one is due. Entries not due wait for their time (their backoff, the server's Retry-After), whatever started the
 * run. Once one attempt must be retried (the backend is failing, or the network is gone), no further attempt starts:
 * the rest wait for the next run, so a backlog never turns into a request per entry against a failing backend.
 */
export async function deliverDue(options: DeliveryRunOptions): Promise<DeliveryRun> {
  const { outbox, endpoint, policy, now } = options;
  await outbox.dropFailuresBefore(now() - policy.failedMaxAgeMs);
  const pending = await outbox.pending(endpoint);
  const results = await expireOld(pending, options);
  const expired = new Set(results.map((result) => result.responseId));
  const due = pending.filter((entry) => !expired.has(entry.responseId) && dueAt(entry.nextAttemptAt, now(), policy) <= now());
  let failing = false;
  const worker = async () => {
    for (let entry = due.shift(); entry && !failing; entry = due.shift()) {
      const result = await deliverEntry(entry.responseId, options);
      if (!result) continue;
      results.push(result);
      if (result.kind === 'retry') failing = true;
    }
  };
  await Promise.all(Array.from({ length: DELIVERY_CONCURRENCY }, worker));
  // Read again rather than derived from the first list: a submit in this tab or another one may have queued a
  // response during the run, and it must be scheduled too.
  const waiting = await outbox.pending(endpoint);
  const nextDueAt = waiting.length > 0 ? Math.min(...waiting.map((entry) => dueAt(entry.nextAttemptAt, now(), policy))) : undefined;
  return { results, nextDueAt };
}
