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
  configurationErrorTitle: string;
  configurationErrorHelp: string;
}
