import type { UiStrings } from './strings.js';

export const en: UiStrings = {
  locale: 'en',
  requiredNote: 'Questions marked * are required.',
  requiredMark: '(required)',
  optionalMark: '(optional)',
  submit: 'Submit the survey',
  errorSummaryTitle: (count) => (count === 1 ? 'There is 1 question to answer or correct' : `There are ${count} questions to answer or correct`),
  errorSummarySection: (missing, invalid) =>
    [
      missing > 0 && (missing === 1 ? '1 question not answered' : `${missing} questions not answered`),
      invalid > 0 && (invalid === 1 ? '1 answer to correct' : `${invalid} answers to correct`),
    ]
      .filter(Boolean)
      .join(', '),
  validation: {
    required: () => 'Please answer this question.',
    'invalid-value': () => 'This answer is not valid; please choose again.',
    'too-few-choices': (limit) => `Please choose at least ${limit}.`,
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
  provenanceSource: 'Source:',
  loading: 'Loading the survey…',
  stepProgress: (step, total) => `Part ${step} of ${total}`,
  next: 'Next',
  back: 'Back',
  configurationErrorTitle: 'The survey cannot be shown',
  configurationErrorHelp: 'Please try again later. If it still fails, please tell the agency or the portal’s administrator.',
  draftRestored: 'The answers you entered last time have been restored.',
  discardDraft: 'Discard them and start again',
  storageVolatile: 'This browser does not allow saving: if you reload the page, your answers will be lost.',
  deliverySending: 'Sending the survey…',
  deliverySent: 'The survey has been sent to the agency.',
  deliveryQueued:
    'The survey is not sent yet; it is saved on this device. It will be sent once there is a connection while this page is open, or the next time this page is opened on this device with a connection.',
  deliveryQueuedInMemory: 'The survey is not sent yet; this page will try again when there is a connection. Please keep it open until it says the survey was sent.',
  deliveryFailed: 'The agency did not accept the survey. Your answers are kept on this device; please tell the agency’s staff or the portal’s administrator so they can send it again.',
};
