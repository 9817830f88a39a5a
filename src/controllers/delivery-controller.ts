import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SipasDeliveredEvent } from '../events/delivered.js';
import { SipasDeliveryFailedEvent } from '../events/delivery-failed.js';
import { SipasErrorEvent } from '../events/error.js';
import type { KeyValueStore } from '../persistence/key-value-store.js';
import { MemoryKeyValueStore } from '../persistence/memory-store.js';
import type { FailedDelivery, Outbox, OutboxEntry } from '../persistence/outbox.js';
import type { SurveyResponse } from '../schema/response.js';
import type { DeliveryRun, DeliveryRunOptions, EntryResult } from '../transport/deliver.js';
import type { BeforeSendHook } from '../transport/http-transport.js';
import type { RetryPolicy } from '../transport/retry-schedule.js';
import { scheduleClock } from './timeout.js';

/**
 * The outbox, the transport and the schedule (and zod with them) load on first use, after the first render:
 * they are not part of the bytes that show the questionnaire.
 */
async function loadRuntime() {
  const [outbox, deliver, http, schedule] = await Promise.all([
    import('../persistence/outbox.js'),
    import('../transport/deliver.js'),
    import('../transport/http-transport.js'),
    import('../transport/retry-schedule.js'),
  ]);
  return { ...outbox, ...deliver, ...http, ...schedule };
}
type Runtime = Awaited<ReturnType<typeof loadRuntime>>;

const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];

/** What the citizen is told about the response they submitted. */
export type DeliveryStatus = 'idle' | 'sending' | 'sent' | 'queued' | 'failed';

export interface DeliverySettings {
  /** As written in the `endpoint` attribute; resolved against the document. */
  endpoint: string | null;
  credentials: RequestCredentials;
  headers: Record<string, string> | undefined;
  beforeSend: BeforeSendHook | undefined;
  policy: Partial<RetryPolicy> | undefined;
  /** Refused responses are kept only as long as the page (`no-draft`): nothing a citizen typed stays on the device. */
  failuresInPageOnly: boolean;
}

export interface DeliveryControllerOptions {
  store: () => KeyValueStore;
  settings: () => DeliverySettings;
}

/**
 * Delivers submitted responses through the outbox: queues each before its first attempt and sends it at once, then
 * sends what is due on load, when the browser comes back online, and when the next retry is due.
 */
export class DeliveryController implements ReactiveController {
  status: DeliveryStatus = 'idle';
  private current: string | undefined;
  private running: Promise<void> | undefined;
  private rerun = false;
  private timer: number | undefined;
  /** Runs in a row that ended on a failed attempt and delivered nothing: the backend (or the network) is down. */
  private failedRuns = 0;
  /** No run starts before this while the backend is down (a backoff for the endpoint, on top of each entry's). */
  private pausedUntil = 0;
  /** The failed list when it must not outlive the page (`no-draft`). */
  private readonly pageFailures = new MemoryKeyValueStore();
  private listeners: AbortController | undefined;
  /** The unusable value last reported for each attribute, so each is reported once. */
  private readonly reported = new Map<string, string>();
  private startedFor: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: DeliveryControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listeners = new AbortController();
    window.addEventListener(
      'online',
      () => {
        // The network is back: what was failing may work now. Each entry still waits for its own time.
        this.failedRuns = 0;
        this.pausedUntil = 0;
        void this.flush();
      },
      { signal: this.listeners.signal },
    );
    this.startedFor = undefined;
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    scheduleClock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostUpdated(): void {
    const endpoint = this.endpoint();
    // What earlier visits left in the outbox goes out once the questionnaire is on screen.
    if (endpoint && endpoint !== this.startedFor) {
      this.startedFor = endpoint;
      void this.host.updateComplete.then(() => this.flush());
    }
  }

