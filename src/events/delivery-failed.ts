export interface SipasDeliveryFailedDetail {
  responseId: string;
  /** The HTTP status of the refusal (a 4xx other than 408, 409 and 429); 0 when it expired. */
  status: number;
  /** What the server said about it, or why it was given up. */
  message: string;
  /**
   * `refused`: the backend answered a 4xx. `expired`: it could not be delivered within the retry policy's
   * `maxAgeMs` (30 days by default) and is no longer retried.
   */
  reason: 'refused' | 'expired';
}

/**
 * Fired when a response will not be delivered by itself: the backend refused it, or it expired. It is kept in the
 * failed list (for the retry policy's `failedMaxAgeMs`, or only as long as the page with `no-draft`), from which
 * `failedDeliveries()` reads it and `retryFailed()` sends it again.
 */
export class SipasDeliveryFailedEvent extends Event {
  static readonly type = 'sipas-delivery-failed';
  readonly detail: SipasDeliveryFailedDetail;

  constructor(detail: SipasDeliveryFailedDetail) {
    super(SipasDeliveryFailedEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sipas-delivery-failed': SipasDeliveryFailedEvent;
  }
}
