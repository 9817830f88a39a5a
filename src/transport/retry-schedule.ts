import * as z from 'zod/mini';
import { MAX_TIMEOUT_MS } from '../controllers/timeout.js';

/** A wait a timer can keep: positive, at most about 24.8 days. */
const TimerDelay = z.number().check(z.positive(), z.lte(MAX_TIMEOUT_MS, `at most ${MAX_TIMEOUT_MS} ms (what a browser timer can wait)`));
const DAY_MS = 24 * 60 * 60 * 1000;

/** When to try again, and how long one attempt may take. All times in milliseconds. */
export const RetryPolicySchema = z.strictObject({
  /** The wait after the first failed attempt. */
  baseDelayMs: TimerDelay,
  /** Each further failure multiplies the wait by this. */
  factor: z.number().check(z.gte(1)),
  /** No wait is longer than this, not even a server's Retry-After (which is respected up to it). */
  maxDelayMs: TimerDelay,
  /** The share of each wait that is random (0–1), so that many clients do not retry in step. */
  jitter: z.number().check(z.gte(0), z.lte(1)),
  /** One request is aborted after this long. */
  timeoutMs: TimerDelay,
  /** A response still not delivered this long after it was submitted is given up: moved to the failed list. */
  maxAgeMs: z.number().check(z.positive()),
  /** A response in the failed list (refused, or given up) is deleted this long after it got there. */
  failedMaxAgeMs: z.number().check(z.positive()),
});
export type RetryPolicy = z.infer<typeof RetryPolicySchema>;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 2_000,
  factor: 2,
  maxDelayMs: 5 * 60_000,
  jitter: 0.5,
  timeoutMs: 15_000,
  maxAgeMs: 30 * DAY_MS,
  failedMaxAgeMs: 7 * DAY_MS,
};

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
  // Huge numbers become Infinity, which the schedule caps like any other long wait.
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date has a weekday and month in letters; anything else (e.g. "-5") is no date at all.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * When to try again: the schedule's wait, or the server's Retry-After when that is longer, but never later than
 * `maxDelayMs` from now: a mistaken or hostile header cannot park a response for days (or overflow a timer).
 */
export function nextAttemptAt(failures: number, now: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  return now + Math.min(policy.maxDelayMs, Math.max(retryDelay(failures, policy, random), retryAfterMs ?? 0));
}

/**
 * When an entry scheduled for `scheduledAt` is due. One scheduled further than `maxDelayMs` ahead can only come from
 * a clock that was set back or an older version without the cap: it is due now rather than in days or years.
 */
export function dueAt(scheduledAt: number, now: number, policy: RetryPolicy): number {
  return scheduledAt - now > policy.maxDelayMs ? now : scheduledAt;
}
