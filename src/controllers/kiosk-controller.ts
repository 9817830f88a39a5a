import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { kioskStyles } from '../components/kiosk.styles.js';
import { SipasErrorEvent } from '../events/error.js';
import { SipasResetEvent, type SipasResetReason } from '../events/reset.js';
import { kioskStringsFor } from '../i18n/kiosk.js';
import { scheduleClock } from './timeout.js';

/** The kiosk's timings, in seconds, and what inactivity does to the answers given. */
export interface KioskSettings {
  /** How long the thank-you note stays before the next person's empty form. */
  resetAfter: number;
  /** Seconds without input before the "do you need more time?" dialog; 0 never asks. */
  idleTimeout: number;
  /** How long the dialog waits for an answer. */
  idleCountdown: number;
  /** `discard` clears the answers; `submit` sends those given as a partial response (when a criterion was answered). */
  idleAction: string;
}

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = { resetAfter: 15, idleTimeout: 60, idleCountdown: 20, idleAction: 'discard' };

const IDLE_ACTIONS = ['discard', 'submit'];

/** The dialog's live region speaks at these seconds left only: a countdown read out every second drowns the page. */
const SPOKEN_SECONDS = [10, 5];

/** The first control of the form, where focus goes for the next person. */
const FIRST_CONTROL = 'form :is(input, textarea, select, button)';

/** What a person does that shows someone is at the kiosk. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'click', 'input', 'wheel', 'touchstart'] as const;

/**
 * The element as kiosk mode sees it: whether kiosk mode is on and its timings as set (checked here; a bad one is
 * reported and replaced by its default), and its shadow root.
 */
export type KioskHost = ReactiveControllerHost &
  HTMLElement & { kiosk: boolean; renderRoot: HTMLElement | DocumentFragment } & Record<keyof KioskSettings, unknown>;

export interface KioskControllerOptions {
  /** `form` while a person answers, `thanks` after a submit, `none` while loading or in error. */
  phase: () => 'form' | 'thanks' | 'none';
  /** Clears every trace of the person and shows the first step again. */
  clear: (reason: SipasResetReason) => void;
  /** Submits the answers given so far as a partial response, when a criterion was answered. */
  submitPartial: () => Promise<void>;
}

/** The wake lock API where the browser has it; absent in older browsers and some WebViews. */
type WakeLockNavigator = Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } };

/**
 * Kiosk mode: one tablet at a counter, one person after another. Counts down the thank-you note to the next
 * person's empty form, asks after inactivity whether more time is needed (and clears, or submits what was given,
 * when no one answers), and keeps the screen awake while the page is visible. One 1 s ticker drives every
 * countdown, so each shows whole seconds and a test can drive them with a fake clock.
 */
export class KioskController implements ReactiveController {
  /** Seconds left before the thank-you note gives way to an empty form; undefined outside the note. */
  resetRemaining: number | undefined;
  /** Seconds left in the idle dialog; undefined while it is closed. */
  idleRemaining: number | undefined;
  /** Seconds since the last sign of a person, counted only once someone has started. */
  private idleSeconds = 0;
  private engaged = false;
  private ticker: number | undefined;
  private listeners: AbortController | undefined;
  private wakeLock: { release(): Promise<void> } | undefined;
  private expiring = false;
  /** Set by a reset: after the next render, scroll to the top and focus the first control. */
  private startAfresh = false;
  /** The unusable value last reported for each setting, so each is reported once. */
  private readonly reported = new Map<string, unknown>();

  constructor(
    private readonly host: KioskHost,
    private readonly options: KioskControllerOptions,
  ) {
    host.addController(this);
  }

  private get enabled(): boolean {
    return this.host.kiosk;
  }

