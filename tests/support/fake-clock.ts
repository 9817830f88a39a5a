/** A clock as the widget's schedules take it (`scheduleClock`): the time, timeouts and intervals. */
export interface ScheduleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
  setInterval(callback: () => void, ms: number): number;
  clearInterval(id: number | undefined): void;
}

/**
 * A fake clock: while installed on a clock object, its time stands still and its timers run only when the test
 * advances time with `tick`, so a countdown of minutes or a backlog's retries over hours are tested in
 * milliseconds. Promises, network requests and the test runner's own timers keep real time.
 */
export class FakeClock {
  private time = Date.now();
  private nextId = 1;
  /** Timeouts (`every` undefined) and intervals, by id. */
  private readonly timers = new Map<number, { callback: () => void; every: number | undefined; due: number }>();
  private installed: { target: ScheduleClock; original: ScheduleClock } | undefined;

  install(target: ScheduleClock): this {
    this.installed = { target, original: { ...target } };
    const add = (callback: () => void, ms: number, every: number | undefined) => {
      const id = this.nextId++;
      this.timers.set(id, { callback, every, due: this.time + Math.max(every ?? 0, ms) });
      return id;
    };
    const remove = (id: number | undefined) => void this.timers.delete(id ?? -1);
    Object.assign(target, {
      now: () => this.time,
      setTimeout: (callback: () => void, ms: number) => add(callback, Math.max(0, ms), undefined),
      clearTimeout: remove,
      setInterval: (callback: () => void, ms: number) => add(callback, Math.max(1, ms), Math.max(1, ms)),
      clearInterval: remove,
    } satisfies ScheduleClock);
    return this;
  }

  uninstall(): void {
    if (this.installed) Object.assign(this.installed.target, this.installed.original);
    this.installed = undefined;
    this.timers.clear();
  }

  /** How many intervals are running (a timeout waiting is not counted). */
  get intervals(): number {
    return [...this.timers.values()].filter((timer) => timer.every !== undefined).length;
  }

  /** How many timeouts are waiting. */
  get timeouts(): number {
    return this.timers.size - this.intervals;
  }

  /** Advances the clock by `ms`, running each timer as often as it falls due, in time order. */
  tick(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let next: { id: number; due: number } | undefined;
      for (const [id, timer] of this.timers) if (timer.due <= end && (!next || timer.due < next.due)) next = { id, due: timer.due };
      if (!next) break;
      const timer = this.timers.get(next.id)!;
      this.time = timer.due;
      if (timer.every === undefined) this.timers.delete(next.id);
      else timer.due += timer.every;
      timer.callback();
    }
    this.time = end;
  }
}
