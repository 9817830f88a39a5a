import * as z from 'zod/mini';

/** When to try again, and how long one attempt may take. All times in milliseconds. */
export const RetryPolicySchema = z.strictObject({
  /** The wait after the first failed attempt. */
  baseDelayMs: z.number().check(z.positive()),
  /** Each further failure multiplies the wait by this. */
  factor: z.number().check(z.gte(1)),
  /** The wait never grows beyond this (before a server's Retry-After, which is always respected). */
  maxDelayMs: z.number().check(z.positive()),
  /** The share of each wait that is random (0–1), so that many clients do not retry in step. */
  jitter: z.number().check(z.gte(0), z.lte(1)),
  /** One request is aborted after this long. */
  timeoutMs: z.number().check(z.positive()),
});
export type RetryPolicy = z.infer<typeof RetryPolicySchema>;

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 2_000, factor: 2, maxDelayMs: 5 * 60_000, jitter: 0.5, timeoutMs: 15_000 };

/**
 * The wait after the `failures`-th failed attempt in a row (1 for the first): exponential, capped, with part of it
 * random ("equal jitter": never less than half the capped wait when jitter is 0.5). `random` returns a number in
 * [0, 1), like Math.random; tests pass a fixed one.
 */
export function retryDelay(failures: number, policy: RetryPolicy, random: () => number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * policy.factor ** Math.max(0, failures - 1));
  return Math.round(exponential * (1 - policy.jitter) + exponential * policy.jitter * random());
}

/**
 * A Retry-After header as a wait in milliseconds: either delay-seconds or an HTTP date. `undefined` when absent or
 * unreadable; never negative.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date has a weekday and month in letters; anything else (e.g. "-5") is no date at all.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** When to try again: the schedule's wait, or the server's Retry-After when that is longer. */
export function nextAttemptAt(failures: number, now: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  return now + Math.max(retryDelay(failures, policy, random), retryAfterMs ?? 0);
}
