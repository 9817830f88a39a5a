import type { UiStrings } from './strings.js';

export const en: UiStrings = {
  locale: 'en',
  requiredNote: 'Questions marked * are required.',
  requiredMark: '(required)',
  optionalMark: '(optional)',
  submit: 'Submit the survey',
  errorSummaryTitle: (count) => (count === 1 ? 'There is 1 question to answer or correct' : `There are ${count} questions to answer or correct`),
  validation: {
    required: () => 'Please answer this question.',
    'invalid-value': () => 'This answer is not valid; please choose again.',
    'too-many-choices': (limit) => `Please choose at most ${limit}.`,
    'too-long': (limit) => `Please write less: at most ${limit} characters.`,
  },
  choicesChosen: (chosen, max) => (max === undefined ? `${chosen} chosen` : `${chosen} of at most ${max} chosen`),
  charactersLeft: (left) => (left >= 0 ? `${left} characters left` : `${-left} characters too many`),
  submitted: 'Thank you for taking part in the survey.',
  submittedDetail: 'Your answers help the agency serve people better.',
  unofficialTranslation: 'This English text is an unofficial translation; the Vietnamese questionnaire is the reference.',
  wordingProvenance: (level) =>
    ({
      verified: 'The questionnaire follows the official text.',
      transcribed: 'The questionnaire is transcribed from the national form.',
      reconstructed: 'The criteria follow the official structure; their wording is reconstructed and may differ from the original form.',
      ours: 'This questionnaire was written by the agency.',
    })[level],
  loading: 'Loading the survey…',
  configurationErrorTitle: 'The survey cannot be shown',
  configurationErrorHelp: 'This page has configured the survey incorrectly. Please tell the portal’s administrator:',
};
