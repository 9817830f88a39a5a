/** Why the form was cleared: after a submit (a kiosk's next person), after inactivity, or by `reset()`. */
export type SipasResetReason = 'submitted' | 'idle' | 'api';

export interface SipasResetDetail {
  reason: SipasResetReason;
}

/** Fired whenever the form is cleared for the next person, so a host can log a kiosk's turnover. */
export class SipasResetEvent extends Event {
  static readonly type = 'sipas-reset';
  readonly detail: SipasResetDetail;

  constructor(detail: SipasResetDetail) {
    super(SipasResetEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sipas-reset': SipasResetEvent;
  }
}
