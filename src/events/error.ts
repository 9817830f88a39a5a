import type { SchemaProblem } from '../schema/format-issues.js';

export type SipasErrorCode =
  /** `questionnaire` names no built-in questionnaire. */
  | 'unknown-questionnaire'
  /** An attribute has a value outside what it accepts (e.g. `channel`). */
  | 'invalid-attribute'
  /** The questionnaire definition does not pass the schema or its cross-checks. */
  | 'invalid-definition'
  /** The response built from the answers failed its own schema: a bug, reported instead of sent. */
  | 'invalid-response'
  /** A file named by `src` or `overrides-src` could not be loaded (another origin, network, HTTP error, too large, not JSON). */
  | 'load-failed'
  /** The local wording (`overrides`) does not pass its schema or names something the questionnaire does not have. */
  | 'invalid-overrides'
  /** A saved draft could not be used (unreadable, or saved for a version with other questions) and was removed. */
  | 'draft-discarded'
  /** IndexedDB is missing or failing (a private mode, a full disk): answers are kept in memory only. */
  | 'storage-unavailable';

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
