export interface SipasDraftRestoredDetail {
  questionnaireId: string;
  /** The version now shown. */
  version: string;
  /** The version the draft was saved with, when it was migrated from another one. */
  migratedFrom: string | undefined;
  /** When the draft was last saved, as an ISO date. */
  savedAt: string;
  /** How many answers came back. */
  answerCount: number;
}

/** Fired after answers saved in an earlier visit were restored into the form. */
export class SipasDraftRestoredEvent extends Event {
  static readonly type = 'sipas-draft-restored';
  readonly detail: SipasDraftRestoredDetail;

  constructor(detail: SipasDraftRestoredDetail) {
    super(SipasDraftRestoredEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sipas-draft-restored': SipasDraftRestoredEvent;
  }
}
