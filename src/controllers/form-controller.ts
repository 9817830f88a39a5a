import type { ReactiveController, ReactiveElement } from 'lit';
import type { AnswersController } from './answers-controller.js';
import { questionId } from '../components/question-view.js';
import { stringsFor } from '../i18n/index.js';
import type { ValidationCode, ValidationIssue } from '../model/validation.js';
import type { SurveyResponse } from '../schema/response.js';

/** What the form controller reads from its element. */
export interface FormSource {
  /** What value and validity depend on besides the answers, compared item by item to skip rebuilding the same value. */
  inputs(): readonly unknown[];
  /** The response to submit with the form, or undefined while no questionnaire is shown (loading, an error). */
  response(): SurveyResponse | undefined;
  /** The form refused to submit, and the questionnaire now shows every problem: go to the first one (paged layout). */
  showIssues(): void;
}

/** The constraint-validation flag of each kind of problem; the others are a custom error with the same message. */
const VALIDITY_FLAGS: Partial<Record<ValidationCode, keyof ValidityStateFlags>> = { required: 'valueMissing', 'too-long': 'tooLong' };

/**
 * Makes the element a control of the portal's own `<form>` through its ElementInternals: the response (JSON) is its
 * value under its `name`, and its validity that of the answers (a missing required answer is `valueMissing`, in the
 * response's language, pointed at the first such question). The element loads it only once it is in a form, so a
 * survey on its own carries none of these bytes.
 */
export class FormController implements ReactiveController {
  private synced: readonly unknown[] | undefined;
  private listeners: AbortController | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly internals: ElementInternals,
    private readonly answers: AnswersController,
    private readonly source: FormSource,
  ) {
    host.addController(this);
    host.requestUpdate();
  }

  hostConnected(): void {
    this.listeners = new AbortController();
    // Fired on the element when the form (or a script's checkValidity) finds the answers incomplete.
    const showIssues = () => {
      this.answers.submitAttempted = true;
      this.source.showIssues();
      this.host.requestUpdate();
    };
    this.host.addEventListener('invalid', showIssues, { signal: this.listeners.signal });
  }

  hostDisconnected(): void {
    this.listeners?.abort();
  }

  hostUpdated(): void {
    if (!this.internals.form) return;
    const inputs = [this.answers.answers, ...this.source.inputs()];
    if (this.synced && inputs.length === this.synced.length && inputs.every((input, i) => input === this.synced![i])) return;
    this.synced = inputs;
    const response = this.source.response();
    // After the survey's own submit the answers are valid (it submits nothing else) and the value is that response.
    const issue = response ? this.answers.issues[0] : undefined;
    // Incomplete answers give no value, like an empty text field: FormData then leaves the name out.
    this.internals.setFormValue(response && !issue ? JSON.stringify(response) : null);
    if (!response || !issue) return this.internals.setValidity({});
    const message = stringsFor(response.locale).validation[issue.code](issue.limit);
    this.internals.setValidity({ [VALIDITY_FLAGS[issue.code] ?? 'customError']: true }, message, this.anchor(issue));
  }

  /** The control the browser points its message at, and focuses: the issue's question, else the first on screen (paged layout). */
  private anchor(issue: ValidationIssue): HTMLElement | undefined {
    const root = this.host.renderRoot;
    return (
      root.querySelector<HTMLElement>(`#${CSS.escape(questionId(issue.itemId))} :is(input, textarea)`) ??
      root.querySelector<HTMLElement>('form :is(input, textarea, button)') ??
      undefined
    );
  }
}
