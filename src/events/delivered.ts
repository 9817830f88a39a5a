export interface SipasDeliveredDetail {
  responseId: string;
  /** The HTTP status the backend answered with (409 means it already had the response). */
  status: number;
}

/** Fired when the backend at `endpoint` accepted a response. */
export class SipasDeliveredEvent extends Event {
  static readonly type = 'sipas-delivered';
  readonly detail: SipasDeliveredDetail;

  constructor(detail: SipasDeliveredDetail) {
    super(SipasDeliveredEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sipas-delivered': SipasDeliveredEvent;
  }
}