  /** The endpoint as an absolute URL; `undefined` when none is set or it is unusable (reported once). */
  endpoint(): string | undefined {
    const raw = this.options.settings().endpoint;
    if (!raw) return undefined;
    let url: URL | undefined;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      url = undefined;
    }
    if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return url.href;
    this.reportAttribute('endpoint', raw, 'The endpoint attribute is not an http(s) URL, so responses are not delivered.', 'expected an https:// URL or a path on this site');
    return undefined;
  }

  /** The credentials mode; a value fetch does not know is reported once and replaced by "omit" (no cookies). */
  private credentials(): RequestCredentials {
    const raw = this.options.settings().credentials;
    if ((CREDENTIALS as readonly string[]).includes(raw)) return raw;
    this.reportAttribute('credentials', raw, 'The credentials attribute has a value fetch does not know; responses are sent without cookies.', `allowed values are ${CREDENTIALS.map((c) => `"${c}"`).join(', ')}`);
    return 'omit';
  }

  /** Reports an unusable attribute value once per value: one console line and `sipas-error`. */
  private reportAttribute(attribute: string, raw: string, message: string, expected: string): void {
    if (this.reported.get(attribute) === raw) return;
    this.reported.set(attribute, raw);
    console.error(`<sipas-survey>: ${message}`);
    this.host.dispatchEvent(new SipasErrorEvent({ code: 'invalid-attribute', message, problems: [{ path: attribute, message: `is "${raw}"; ${expected}` }] }));
  }

  /**
   * Queues a submitted response and sends it at once, beside any run in progress (older entries that hang must not
   * hold it up); resolves once it is in the outbox, before the attempt. A no-op without an endpoint.
   */
  async enqueue(response: SurveyResponse): Promise<void> {
    const endpoint = this.endpoint();
    if (!endpoint) return;
    this.current = response.responseId;
    this.setStatus('sending');
    await (await this.outbox()).add(response, endpoint, scheduleClock.now());
    void this.sendNow(response.responseId);
  }

  private async sendNow(responseId: string): Promise<void> {
    const run = await this.runOptions();
    if (!run) return;
    const result = await this.guarded(() => run.runtime.deliverEntry(responseId, run.options));
    if (result) this.report([result], run.runtime, run.options.policy);
    // The schedule follows whatever this attempt came to (and whatever else waits).
    void this.flush();
  }

  /** Responses for this endpoint still waiting to be delivered. */
  async pending(): Promise<OutboxEntry[]> {
    return (await this.outbox()).pending(this.endpoint());
  }

  /** Responses this endpoint refused (or gave up), kept for inspection until the policy's `failedMaxAgeMs`. */
  async failed(): Promise<FailedDelivery[]> {
    const outbox = await this.outbox();
    await outbox.dropFailuresBefore(scheduleClock.now() - this.policy(this.options.settings(), await loadRuntime()).failedMaxAgeMs);
    return outbox.failed(this.endpoint());
  }

  /** Forgets the responses this endpoint refused: at a kiosk they are the previous person's answers. */
  async discardFailed(): Promise<void> {
    const endpoint = this.endpoint();
    if (endpoint) await (await this.outbox()).discardFailed(endpoint);
  }

  private async outbox(): Promise<Outbox> {
    const store = this.options.store();
    return new (await loadRuntime()).Outbox(store, this.options.settings().failuresInPageOnly ? this.pageFailures : store);
  }

  /** Sends refused responses again (all, or those named), e.g. after the backend was fixed. */
  async retryFailed(responseIds?: string[]): Promise<string[]> {
    const endpoint = this.endpoint();
    if (!endpoint) return [];
    const moved = await (await this.outbox()).requeueFailed(scheduleClock.now(), { endpoint, ...(responseIds ? { responseIds } : {}) });
    if (this.current && moved.includes(this.current)) this.setStatus('sending');
    // An explicit replay: the developer has fixed the backend, so it is not held back as down.
    this.pausedUntil = 0;
    await this.flush();
    return moved;
  }

  /** Sends what is due; a call during a run makes the run go round once more instead of racing it. */
  flush(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.runUntilSettled().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runUntilSettled(): Promise<void> {
    do {
      this.rerun = false;
      await this.runOnce();
    } while (this.rerun);
  }

  /** What a run or a single attempt needs, built from the settings of the moment; `undefined` without an endpoint. */
  private async runOptions(): Promise<{ runtime: Runtime; options: DeliveryRunOptions } | undefined> {
    const endpoint = this.endpoint();
    if (!endpoint) return undefined;
    const settings = this.options.settings();
    const runtime = await loadRuntime();
    const policy = this.policy(settings, runtime);
    const transport = new runtime.HttpTransport({
      endpoint,
      credentials: this.credentials(),
      headers: () => settings.headers,
      beforeSend: settings.beforeSend,
      timeoutMs: policy.timeoutMs,
      now: () => scheduleClock.now(),
    });
    const outbox = await this.outbox();
    return { runtime, options: { outbox, transport, endpoint, policy, now: () => scheduleClock.now(), random: Math.random, locks: navigator.locks } };
  }

  /** Runs delivery work; a throw (a bug: the store wrapper already falls back to memory) must not reach the host page. */
  private async guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      console.error('<sipas-survey>: delivering the outbox failed', error);
      return undefined;
    }
  }

  private async runOnce(): Promise<void> {
    const run = await this.runOptions();
    if (!run) return;
    const { runtime, options } = run;
    if (this.pausedUntil > scheduleClock.now()) {
      this.scheduleNext(this.pausedUntil, options.policy);
      return;
    }
    const result: DeliveryRun | undefined = await this.guarded(() => runtime.deliverDue(options));
    if (!result) return;
    this.report(result.results, runtime, options.policy);
    await this.settleCurrent(options.outbox, result);
    const nextDueAt = result.nextDueAt === undefined ? undefined : Math.max(result.nextDueAt, this.pausedUntil);
    this.scheduleNext(nextDueAt, options.policy);
  }

  /**
   * Tells the host and the citizen what attempts came to, and keeps the endpoint's backoff: after runs that only
   * failed, the next waits longer each time (as an entry's own schedule does), so a backlog never hammers a backend
   * that is down; one delivery ends it.
   */
  private report(results: EntryResult[], runtime: Runtime, policy: RetryPolicy): void {
    for (const result of results) {
      if (result.kind === 'delivered') this.host.dispatchEvent(new SipasDeliveredEvent({ responseId: result.responseId, status: result.status }));
      if (result.kind === 'rejected' || result.kind === 'expired') {
        const { responseId, status, message } = result.failed;
        this.host.dispatchEvent(new SipasDeliveryFailedEvent({ responseId, status, message, reason: result.kind === 'rejected' ? 'refused' : 'expired' }));
      }
      if (result.responseId === this.current) this.setStatus(result.kind === 'delivered' ? 'sent' : result.kind === 'retry' ? 'queued' : 'failed');
    }
    const retries = results.flatMap((result) => (result.kind === 'retry' ? [result.entry.nextAttemptAt] : []));
    if (results.some((result) => result.kind === 'delivered')) {
      this.failedRuns = 0;
      this.pausedUntil = 0;
    } else if (retries.length > 0) {
      this.failedRuns += 1;
      const backoff = scheduleClock.now() + runtime.retryDelay(this.failedRuns, policy, Math.random);
      // A server's Retry-After is already in its entry's time (capped by the policy).
      this.pausedUntil = Math.max(backoff, ...retries);
    }
  }

  /** The current response may have been sent by another tab meanwhile: the outbox then no longer has it. */
  private async settleCurrent(outbox: Outbox, run: DeliveryRun): Promise<void> {
    const open = this.status === 'sending' || this.status === 'queued';
    if (!this.current || !open || run.results.some((r) => r.responseId === this.current)) return;
    if (await outbox.get(this.current)) return;
    const refused = (await outbox.failed()).some((entry) => entry.responseId === this.current);
    this.setStatus(refused ? 'failed' : 'sent');
  }

  private scheduleNext(dueAt: number | undefined, policy: RetryPolicy): void {
    scheduleClock.clearTimeout(this.timer);
    this.timer = undefined;
    if (dueAt === undefined || !this.listeners || this.listeners.signal.aborted) return;
    // Never sooner than the base delay, whatever the clock says: a due entry must not make this tab spin.
    this.timer = scheduleClock.setTimeout(() => void this.flush(), Math.max(policy.baseDelayMs, dueAt - scheduleClock.now()));
  }

  private policy(settings: DeliverySettings, runtime: Runtime): RetryPolicy {
    const parsed = runtime.RetryPolicySchema.safeParse({ ...runtime.DEFAULT_RETRY_POLICY, ...settings.policy });
    if (parsed.success) return parsed.data;
    console.error('<sipas-survey>: retryPolicy is invalid; using the default policy', parsed.error.issues);
    return runtime.DEFAULT_RETRY_POLICY;
  }

  private setStatus(status: DeliveryStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
