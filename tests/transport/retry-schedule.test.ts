import { expect } from '@open-wc/testing';
import { clampTimeout, MAX_TIMEOUT_MS, setClampedTimeout } from '../../src/controllers/timeout.js';
import { classifyStatus, serverMessage } from '../../src/transport/http-transport.js';
import { DEFAULT_RETRY_POLICY, dueAt, nextAttemptAt, parseRetryAfter, retryDelay, RetryPolicySchema, type RetryPolicy } from '../../src/transport/retry-schedule.js';

const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, factor: 2, maxDelayMs: 10_000, jitter: 0.5, timeoutMs: 5000 };

describe('retry schedule (pure)', () => {
  const cases: Array<[failures: number, random: number, expected: number]> = [
    [1, 0, 500],
    [1, 0.999, 1000],
    [2, 0, 1000],
    [3, 0.5, 3000],
    [4, 0, 4000],
    [5, 0, 5000], // 16 000 capped at 10 000, half of it fixed
    [30, 0.999, 9995], // the cap holds for any number of failures
  ];
  for (const [failures, random, expected] of cases) {
    it(`waits ${expected} ms after ${failures} failure(s) when the jitter source gives ${random}`, () => {
      expect(retryDelay(failures, policy, () => random)).to.equal(expected);
    });
  }

  it('waits exactly the exponential delay when jitter is 0', () => {
    expect([1, 2, 3].map((n) => retryDelay(n, { ...policy, jitter: 0 }, () => 0.7))).to.deep.equal([1000, 2000, 4000]);
  });

  it('respects a Retry-After longer than the schedule, and the schedule when it is longer', () => {
    expect(nextAttemptAt(1, 100, policy, () => 0, 7000)).to.equal(7100);
    expect(nextAttemptAt(3, 100, policy, () => 0, 10)).to.equal(2100);
  });

  it('caps a Retry-After at maxDelayMs, however far (2^31 ms and more overflow a browser timer)', () => {
    for (const header of ['2147484', '99999999999999999999', 'Fri, 31 Dec 9999 23:59:59 GMT']) {
      expect(nextAttemptAt(1, 100, policy, () => 0, parseRetryAfter(header, 100)), header).to.equal(100 + policy.maxDelayMs);
    }
  });

  it('treats an entry scheduled further ahead than the cap (a clock set back, an older version) as due now', () => {
    expect(dueAt(5000, 1000, policy)).to.equal(5000);
    expect(dueAt(1000 + policy.maxDelayMs + 1, 1000, policy)).to.equal(1000);
  });

  it('refuses a policy whose waits a browser timer cannot keep', () => {
    expect(RetryPolicySchema.safeParse({ ...DEFAULT_RETRY_POLICY, maxDelayMs: 2 ** 31 }).success).to.equal(false);
    expect(RetryPolicySchema.safeParse({ ...DEFAULT_RETRY_POLICY, timeoutMs: 2 ** 31 }).success).to.equal(false);
    expect(RetryPolicySchema.safeParse({ ...DEFAULT_RETRY_POLICY, maxDelayMs: 2 ** 31 - 1 }).success).to.equal(true);
  });

  const retryAfter: Array<[header: string | null, expected: number | undefined]> = [
    ['120', 120_000],
    [' 3 ', 3000],
    ['0', 0],
    ['Thu, 01 Jan 1970 00:00:10 GMT', 9000], // now is 1 s after the epoch
    ['Thu, 01 Jan 1970 00:00:00 GMT', 0], // a date in the past means now, never a negative wait
    ['soon', undefined],
    ['-5', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [header, expected] of retryAfter) {
    it(`reads Retry-After ${JSON.stringify(header)} as ${expected} ms`, () => {
      expect(parseRetryAfter(header, 1000)).to.equal(expected);
    });
  }

  const statuses: Array<[number, string]> = [
    [200, 'delivered'], [201, 'delivered'], [204, 'delivered'], [409, 'delivered'],
    [408, 'retry'], [429, 'retry'], [500, 'retry'], [502, 'retry'], [503, 'retry'],
    [400, 'rejected'], [401, 'rejected'], [403, 'rejected'], [404, 'rejected'], [413, 'rejected'], [422, 'rejected'],
  ];
  for (const [status, kind] of statuses) {
    it(`treats HTTP ${status} as ${kind}`, () => expect(classifyStatus(status)).to.equal(kind));
  }

  it("takes the server's message from a JSON error body, else its text, else the status text", () => {
    expect(serverMessage('{"error":"answers.c1.1 expected number"}', 'Bad Request')).to.equal('answers.c1.1 expected number');
    expect(serverMessage('plain words', 'Bad Request')).to.equal('plain words');
    expect(serverMessage('', 'Bad Request')).to.equal('Bad Request');
  });

  it('accepts the default policy and refuses a nonsensical one', () => {
    expect(RetryPolicySchema.safeParse(DEFAULT_RETRY_POLICY).success).to.equal(true);
    expect(RetryPolicySchema.safeParse({ ...DEFAULT_RETRY_POLICY, jitter: 2 }).success).to.equal(false);
  });
});

describe('clamped timers', () => {
  it('clamps every wait to what setTimeout keeps: never negative, never past 2^31 - 1 ms, NaN the longest', () => {
    expect([-5, 0, 250, 2 ** 31, Infinity, Number.NaN].map(clampTimeout)).to.deep.equal([0, 0, 250, MAX_TIMEOUT_MS, MAX_TIMEOUT_MS, MAX_TIMEOUT_MS]);
  });

  it('a timer of 2^31 ms or more does not fire at once', async () => {
    let fired = 0;
    const timers = [2 ** 31, 2 ** 40, Infinity].map((ms) => setClampedTimeout(() => (fired += 1), ms));
    await new Promise((resolve) => setTimeout(resolve, 50));
    timers.forEach(clearTimeout);
    expect(fired).to.equal(0);
  });
});