  /** The idle dialog in the host's shadow root, once rendered. */
  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.idle-dialog');
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    const sheet = kioskStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, this.handleActivity, { capture: true, passive: true, signal });
    document.addEventListener('visibilitychange', () => void this.holdWakeLock(), { signal });
    // However the form was cleared (the countdown, the dialog, reset(), the host's form reset), it is for a new person.
    this.host.addEventListener(
      SipasResetEvent.type,
      () => {
        if (!this.enabled) return;
        this.startAfresh = true;
        this.host.requestUpdate();
      },
      { signal },
    );
    this.ticker = scheduleClock.setInterval(this.tick, 1000);
    void this.holdWakeLock();
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    scheduleClock.clearInterval(this.ticker);
    this.ticker = undefined;
    void this.wakeLock?.release().catch(() => undefined);
    this.wakeLock = undefined;
  }

  /** Before each render: the thank-you note's countdown starts when the note comes, and ends when it goes. */
  hostUpdate(): void {
    const phase = this.enabled ? this.options.phase() : 'none';
    if (phase === 'thanks' && this.resetRemaining === undefined) {
      this.resetRemaining = this.settings().resetAfter;
      this.idleRemaining = undefined;
    } else if (phase !== 'thanks') this.resetRemaining = undefined;
  }

  hostUpdated(): void {
    if (this.startAfresh && this.options.phase() === 'form') {
      this.startAfresh = false;
      // The next person starts at the top, wherever the last one left the page, on the form's first control.
      this.host.scrollIntoView({ block: 'start' });
      this.host.renderRoot.querySelector<HTMLElement>(FIRST_CONTROL)?.focus({ preventScroll: true });
    }
    // The dialog is modal only through showModal(): the rest of the page goes inert and focus moves into it.
    const dialog = this.dialog;
    if (dialog && this.idleRemaining !== undefined && !dialog.open) dialog.showModal();
    if (dialog?.open && this.idleRemaining === undefined) dialog.close();
  }

  /** The kiosk's timings, each checked: a value that is not a whole number in range is reported once and replaced. */
  settings(): KioskSettings {
    const raw = this.host;
    const seconds = (key: 'resetAfter' | 'idleTimeout' | 'idleCountdown', attribute: string, min: number): number => {
      const value = raw[key];
      if (value === null || value === undefined) return DEFAULT_KIOSK_SETTINGS[key];
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 3600) return value;
      this.report(attribute, value, `a whole number of seconds from ${min} to 3600`);
      return DEFAULT_KIOSK_SETTINGS[key];
    };
    const action = raw.idleAction ?? DEFAULT_KIOSK_SETTINGS.idleAction;
    if (!IDLE_ACTIONS.includes(String(action))) this.report('idle-action', action, `allowed values are ${IDLE_ACTIONS.map((a) => `"${a}"`).join(', ')}`);
    return {
      resetAfter: seconds('resetAfter', 'reset-after', 1),
      idleTimeout: seconds('idleTimeout', 'idle-timeout', 0),
      idleCountdown: seconds('idleCountdown', 'idle-countdown', 1),
      idleAction: IDLE_ACTIONS.includes(String(action)) ? String(action) : DEFAULT_KIOSK_SETTINGS.idleAction,
    };
  }

  private report(attribute: string, value: unknown, expected: string): void {
    if (this.reported.get(attribute) === value) return;
    this.reported.set(attribute, value);
    const message = `The ${attribute} attribute has a value kiosk mode cannot use; its default is used instead.`;
    console.error(`<sipas-survey>: ${message}`);
    this.host.dispatchEvent(new SipasErrorEvent({ code: 'invalid-attribute', message, problems: [{ path: attribute, message: `is "${String(value)}"; ${expected}` }] }));
  }

  /** Someone is at the kiosk: inactivity counts again from zero. The open dialog waits for its own button. */
  private handleActivity = (): void => {
    if (!this.enabled || this.idleRemaining !== undefined || this.options.phase() !== 'form') return;
    this.engaged = true;
    this.idleSeconds = 0;
  };

  private tick = (): void => {
    if (!this.enabled) return;
    const phase = this.options.phase();
    if (phase === 'thanks' && this.resetRemaining !== undefined) {
      this.resetRemaining -= 1;
      if (this.resetRemaining <= 0) this.clear('submitted');
      else this.host.requestUpdate();
    } else if (phase === 'form' && this.idleRemaining !== undefined) {
      this.idleRemaining -= 1;
      if (this.idleRemaining <= 0) void this.expire();
      else this.host.requestUpdate();
    } else if (phase === 'form' && this.engaged) {
      const { idleTimeout, idleCountdown } = this.settings();
      if (idleTimeout > 0 && ++this.idleSeconds >= idleTimeout) {
        this.idleRemaining = idleCountdown;
        this.host.requestUpdate();
      }
    }
  };

  /** No one answered the dialog: the answers go (or, with idle-action="submit", are sent as partial) and the form clears. */
  private async expire(): Promise<void> {
    if (this.expiring) return;
    this.expiring = true;
    try {
      if (this.settings().idleAction === 'submit') await this.options.submitPartial();
    } finally {
      this.expiring = false;
    }
    this.clear('idle');
  }

  private clear(reason: SipasResetReason): void {
    this.closeIdleDialog();
    this.resetRemaining = undefined;
    this.engaged = false;
    this.idleSeconds = 0;
    this.options.clear(reason);
  }

  /** The person is still there: the dialog closes and inactivity counts from zero. */
  private handleContinue = (): void => {
    this.closeIdleDialog();
    this.idleSeconds = 0;
    this.host.requestUpdate();
  };

  /** Escape closes a modal dialog: for this one it means "I am still here". */
  private handleCancel = (event: Event): void => {
    event.preventDefault();
    this.handleContinue();
  };

  private closeIdleDialog(): void {
    this.idleRemaining = undefined;
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
  }

  private handleNewForm = (): void => this.clear('submitted');

  /** Keeps the screen on while the page is visible (the browser drops the lock when it is hidden); never an error where unsupported. */
  private async holdWakeLock(): Promise<void> {
    const wakeLock = (navigator as WakeLockNavigator).wakeLock;
    if (!wakeLock || !this.enabled || document.visibilityState !== 'visible') return;
    try {
      this.wakeLock = await wakeLock.request('screen');
    } catch {
      // Refused (no user activation yet, a battery saver, a permissions policy): the kiosk works, the screen may dim.
      this.wakeLock = undefined;
    }
  }

  /** Under the thank-you note: when the next form comes, and a button to bring it now. */
  renderThanks(locale: string): TemplateResult | typeof nothing {
    if (!this.enabled || this.resetRemaining === undefined) return nothing;
    const strings = kioskStringsFor(locale);
    return html`<div class="kiosk-next" part="kiosk-next">
      <p class="kiosk-countdown">${strings.resetIn(this.resetRemaining)}</p>
      <button type="button" part="new-form" @click=${this.handleNewForm}>${strings.newForm}</button>
    </div>`;
  }

  /** The "do you need more time?" dialog, opened modally after inactivity. */
  renderIdleDialog(locale: string): TemplateResult | typeof nothing {
    if (!this.enabled) return nothing;
    const strings = kioskStringsFor(locale);
    const remaining = this.idleRemaining;
    const countdown = this.settings().idleAction === 'submit' ? strings.idleSubmitIn : strings.idleDiscardIn;
    const spoken = remaining === undefined ? undefined : SPOKEN_SECONDS.find((at) => remaining <= at && remaining > at - 5);
    return html`<dialog class="idle-dialog" part="idle-dialog" aria-labelledby="idle-title" aria-describedby="idle-text" @cancel=${this.handleCancel}>
      <p class="heading" id="idle-title">${strings.idleTitle}</p>
      <p id="idle-text">${remaining === undefined ? '' : countdown(remaining)}</p>
      <p class="visually-hidden" aria-live="polite">${spoken === undefined ? '' : countdown(spoken)}</p>
      <button type="button" class="continue" part="idle-continue" autofocus @click=${this.handleContinue}>${strings.idleContinue}</button>
    </dialog>`;
  }
}
