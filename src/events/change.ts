import type { AnswerValue } from '../schema/response.js';

export interface SipasChangeDetail {
  itemId: string;
  /** The new answer; `undefined` when the citizen cleared it. */
  value: AnswerValue | undefined;
}

/** Fired when the citizen changes an answer (never for programmatic changes). */
export class SipasChangeEvent extends Event {
  static readonly type = 'sipas-change';
  readonly detail: SipasChangeDetail;

  constructor(detail: SipasChangeDetail) {
    super(SipasChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sipas-change': SipasChangeEvent;
  }
}
