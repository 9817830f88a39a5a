import type { SchemaProblem } from '../schema/format-issues.js';

export type SipasErrorCode =
  /** `questionnaire` names no built-in questionnaire. */
  | 'unknown-questionnaire'
  /** An attribute has a value outside what it accepts (e.g. `channel`). */
  | 'invalid-attribute'
  /** The questionnaire definition does not pass the schema or its cross-checks. */
  | 'invalid-definition'
  /** The response built from the answers failed its own schema: a bug, reported instead of sent. */
  | 'invalid-response';

export interface SipasErrorDetail {
  code: SipasErrorCode;
  /** One sentence a portal developer can act on. */
  message: string;
  /** Every problem, each with the path or attribute it concerns. */
  problems: SchemaProblem[];
}

/** Fired when the widget cannot do its job because of its configuration or data. */
export class SipasErrorEvent extends Event {
  static readonly type = 'sipas-error';
  readonly detail: SipasErrorDetail;

  constructor(detail: SipasErrorDetail) {
    super(SipasErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sipas-error': SipasErrorEvent;
  }
}
