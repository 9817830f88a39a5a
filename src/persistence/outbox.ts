import * as z from 'zod/mini';
import { ResponseSchema, type SurveyResponse } from '../schema/response.js';
import type { KeyValueStore } from './key-value-store.js';

const PENDING_PREFIX = 'outbox:';
const FAILED_PREFIX = 'failed:';

/** A response waiting to be delivered. Times are milliseconds since the epoch. */
export const OutboxEntrySchema = z.strictObject({
  responseId: z.string(),
  /** Where it goes: an element delivers only the entries of its own endpoint. */
  endpoint: z.string(),
  response: ResponseSchema,
  queuedAt: z.number(),
  attempts: z.number().check(z.int(), z.nonnegative()),
  nextAttemptAt: z.number(),
  /** Why the last attempt did not deliver, for a developer reading the outbox. */
  lastError: z.optional(z.string()),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

/**
 * A response the backend refused (a 4xx other than 408, 409 and 429), or one given up after the policy's `maxAgeMs`
 * (status 0): kept for a developer to inspect and replay, until the policy's `failedMaxAgeMs`.
 */
export const FailedDeliverySchema = z.strictObject({
  responseId: z.string(),
  endpoint: z.string(),
  response: ResponseSchema,
  status: z.number(),
  /** What the server said, as far as it said anything. */
  message: z.string(),
  failedAt: z.number(),
  attempts: z.number(),
});
export type FailedDelivery = z.infer<typeof FailedDeliverySchema>;

/**
 * The outbox: every response is written here before its first attempt, so a reload, a crash or a closed tab
 * loses nothing. Entries that do not parse (written by a future version, or damaged) are left alone.
 * `failedStore` is where refused responses are kept: the same store by default; a store that lives only as long as
 * the page where nothing a citizen typed may stay on the device (`no-draft`).
 */
export class Outbox {
  constructor(
    private readonly store: KeyValueStore,
    private readonly failedStore: KeyValueStore = store,
  ) {}

  async add(response: SurveyResponse, endpoint: string, now: number): Promise<OutboxEntry> {
    const entry: OutboxEntry = { responseId: response.responseId, endpoint, response, queuedAt: now, attempts: 0, nextAttemptAt: now };
    await this.store.set(PENDING_PREFIX + entry.responseId, entry);
    return entry;
  }

  /** The entry as stored now (another tab may have delivered it meanwhile), or `undefined`. */
  async get(responseId: string): Promise<OutboxEntry | undefined> {
    const parsed = OutboxEntrySchema.safeParse(await this.store.get(PENDING_PREFIX + responseId));
    return parsed.success ? parsed.data : undefined;
  }

  async update(entry: OutboxEntry): Promise<void> {
    await this.store.set(PENDING_PREFIX + entry.responseId, entry);
  }

  async remove(responseId: string): Promise<void> {
    await this.store.delete(PENDING_PREFIX + responseId);
  }

  /** Entries waiting for `endpoint` (all of them when it is omitted), oldest first. */
  async pending(endpoint?: string): Promise<OutboxEntry[]> {
    const entries = await this.readAll(this.store, PENDING_PREFIX, OutboxEntrySchema);
    return entries.filter((entry) => endpoint === undefined || entry.endpoint === endpoint).sort((a, b) => a.queuedAt - b.queuedAt);
  }

  /** Moves an entry the backend refused to the failed list. */
  async fail(entry: OutboxEntry, status: number, message: string, now: number): Promise<FailedDelivery> {
    const failed: FailedDelivery = {
      responseId: entry.responseId,
      endpoint: entry.endpoint,
      response: entry.response,
      status,
      message,
      failedAt: now,
      attempts: entry.attempts,
    };
    await this.failedStore.set(FAILED_PREFIX + entry.responseId, failed);
    await this.remove(entry.responseId);
    return failed;
  }

  /** Deletes the failed responses that got there before `cutoff` (the failed list does not keep them forever). */
  async dropFailuresBefore(cutoff: number): Promise<void> {
    for (const failed of await this.failed()) {
      if (failed.failedAt < cutoff) await this.failedStore.delete(FAILED_PREFIX + failed.responseId);
    }
  }

  /** Refused responses for `endpoint` (all when omitted), oldest first. */
  async failed(endpoint?: string): Promise<FailedDelivery[]> {
    const entries = await this.readAll(this.failedStore, FAILED_PREFIX, FailedDeliverySchema);
    return entries.filter((entry) => endpoint === undefined || entry.endpoint === endpoint).sort((a, b) => a.failedAt - b.failedAt);
  }

  /** Removes the refused responses for `endpoint` (all when omitted); resolves to how many went. */
  async discardFailed(endpoint?: string): Promise<number> {
    const failed = await this.failed(endpoint);
    await Promise.all(failed.map((entry) => this.failedStore.delete(FAILED_PREFIX + entry.responseId)));
    return failed.length;
  }

  /**
   * Puts refused responses back in the outbox for a fresh series of attempts (after the backend was fixed),
   * optionally to another endpoint. Returns the ids moved.
   */
  async requeueFailed(now: number, options: { responseIds?: string[]; endpoint?: string; to?: string } = {}): Promise<string[]> {
    const moved: string[] = [];
    for (const failed of await this.failed(options.endpoint)) {
      if (options.responseIds && !options.responseIds.includes(failed.responseId)) continue;
      await this.add(failed.response, options.to ?? failed.endpoint, now);
      await this.failedStore.delete(FAILED_PREFIX + failed.responseId);
      moved.push(failed.responseId);
    }
    return moved;
  }

  private async readAll<T>(store: KeyValueStore, prefix: string, schema: z.ZodMiniType<T>): Promise<T[]> {
    const values = await Promise.all((await store.keys(prefix)).map((key) => store.get(key)));
    return values.flatMap((value) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
  }
}
