export interface SipasDeliveryFailedDetail {
  responseId: string;
  /** The HTTP status of the refusal (a 4xx other than 408, 409 and 429). */
  status: number;
  /** What the server said about it. */
  message: string;
}

/**
 * Fired when the backend refused a response: it is not retried, but kept in the failed list, from which
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
