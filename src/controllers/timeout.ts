/**
 * The longest wait `setTimeout` keeps: browsers hold the delay in a signed 32-bit integer (about 24.8 days), and
 * a longer one fires at once.
 */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A wait `setTimeout` can keep: never negative, never beyond its limit; a NaN (a bug upstream) waits the longest. */
export function clampTimeout(ms: number): number {
  return Number.isNaN(ms) ? MAX_TIMEOUT_MS : Math.min(MAX_TIMEOUT_MS, Math.max(0, ms));
}

/**
 * `setTimeout` with the wait clamped: every timer of the widget goes through here, so that no computed wait (a
 * server's Retry-After, a clock that jumped) can overflow into an immediate call that then repeats.
 */
export function setClampedTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout> {
  return setTimeout(callback, clampTimeout(ms));
}

/**
 * The clock the widget's schedules run on: the delivery backlog's retries and kiosk mode's countdowns. A test
 * replaces its members with a fake clock that drives these schedules alone (faking the window's own timers would
 * also stop the test runner's). Timeouts are clamped as {@link setClampedTimeout}'s are.
 */
export const scheduleClock = {
  now: (): number => Date.now(),
  setTimeout: (callback: () => void, ms: number): number => window.setTimeout(callback, clampTimeout(ms)),
  clearTimeout: (id: number | undefined): void => window.clearTimeout(id),
  setInterval: (tick: () => void, ms: number): number => window.setInterval(tick, ms),
  clearInterval: (id: number | undefined): void => window.clearInterval(id),
};
