import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SipasDeliveredEvent } from '../events/delivered.js';
import { SipasDeliveryFailedEvent } from '../events/delivery-failed.js';
import { SipasErrorEvent } from '../events/error.js';
import type { KeyValueStore } from '../persistence/key-value-store.js';
import type { FailedDelivery, Outbox, OutboxEntry } from '../persistence/outbox.js';
import type { SurveyResponse } from '../schema/response.js';
import type { DeliveryRun } from '../transport/deliver.js';
import type { BeforeSendHook } from '../transport/http-transport.js';
import type { RetryPolicy } from '../transport/retry-schedule.js';

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
}

export interface DeliveryControllerOptions {
  store: () => KeyValueStore;
  settings: () => DeliverySettings;
}

/**
 * Delivers submitted responses through the outbox: queues each before its first attempt, then sends on submit,
 * on load, when the browser comes back online, and when the next retry is due.
 */
export class DeliveryController implements ReactiveController {
  status: DeliveryStatus = 'idle';
  private current: string | undefined;
  private running: Promise<void> | undefined;
  private rerun: { force: boolean } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
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
    window.addEventListener('online', () => void this.flush(true), { signal: this.listeners.signal });
    this.startedFor = undefined;
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostUpdated(): void {
    const endpoint = this.endpoint();
    // What earlier visits left in the outbox goes out once the questionnaire is on screen.
    if (endpoint && endpoint !== this.startedFor) {
      this.startedFor = endpoint;
      void this.host.updateComplete.then(() => this.flush(true));
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
   * Queues a submitted response and starts sending it; resolves once it is in the outbox (before any attempt).
   * A no-op without an endpoint.
   */
  async enqueue(response: SurveyResponse): Promise<void> {
    const endpoint = this.endpoint();
    if (!endpoint) return;
    this.current = response.responseId;
    this.setStatus('sending');
    await (await this.outbox()).add(response, endpoint, Date.now());
    void this.flush(false);
  }

  /** Responses for this endpoint still waiting to be delivered. */
  async pending(): Promise<OutboxEntry[]> {
    return (await this.outbox()).pending(this.endpoint());
  }

  /** Responses this endpoint refused, kept for inspection. */
  async failed(): Promise<FailedDelivery[]> {
    return (await this.outbox()).failed(this.endpoint());
  }

  private async outbox(): Promise<Outbox> {
    return new (await loadRuntime()).Outbox(this.options.store());
  }

  /** Sends refused responses again (all, or those named), e.g. after the backend was fixed. */
  async retryFailed(responseIds?: string[]): Promise<string[]> {
    const endpoint = this.endpoint();
    if (!endpoint) return [];
    const moved = await (await this.outbox()).requeueFailed(Date.now(), { endpoint, ...(responseIds ? { responseIds } : {}) });
    if (this.current && moved.includes(this.current)) this.setStatus('sending');
    await this.flush(true);
    return moved;
  }

  /** Sends what is due; a call during a run makes the run go round once more instead of racing it. */
  flush(force: boolean): Promise<void> {
    if (this.running) {
      this.rerun = { force: force || (this.rerun?.force ?? false) };
      return this.running;
    }
    this.running = this.runUntilSettled(force).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runUntilSettled(force: boolean): Promise<void> {
    let next: { force: boolean } | undefined = { force };
    while (next) {
      this.rerun = undefined;
      await this.runOnce(next.force);
      next = this.rerun;
    }
  }

  private async runOnce(force: boolean): Promise<void> {
    const endpoint = this.endpoint();
    if (!endpoint) return;
    const settings = this.options.settings();
    const runtime = await loadRuntime();
    const policy = this.policy(settings, runtime);
    const transport = new runtime.HttpTransport({
      endpoint,
      credentials: this.credentials(),
      headers: () => settings.headers,
      beforeSend: settings.beforeSend,
      timeoutMs: policy.timeoutMs,
      now: Date.now,
    });
    const outbox = new runtime.Outbox(this.options.store());
    let run: DeliveryRun;
    try {
      run = await runtime.deliverDue({ outbox, transport, endpoint, policy, now: Date.now, random: Math.random, force, locks: navigator.locks });
    } catch (error) {
      // The store wrapper already falls back to memory; anything else is a bug, which must not reach the host page.
      console.error('<sipas-survey>: delivering the outbox failed', error);
      return;
    }
    for (const result of run.results) {
      if (result.kind === 'delivered') this.host.dispatchEvent(new SipasDeliveredEvent({ responseId: result.responseId, status: result.status }));
      if (result.kind === 'rejected') {
        const { responseId, status, message } = result.failed;
        this.host.dispatchEvent(new SipasDeliveryFailedEvent({ responseId, status, message }));
      }
      if (result.responseId === this.current) this.setStatus(result.kind === 'delivered' ? 'sent' : result.kind === 'rejected' ? 'failed' : 'queued');
    }
    await this.settleCurrent(outbox, run);
    this.scheduleNext(run.nextDueAt, policy);
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
    clearTimeout(this.timer);
    this.timer = undefined;
    if (dueAt === undefined || !this.listeners || this.listeners.signal.aborted) return;
    // Never sooner than the base delay, whatever the clock says: a due entry must not make this tab spin.
    this.timer = setTimeout(() => void this.flush(false), Math.max(policy.baseDelayMs, dueAt - Date.now()));
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
