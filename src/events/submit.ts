import type { SurveyResponse } from '../schema/response.js';

/** Fired when a citizen submits a valid questionnaire; `detail` is the schema-validated response. Cancel it to deliver it yourself. */
export class SipasSubmitEvent extends Event {
  static readonly type = 'sipas-submit';
  readonly detail: SurveyResponse;

  constructor(response: SurveyResponse) {
    super(SipasSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = response;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sipas-submit': SipasSubmitEvent;
  }
}
