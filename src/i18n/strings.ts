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
  /** One line of the error summary: what is wrong in a section ("còn 4 câu chưa trả lời"), after its title. */
  errorSummarySection: (missing: number, invalid: number) => string;
  validation: Record<ValidationCode, (limit?: number) => string>;
  choicesChosen: (chosen: number, max: number | undefined) => string;
  charactersLeft: (left: number) => string;
  submitted: string;
  submittedDetail: string;
  unofficialTranslation: string;
  wordingProvenance: (level: 'verified' | 'transcribed' | 'reconstructed' | 'ours') => string;
  /** Before the definition's source, in the provenance note an official can turn on (`show-provenance`). */
  provenanceSource: string;
  loading: string;
  /** Paged layout: where the citizen is, e.g. "Phần 2/8". */
  stepProgress: (step: number, total: number) => string;
  next: string;
  back: string;
  /** What a citizen sees when the page configured the survey wrongly; the details go to the console and `sipas-error`. */
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
  /** Saved in the outbox: sent while this page stays open once there is a connection, else when a page with the survey opens again. */
  deliveryQueued: string;
  /** Queued, but storage is unavailable: it is sent only while the page stays open. */
  deliveryQueuedInMemory: string;
  deliveryFailed: string;
}
