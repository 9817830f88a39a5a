import type { ValidationCode } from '../model/validation.js';

/** Every text of the widget's own interface. Questionnaire text is not here: it lives in the definitions. */
export interface UiStrings {
  /** The language tag these strings are written in. */
  locale: string;
  requiredNote: string;
  requiredMark: string;
  optionalMark: string;
  submit: string;
  errorSummaryTitle: (count: number) => string;
  validation: Record<ValidationCode, (limit?: number) => string>;
  choicesChosen: (chosen: number, max: number | undefined) => string;
  charactersLeft: (left: number) => string;
  submitted: string;
  submittedDetail: string;
  unofficialTranslation: string;
  wordingProvenance: (level: 'verified' | 'transcribed' | 'reconstructed' | 'ours') => string;
  loading: string;
  /** Paged layout: where the citizen is, e.g. "Phần 2/8". */
  stepProgress: (step: number, total: number) => string;
  next: string;
  back: string;
  configurationErrorTitle: string;
  configurationErrorHelp: string;
  /** One line after answers from an earlier visit were put back, and its button. */
  draftRestored: string;
  discardDraft: string;
  /** Storage is unavailable: answers live only as long as the page. */
  storageVolatile: string;
  /** The delivery status after submitting, read out by a polite live region. */
  deliverySending: string;
  deliverySent: string;
  deliveryQueued: string;
  /** Queued, but storage is unavailable: it is sent only while the page stays open. */
  deliveryQueuedInMemory: string;
  deliveryFailed: string;
}
